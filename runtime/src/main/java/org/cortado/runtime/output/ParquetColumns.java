package org.cortado.runtime.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes exported columns as one Parquet row per event. A {@code <Coll>_N} column becomes an
 * {@code int32} size and every other {@code <Coll>_<field>} a repeated {@code double} (a list,
 * as pyarrow and awkward read it) holding that event's objects; columns of collections without
 * a size column are one {@code double} per event.
 */
final class ParquetColumns {
  private ParquetColumns() {}

  /** A named column as the kernel exported it: all values of all rows, back to back. */
  record Column(String name, double[] values) {}

  /** Writes {@code rows} rows of {@code columns} to {@code file} (which must not exist). */
  static void write(Path file, List<Column> columns, int rows) throws IOException {
    Map<String, double[]> sizes = new HashMap<>();
    for (Column c : columns) {
      if (c.name().endsWith("_N")) {
        sizes.put(c.name().substring(0, c.name().length() - 2), c.values());
      }
    }
    List<Field> fields = new ArrayList<>();
    for (Column c : columns) {
      double[] counts = c.name().endsWith("_N") ? null : sizes.get(collection(c.name(), sizes));
      fields.add(new Field(c, counts, c.name().endsWith("_N")));
    }
    for (Field f : fields) {
      long expected = f.counts() == null ? rows : total(f.counts());
      if (f.counts() != null && f.counts().length != rows || f.column().values().length != expected) {
        throw new IllegalStateException("column '" + f.column().name() + "' has "
            + f.column().values().length + " values, expected " + expected + " for " + rows + " events");
      }
    }
    RowWriteSupport support = new RowWriteSupport(fields);
    try (ParquetWriter<Integer> writer = new Builder(file, support)
        .withConf(new PlainParquetConfiguration())
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .build()) {
      for (int r = 0; r < rows; r++) {
        writer.write(r);
      }
    }
  }

  /** The longest collection with a size column that prefixes {@code column}, or null. */
  private static String collection(String column, Map<String, double[]> sizes) {
    String best = null;
    for (String c : sizes.keySet()) {
      if (column.startsWith(c + "_") && (best == null || c.length() > best.length())) {
        best = c;
      }
    }
    return best;
  }

  private static long total(double[] counts) {
    long t = 0;
    for (double c : counts) {
      t += (long) c;
    }
    return t;
  }

  /** A column in the file: a per-event value, a size, or a list counted by {@code counts}. */
  private record Field(Column column, double[] counts, boolean size) {
    Type type() {
      if (size) {
        return Types.required(PrimitiveTypeName.INT32).named(column.name());
      }
      return counts == null ? Types.required(PrimitiveTypeName.DOUBLE).named(column.name())
          : Types.repeated(PrimitiveTypeName.DOUBLE).named(column.name());
    }
  }

  /** Emits row {@code r} of every field; rows must come in order, as list cursors only advance. */
  private static final class RowWriteSupport extends WriteSupport<Integer> {
    private final List<Field> fields;
    private final MessageType schema;
    private final int[] cursors;
    private RecordConsumer out;

    RowWriteSupport(List<Field> fields) {
      this.fields = fields;
      List<Type> types = new ArrayList<>();
      fields.forEach(f -> types.add(f.type()));
      this.schema = new MessageType("columns", types);
      this.cursors = new int[fields.size()];
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in parquet 1.18; PlainParquetConfiguration calls the other
    public WriteContext init(Configuration configuration) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(Integer row) {
      out.startMessage();
      for (int i = 0; i < fields.size(); i++) {
        Field f = fields.get(i);
        String name = f.column().name();
        if (f.counts() == null) {
          out.startField(name, i);
          double v = f.column().values()[row];
          if (f.size()) {
            out.addInteger((int) v);
          } else {
            out.addDouble(v);
          }
          out.endField(name, i);
        } else {
          int n = (int) f.counts()[row];
          if (n > 0) {
            out.startField(name, i);
            for (int k = 0; k < n; k++) {
              out.addDouble(f.column().values()[cursors[i]++]);
            }
            out.endField(name, i);
          }
        }
      }
      out.endMessage();
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Integer, Builder> {
    private final RowWriteSupport support;

    Builder(Path file, RowWriteSupport support) {
      super(new LocalOutputFile(file));
      this.support = support;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in parquet 1.18; PlainParquetConfiguration calls the other
    protected WriteSupport<Integer> getWriteSupport(Configuration conf) {
      return support;
    }

    @Override
    protected WriteSupport<Integer> getWriteSupport(ParquetConfiguration conf) {
      return support;
    }
  }
}
