package org.cortado.rootio;

import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every column of the coffea NanoAOD fixtures equals its Parquet twin, written by an independent tool
 * (Arrow) from the same events and read here with Apache Parquet: the strongest ground truth we have
 * for the reader, covering every NanoAOD leaf type, flat and jagged.
 */
class ParquetTwinTest {

  @ParameterizedTest
  @ValueSource(strings = {"nano_dy", "nano_dimuon"})
  void everyColumnEqualsTheParquetTwin(String sample) throws IOException {
    Path root = SharedData.root(sample + ".root");
    Path parquet = SharedData.parquet(sample + ".parquet");
    Map<String, List<List<Long>>> expected = readParquet(parquet);
    try (RootFile file = RootFile.open(root)) {
      TTree events = file.tree("Events");
      assertEquals(expected.size(), events.branches().size(), "column count");
      int jagged = 0;
      for (Branch b : events.branches()) {
        List<List<Long>> want = expected.get(b.name());
        assertTrue(want != null, "Parquet twin has no column " + b.name());
        assertEquals(want, BranchEntries.read(b), b.name());
        if (b.isJagged()) {
          jagged++;
        }
      }
      assertTrue(jagged > 300, "expected hundreds of jagged branches, found " + jagged);
    }
  }

  private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {
    GroupReaderBuilder(Path path) {
      super(new LocalInputFile(path), new PlainParquetConfiguration());
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }

  static Map<String, List<List<Long>>> readParquet(Path path) throws IOException {
    Map<String, List<List<Long>>> columns = new LinkedHashMap<>();
    try (ParquetReader<Group> reader = new GroupReaderBuilder(path).build()) {
      for (Group row = reader.read(); row != null; row = reader.read()) {
        GroupType schema = row.getType();
        for (int f = 0; f < schema.getFieldCount(); f++) {
          Type field = schema.getType(f);
          List<Long> values = new ArrayList<>();
          if (field.isPrimitive()) {
            values.add(canonical(row, f, field.asPrimitiveType()));
          } else {
            Group list = row.getGroup(f, 0);
            for (int k = 0; k < list.getFieldRepetitionCount(0); k++) {
              Group element = list.getGroup(0, k);
              values.add(canonical(element, 0, element.getType().getType(0).asPrimitiveType()));
            }
          }
          columns.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(values);
        }
      }
    }
    return columns;
  }

  private static long canonical(Group g, int field, PrimitiveType type) {
    return switch (type.getPrimitiveTypeName()) {
      case BOOLEAN -> g.getBoolean(field, 0) ? 1 : 0;
      case INT32 -> {
        int v = g.getInteger(field, 0);
        boolean unsigned = type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i
            && !i.isSigned();
        yield unsigned ? v & 0xFFFFFFFFL : v;
      }
      case INT64 -> g.getLong(field, 0);
      case FLOAT -> Float.floatToRawIntBits(g.getFloat(field, 0));
      case DOUBLE -> Double.doubleToRawLongBits(g.getDouble(field, 0));
      default -> throw new AssertionError("unexpected Parquet type " + type);
    };
  }
}
