package org.cortado.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.example.data.Group;
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
