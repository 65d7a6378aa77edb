package org.cortado.runtime.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.cortado.runtime.kernel.ColumnBuffer;
import org.cortado.runtime.kernel.KernelLayout;

/**
 * Writes exported columns to Parquet with their branch types ({@code FLOAT}, {@code DOUBLE},
 * {@code INT32}, {@code INT64}, {@code BOOLEAN}). A file holds either one row per event, where
 * {@link KernelLayout.Shape#EVENT} columns are one value and {@link KernelLayout.Shape#LIST}
 * columns a repeated field (a list, as pyarrow and awkward read it) with that event's objects, or
 * one row per object, where every column is {@link KernelLayout.Shape#OBJECT}.
 */
final class ParquetColumns {
  /**
   * Whether this Parquet sets codecs per column (1.18+). Spark 4.2 brings 1.17, where the call
   * does not exist: there floating-point columns are compressed like the others, and the parts
   * hold the same values in other bytes.
   */
  private static final boolean CODEC_PER_COLUMN = hasCodecPerColumn();

  private ParquetColumns() {}

  private static boolean hasCodecPerColumn() {
    try {
      ParquetWriter.Builder.class.getMethod("withCompressionCodec", String.class,
          CompressionCodecName.class);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * A column as the kernel exported it: all values of all rows, back to back, and for a
   * {@link KernelLayout.Shape#LIST} column the number of values of each row. The buffers are read
   * in place, not copied.
   */
  record Column(KernelLayout.ColumnSpec spec, ColumnBuffer values, ColumnBuffer counts) {
    String name() {
      return spec.name();
    }

    boolean list() {
      return spec.shape() == KernelLayout.Shape.LIST;
    }
  }

  /** Writes {@code rows} rows of {@code columns} to {@code file} (which must not exist). */
  static void write(Path file, List<Column> columns, int rows) throws IOException {
    Set<String> names = new HashSet<>();
    for (Column c : columns) {
      if (!names.add(c.name())) {
        throw new IllegalStateException("column '" + c.name() + "' is exported twice to " + file);
      }
      if (c.list() && c.counts() == null) {
        throw new IllegalStateException("list column '" + c.name() + "' has no object counts");
      }
      long expected = c.list() ? total(c.counts()) : rows;
      if (c.list() && c.counts().size() != rows || c.values().size() != expected) {
        throw new IllegalStateException("column '" + c.name() + "' has " + c.values().size()
            + " values, expected " + expected + " for " + rows + " rows");
      }
    }
    RowWriteSupport support = new RowWriteSupport(columns);
    // Size statistics (per-page histograms of the list levels) serve query planners, not analysts,
    // and cost a tenth of the export.
    Builder builder = new Builder(file, support).withConf(new PlainParquetConfiguration())
        .withCompressionCodec(CompressionCodecName.SNAPPY).withSizeStatisticsEnabled(false);
    for (Column c : columns) {
      KernelLayout.ColumnType t = c.spec().type();
      if (t == KernelLayout.ColumnType.FLOAT || t == KernelLayout.ColumnType.DOUBLE) {
        // Measured values rarely repeat and their low bits are noise: a dictionary only costs time
        // (hashing every value) before the writer falls back to plain encoding, and Snappy saves
        // 3 % of their size for 3 % of a run's time.
        builder.withDictionaryEncoding(c.name(), false);
        if (CODEC_PER_COLUMN) {
          builder.withCompressionCodec(c.name(), CompressionCodecName.UNCOMPRESSED);
        }
      }
    }
    try (ParquetWriter<Integer> writer = builder.build()) {
      for (int r = 0; r < rows; r++) {
        writer.write(r);
      }
    }
  }

  private static long total(ColumnBuffer counts) {
    long t = 0;
    for (int i = 0; i < counts.size(); i++) {
      t += (long) counts.get(i);
    }
    return t;
  }

  private static PrimitiveTypeName primitive(KernelLayout.ColumnType type) {
    return switch (type) {
      case FLOAT -> PrimitiveTypeName.FLOAT;
      case DOUBLE -> PrimitiveTypeName.DOUBLE;
      case INT -> PrimitiveTypeName.INT32;
      case LONG -> PrimitiveTypeName.INT64;
      case BOOLEAN -> PrimitiveTypeName.BOOLEAN;
    };
  }

  private static Type type(Column c) {
    PrimitiveTypeName p = primitive(c.spec().type());
    return c.list() ? Types.repeated(p).named(c.name()) : Types.required(p).named(c.name());
  }

  /** Adds {@code v} (exact for every type the kernel buffers) as {@code type}. */
  private static void add(RecordConsumer out, KernelLayout.ColumnType type, double v) {
    switch (type) {
      case FLOAT -> out.addFloat((float) v);
      case DOUBLE -> out.addDouble(v);
      case INT -> out.addInteger((int) v);
      case LONG -> out.addLong((long) v);
      case BOOLEAN -> out.addBoolean(v != 0);
    }
  }

  /** Emits row {@code r} of every field; rows must come in order, as list cursors only advance. */
  private static final class RowWriteSupport extends WriteSupport<Integer> {
    private final List<Column> fields;
    private final MessageType schema;
    private final int[] cursors;
    private RecordConsumer out;

    RowWriteSupport(List<Column> fields) {
      this.fields = fields;
      List<Type> types = new ArrayList<>();
      fields.forEach(f -> types.add(type(f)));
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
        Column f = fields.get(i);
        String name = f.name();
        KernelLayout.ColumnType type = f.spec().type();
        if (!f.list()) {
          out.startField(name, i);
          add(out, type, f.values().get(row));
          out.endField(name, i);
        } else {
          int n = (int) f.counts().get(row);
          if (n > 0) {
            out.startField(name, i);
            for (int k = 0; k < n; k++) {
              add(out, type, f.values().get(cursors[i]++));
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
