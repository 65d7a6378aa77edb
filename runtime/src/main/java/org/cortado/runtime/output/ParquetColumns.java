package org.cortado.runtime.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
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
 *
 * <p>The values go a block of rows one column at a time to {@link PlainPages} for floating-point
 * columns and to parquet-mr's column writers for the others, with the repetition and definition
 * levels its record layer would give them: that layer (a {@code WriteSupport} fed row by row) cost
 * twice the encoding itself and was a third of a cold run's compiling.
 */
final class ParquetColumns {
  /** Row groups end near this size, parquet-mr's default. */
  private static final long ROW_GROUP_BYTES = 128L * 1024 * 1024;
  /** parquet-mr's default padding to align row groups. */
  private static final int MAX_PADDING_BYTES = 8 * 1024 * 1024;
  /** Rows written per column before the next column; bounds how far pages overshoot their size. */
  private static final int BLOCK_ROWS = 1024;
  /**
   * Whether this Parquet sets codecs per column (1.18+). Spark 4.2 brings 1.17, where the call
   * does not exist: there floating-point columns are compressed like the others, and the parts
   * hold the same values in other bytes.
   */
  private static final boolean CODEC_PER_COLUMN = hasCodecPerColumn();

  private ParquetColumns() {}

  private static boolean hasCodecPerColumn() {
    try {
      ColumnChunkPageWriteStore.class.getMethod("builder");
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

    /**
     * Measured values rarely repeat and their low bits are noise: a dictionary only costs time
     * (hashing every value) before the writer falls back to plain encoding, and Snappy saves 3 %
     * of their size for 3 % of a run's time.
     */
    boolean floating() {
      KernelLayout.ColumnType t = spec.type();
      return t == KernelLayout.ColumnType.FLOAT || t == KernelLayout.ColumnType.DOUBLE;
    }
  }

  /** Writes {@code rows} rows of {@code columns} to {@code file} (which must not exist). */
  static void write(Path file, List<Column> columns, int rows) throws IOException {
    write(file, columns, rows, ROW_GROUP_BYTES);
  }

  /** The same, with row groups near {@code rowGroupBytes}: tests make several from little data. */
  static void write(Path file, List<Column> columns, int rows, long rowGroupBytes)
      throws IOException {
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
    List<Type> types = new ArrayList<>();
    // Size statistics (per-page histograms of the list levels) serve query planners, not analysts,
    // and cost a tenth of the export.
    ParquetProperties.Builder settings =
        ParquetProperties.builder().withSizeStatisticsEnabled(false);
    for (Column c : columns) {
      types.add(type(c));
      if (c.floating()) {
        settings.withDictionaryEncoding(c.name(), false);
      }
    }
    MessageType schema = new MessageType("columns", types);
    ParquetProperties props = settings.build();
    // A Hadoop configuration without its default resources: with them, the first codec a run
    // uses parses Hadoop's XML files, 75 ms of a worker's time in a cold run, for settings
    // whose defaults the codecs carry in code anyway.
    CodecFactory codecs = new CodecFactory(new Configuration(false), props.getPageSizeThreshold());
    ParquetFileWriter out = new ParquetFileWriter(new LocalOutputFile(file), schema,
        ParquetFileWriter.Mode.CREATE, rowGroupBytes, MAX_PADDING_BYTES, null, props);
    try {
      out.start();
      long[] cursors = new long[columns.size()];
      for (int done = 0; done < rows; ) {
        done = writeRowGroup(out, schema, props, codecs, columns, cursors, done, rows,
            rowGroupBytes);
      }
      out.end(Map.of());
    } catch (IOException | RuntimeException e) {
      out.abort();
      throw e;
    } finally {
      codecs.release();
    }
  }

  /**
   * Writes rows from {@code from} as one row group, until {@code rows} or about
   * {@code rowGroupBytes}; {@code cursors} hold each list column's next value. Floating-point
   * columns are encoded by {@link PlainPages}, the others by parquet-mr's column writers. Returns
   * the first row not written.
   */
  private static int writeRowGroup(ParquetFileWriter out, MessageType schema,
      ParquetProperties props, CodecFactory codecs, List<Column> columns, long[] cursors,
      int from, int rows, long rowGroupBytes) throws IOException {
    ColumnChunkPageWriteStore pages = pageStore(schema, props, codecs, columns);
    List<ColumnDescriptor> descriptors = schema.getColumns();
    List<Type> others = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      if (!columns.get(k).floating()) {
        others.add(schema.getType(k));
      }
    }
    ColumnWriteStore store = others.isEmpty() ? null
        : props.newColumnWriteStore(new MessageType(schema.getName(), others), pages, pages);
    ColumnWriter[] writers = new ColumnWriter[columns.size()];
    PlainPages[] plain = new PlainPages[columns.size()];
    for (int k = 0; k < columns.size(); k++) {
      ColumnDescriptor d = descriptors.get(k);
      if (columns.get(k).floating()) {
        plain[k] = new PlainPages(columns.get(k), d.getPrimitiveType(), pages.getPageWriter(d), props,
            cursors[k]);
      } else {
        writers[k] = store.getColumnWriter(d);
      }
    }
    int row = from;
    while (row < rows && (row == from || buffered(store, plain) < rowGroupBytes)) {
      int end = Math.min(rows, row + BLOCK_ROWS);
      for (int k = 0; k < columns.size(); k++) {
        if (plain[k] != null) {
          plain[k].add(row, end);
        } else {
          cursors[k] = writeBlock(writers[k], columns.get(k), row, end, cursors[k]);
        }
      }
      if (store != null) {
        for (int r = row; r < end; r++) {
          store.endRecord();
        }
      }
      row = end;
    }
    for (int k = 0; k < columns.size(); k++) {
      if (plain[k] != null) {
        plain[k].finish();
        cursors[k] = plain[k].cursor();
      }
    }
    // The order parquet-mr's own record writer keeps when it ends a row group.
    out.startBlock(row - from);
    if (store != null) {
      store.flush();
    }
    pages.flushToFileWriter(out);
    out.endBlock();
    if (store != null) {
      store.close();
    }
    pages.close();
    return row;
  }

