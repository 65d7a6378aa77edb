package org.cortado.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.internal.column.columnindex.ColumnIndex;
import org.apache.parquet.internal.column.columnindex.OffsetIndex;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.cortado.annotations.EventKind;
import org.cortado.runtime.kernel.ColumnBuffer;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelLayout.ColumnType;
import org.cortado.runtime.kernel.KernelLayout.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The column writers get every value with its levels: each type as one value per row and as lists
 * (empty ones included), across row groups, as parquet-mr's own reader gives them back.
 */
class ParquetColumnsTest {
  @TempDir Path tmp;

  @Test
  void everyTypeAsValuesAndListsAcrossRowGroups() throws Exception {
    int rows = 30_000;
    Random random = new Random(5);
    ColumnBuffer counts = new ColumnBuffer();
    List<ParquetColumns.Column> columns = new ArrayList<>();
    List<ColumnBuffer> values = new ArrayList<>();
    for (ColumnType type : ColumnType.values()) {
      values.add(new ColumnBuffer());
      values.add(new ColumnBuffer());
    }
    for (int r = 0; r < rows; r++) {
      int n = random.nextInt(4); // a quarter of the lists are empty
      counts.add(n);
      for (int t = 0; t < ColumnType.values().length; t++) {
        values.get(2 * t).add(value(ColumnType.values()[t], random));
        for (int k = 0; k < n; k++) {
          values.get(2 * t + 1).add(value(ColumnType.values()[t], random));
        }
      }
    }
    for (int t = 0; t < ColumnType.values().length; t++) {
      ColumnType type = ColumnType.values()[t];
      columns.add(new ParquetColumns.Column(spec("one_" + type, type, Shape.EVENT), values.get(2 * t), null));
      columns.add(new ParquetColumns.Column(spec("list_" + type, type, Shape.LIST), values.get(2 * t + 1), counts));
    }
    Path file = tmp.resolve("part.parquet");
    ParquetColumns.write(file, columns, rows, 64 * 1024);

    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      assertTrue(reader.getRowGroups().size() >= 3, reader.getRowGroups().size() + " row groups");
    }
    List<Group> read = OutputWriterTest.readParquet(file);
    assertEquals(rows, read.size());
    int[] cursor = new int[columns.size()];
    for (int r = 0; r < rows; r++) {
      Group g = read.get(r);
      for (int c = 0; c < columns.size(); c++) {
        ParquetColumns.Column column = columns.get(c);
        int n = column.list() ? (int) counts.get(r) : 1;
        assertEquals(n, g.getFieldRepetitionCount(column.name()), column.name() + " row " + r);
        for (int k = 0; k < n; k++) {
          double expected = column.values().get(cursor[c]++);
          assertEquals(expected, read(g, column, k), column.name() + " row " + r + " value " + k);
        }
      }
    }
  }

  /**
   * Floating-point columns, which {@link PlainPages} encodes, carry the statistics parquet-mr
   * computes value by value, per row group and per page (the column index), zeros of both signs,
   * infinities and NaN included.
   */
  @Test
  void floatingPointStatisticsAreParquetMrs() throws Exception {
    int rows = 50_000;
    Random random = new Random(7);
    double[] special = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    ColumnBuffer counts = new ColumnBuffer();
    List<ParquetColumns.Column> columns = new ArrayList<>();
    for (ColumnType type : List.of(ColumnType.FLOAT, ColumnType.DOUBLE)) {
      for (Shape shape : List.of(Shape.EVENT, Shape.LIST)) {
        columns.add(new ParquetColumns.Column(spec(shape + "_" + type, type, shape), new ColumnBuffer(),
            shape == Shape.LIST ? counts : null));
      }
    }
    for (int r = 0; r < rows; r++) {
      int n = random.nextInt(3);
      counts.add(n);
      for (ParquetColumns.Column c : columns) {
        for (int k = 0; k < (c.list() ? n : 1); k++) {
          // Rare specials; NaN only in the first 30,000 rows, so later pages have none.
          double v = random.nextInt(500) == 0 ? special[random.nextInt(r < 30_000 ? 5 : 4)]
              : random.nextGaussian() * 50;
          c.values().add(c.spec().type() == ColumnType.FLOAT ? (float) v : v);
        }
      }
    }
    for (long groupBytes : new long[] {64 * 1024, 128L << 20}) {
      Path file = tmp.resolve("stats-" + groupBytes + ".parquet");
      ParquetColumns.write(file, columns, rows, groupBytes);
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
        long firstRow = 0;
        long[] cursors = new long[columns.size()];
        int pages = 0;
        for (BlockMetaData group : reader.getFooter().getBlocks()) {
          for (int k = 0; k < columns.size(); k++) {
            ParquetColumns.Column c = columns.get(k);
            ColumnChunkMetaData chunk = group.getColumns().get(k);
            long start = cursors[k];
            cursors[k] = expect(c, firstRow, firstRow + group.getRowCount(), start, chunk.getStatistics(),
                c.name() + " rows from " + firstRow);
            OffsetIndex offsets = reader.readOffsetIndex(chunk);
            ColumnIndex index = reader.readColumnIndex(chunk);
            for (int p = 0; p < offsets.getPageCount(); p++) {
              long pageStart = firstRow + offsets.getFirstRowIndex(p);
              long pageEnd = firstRow + offsets.getLastRowIndex(p, group.getRowCount()) + 1;
              Statistics<?> want = Statistics.createStats(chunk.getPrimitiveType());
              start = fill(c, pageStart, pageEnd, start, want);
              String where = c.name() + " page of rows " + pageStart + "-" + pageEnd;
              if (index == null) {
                assertTrue(want.hasNonNullValue() && Double.isNaN(nanProbe(c, pageStart, pageEnd)),
                    where + ": no column index, though no page holds NaN");
                continue;
              }
              assertEquals(want.getNumNulls(), (long) index.getNullCounts().get(p), where);
              assertEquals(!want.hasNonNullValue(), index.getNullPages().get(p), where);
              if (want.hasNonNullValue()) {
                assertEquals(java.nio.ByteBuffer.wrap(want.getMinBytes()), index.getMinValues().get(p), where);
                assertEquals(java.nio.ByteBuffer.wrap(want.getMaxBytes()), index.getMaxValues().get(p), where);
              }
              pages++;
            }
          }
          firstRow += group.getRowCount();
        }
        assertEquals(rows, firstRow);
        assertTrue(pages > columns.size(), pages + " pages checked");
      }
      List<Group> read = OutputWriterTest.readParquet(file);
      int[] cursor = new int[columns.size()];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns.size(); c++) {
          ParquetColumns.Column column = columns.get(c);
          int n = column.list() ? (int) counts.get(r) : 1;
          for (int k = 0; k < n; k++) {
            assertEquals(column.values().get(cursor[c]++), read(read.get(r), column, k), column.name() + " " + r);
          }
        }
      }
    }
  }

  /** Checks a row group's statistics against parquet-mr's own, fed value by value; returns the next value. */
  private static long expect(ParquetColumns.Column c, long from, long to, long cursor, Statistics<?> got,
      String where) {
    Statistics<?> want = Statistics.createStats(got.type());
    long next = fill(c, from, to, cursor, want);
    assertEquals(want, got, where);
    return next;
  }

  /** Feeds rows {@code [from, to)} of {@code c} to {@code stats}, as parquet-mr's column writer does. */
  private static long fill(ParquetColumns.Column c, long from, long to, long cursor, Statistics<?> stats) {
    long v = cursor;
    for (long r = from; r < to; r++) {
      int n = c.list() ? (int) c.counts().get((int) r) : 1;
      if (n == 0) {
        stats.incrementNumNulls();
      }
      for (int k = 0; k < n; k++) {
        double x = c.values().get((int) v++);
        if (c.spec().type() == ColumnType.FLOAT) {
          stats.updateStats((float) x);
        } else {
          stats.updateStats(x);
        }
      }
    }
    return v;
  }

  /** NaN if rows {@code [from, to)} of {@code c} hold one, else 0. */
  private static double nanProbe(ParquetColumns.Column c, long from, long to) {
    long v = 0;
    for (long r = 0; r < from; r++) {
      v += c.list() ? (long) c.counts().get((int) r) : 1;
    }
    for (long r = from; r < to; r++) {
      for (int k = 0; k < (c.list() ? (int) c.counts().get((int) r) : 1); k++) {
        if (Double.isNaN(c.values().get((int) v++))) {
          return Double.NaN;
        }
      }
    }
    return 0;
  }

  private static double value(ColumnType type, Random random) {
    return switch (type) {
      case FLOAT -> (float) random.nextGaussian();
      case DOUBLE -> random.nextGaussian();
      case INT -> random.nextInt(1000) - 500;
      case LONG -> random.nextLong() >> 12; // exact as a double
      case BOOLEAN -> random.nextBoolean() ? 1 : 0;
    };
  }

  private static double read(Group g, ParquetColumns.Column c, int k) {
    return switch (c.spec().type()) {
      case FLOAT -> g.getFloat(c.name(), k);
      case DOUBLE -> g.getDouble(c.name(), k);
      case INT -> g.getInteger(c.name(), k);
      case LONG -> g.getLong(c.name(), k);
      case BOOLEAN -> g.getBoolean(c.name(), k) ? 1 : 0;
    };
  }

  private static KernelLayout.ColumnSpec spec(String name, ColumnType type, Shape shape) {
    return new KernelLayout.ColumnSpec(name, "", type, shape, 0, List.of("all"), EventKind.ALL);
  }
}