  private static long buffered(ColumnWriteStore store, PlainPages[] plain) {
    long bytes = store == null ? 0 : store.getBufferedSize();
    for (PlainPages p : plain) {
      if (p != null) {
        bytes += p.bufferedBytes();
      }
    }
    return bytes;
  }

  private static ColumnChunkPageWriteStore pageStore(MessageType schema, ParquetProperties props,
      CodecFactory codecs, List<Column> columns) {
    if (!CODEC_PER_COLUMN) {
      return new ColumnChunkPageWriteStore(codecs.getCompressor(CompressionCodecName.SNAPPY),
          schema, props.getAllocator(), props.getColumnIndexTruncateLength(),
          props.getPageWriteChecksumEnabled());
    }
    Set<String> uncompressed = new HashSet<>();
    for (Column c : columns) {
      if (c.floating()) {
        uncompressed.add(c.name());
      }
    }
    return ColumnChunkPageWriteStore.builder()
        .withCompressorProvider(d -> codecs.getCompressor(uncompressed.contains(d.getPath()[0])
            ? CompressionCodecName.UNCOMPRESSED : CompressionCodecName.SNAPPY))
        .withSchema(schema)
        .withAllocator(props.getAllocator())
        .withColumnIndexTruncateLength(props.getColumnIndexTruncateLength())
        .withPageWriteChecksumEnabled(props.getPageWriteChecksumEnabled())
        .build();
  }

  /**
   * Writes rows {@code [from, to)} of {@code c}, a list column's from its value {@code cursor} on,
   * with the levels of a required field (0, 0) or of a repeated one: an empty list is a null at
   * (0, 0), a list's first value (0, 1) and the others (1, 1). Returns the next cursor.
   */
  private static long writeBlock(ColumnWriter w, Column c, int from, int to, long cursor) {
    KernelLayout.ColumnType type = c.spec().type();
    ColumnBuffer values = c.values();
    if (!c.list()) {
      for (int r = from; r < to; r++) {
        put(w, type, values.get(r), 0, 0);
      }
      return cursor;
    }
    ColumnBuffer counts = c.counts();
    int next = (int) cursor;
    for (int r = from; r < to; r++) {
      int n = (int) counts.get(r);
      if (n == 0) {
        w.writeNull(0, 0);
      }
      for (int k = 0; k < n; k++) {
        put(w, type, values.get(next++), k == 0 ? 0 : 1, 1);
      }
    }
    return next;
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

  /** Writes {@code v} (exact for every type the kernel buffers) as {@code type}. */
  private static void put(ColumnWriter w, KernelLayout.ColumnType type, double v, int repetition,
      int definition) {
    switch (type) {
      case FLOAT -> w.write((float) v, repetition, definition);
      case DOUBLE -> w.write(v, repetition, definition);
      case INT -> w.write((int) v, repetition, definition);
      case LONG -> w.write((long) v, repetition, definition);
      case BOOLEAN -> w.write(v != 0, repetition, definition);
    }
  }
}
