package org.cortado.runtime.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.histograms.Hist2D;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.runtime.kernel.fixture.ColumnsAndHist2D_Kernel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the kernel of the fixture {@code ColumnsAndHist2D} (fixed-position, flattened and
 * size-less {@code @ColOut}s, 2D histograms from methods) on a hand-built chunk, compares every
 * exported value and 2D bin with a reference loop written by hand, then reads the Parquet files
 * back and checks their types and contents.
 */
class OutputColumnsTest {
  private static final int N = 700;
  private static final float FILL = -1;
  private static final int[] nMuon = new int[N];
  private static final int[] npv = new int[N];
  private static float[] pt;
  private static float[] eta;
  private static int[] charge;
  private static boolean[] tight;
  private static KernelOutputs out;

  @TempDir
  Path tmp;

  @BeforeAll
  static void run() {
    Random r = new Random(11);
    int total = 0;
    for (int e = 0; e < N; e++) {
      nMuon[e] = r.nextInt(4);
      npv[e] = r.nextInt(5);
      total += nMuon[e];
    }
    pt = new float[total];
    eta = new float[total];
    charge = new int[total];
    tight = new boolean[total];
    for (int i = 0; i < total; i++) {
      pt[i] = 5 + 110 * r.nextFloat();
      eta[i] = -2.4f + 4.8f * r.nextFloat();
      charge[i] = r.nextBoolean() ? 1 : -1;
      tight[i] = r.nextInt(10) < 8;
    }
    ColumnChunk chunk = ColumnChunk.builder(N).mc(false).sample("DATA")
        .counts("nMuon", nMuon).ints("PV_npvsGood", npv).floats("Muon_pt", pt)
        .floats("Muon_eta", eta).ints("Muon_charge", charge).booleans("Muon_tightId", tight)
        .build();
    ColumnsAndHist2D_Kernel kernel = new ColumnsAndHist2D_Kernel();
    out = KernelOutputs.create(kernel.layout(), false);
    kernel.process(chunk, out);
  }

  /** What the reference loop exports for one category. */
  private static final class Expected {
    final List<Double> pt0 = new ArrayList<>();
    final List<Double> pt1 = new ArrayList<>();
    final List<Double> q0 = new ArrayList<>();
    final List<Double> q1 = new ArrayList<>();
    final List<Double> tight0 = new ArrayList<>();
    final List<Double> tight1 = new ArrayList<>();
    final List<Double> nGood = new ArrayList<>();
    final List<Double> flatPt = new ArrayList<>();
    final List<Double> flatTight = new ArrayList<>();
    final List<Double> nAll = new ArrayList<>();
    final List<Double> goodEta = new ArrayList<>();
    final Hist2D npvPt1;
    final Hist2D pt1pt2;

    Expected(boolean twoGoodOnly) {
      KernelLayout layout = out.layout();
      npvPt1 = new Hist2D("r", layout.histograms().get(0).axes().get(0),
          layout.histograms().get(0).axes().get(1));
      pt1pt2 = new Hist2D("r", layout.histograms().get(1).axes().get(0),
          layout.histograms().get(1).axes().get(1));
      int first = 0;
      for (int e = 0; e < N; e++) {
        List<Integer> good = new ArrayList<>();
        for (int i = first; i < first + nMuon[e]; i++) {
          if (pt[i] > 20 && tight[i]) {
            good.add(i);
          }
        }
        if (!twoGoodOnly || good.size() >= 2) {
          pt0.add(good.size() > 0 ? (double) pt[good.get(0)] : FILL);
          pt1.add(good.size() > 1 ? (double) pt[good.get(1)] : FILL);
          q0.add(good.size() > 0 ? (double) charge[good.get(0)] : FILL);
          q1.add(good.size() > 1 ? (double) charge[good.get(1)] : FILL);
          tight0.add(good.size() > 0 ? (tight[good.get(0)] ? 1.0 : 0.0) : 1.0);
          tight1.add(good.size() > 1 ? (tight[good.get(1)] ? 1.0 : 0.0) : 1.0);
          nGood.add((double) good.size());
          for (int i = first; i < first + nMuon[e]; i++) {
            flatPt.add((double) pt[i]);
            flatTight.add(tight[i] ? 1.0 : 0.0);
          }
          nAll.add((double) nMuon[e]);
          if (twoGoodOnly) {
            for (int i : good) {
              goodEta.add((double) eta[i]);
            }
          }
          if (!good.isEmpty()) {
            npvPt1.fill(npv[e], pt[good.get(0)], 1.0);
          }
          if (twoGoodOnly) {
            pt1pt2.fill(pt[good.get(0)], pt[good.get(1)], 1.0);
          }
        }
        first += nMuon[e];
      }
    }
  }

  private static double[] array(List<Double> l) {
    return l.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void assertColumn(List<Double> expected, String name, String category) {
    assertArrayEquals(array(expected), out.column(name, category).toArray(), name + " in " + category);
  }

  private static void assertSameBins(Hist2D expected, Hist2D actual) {
    for (int ix = 0; ix < expected.xAxis().extent(); ix++) {
      for (int iy = 0; iy < expected.yAxis().extent(); iy++) {
        assertEquals(expected.sumw(ix, iy), actual.sumw(ix, iy), "bin " + ix + "," + iy);
        assertEquals(expected.sumw2(ix, iy), actual.sumw2(ix, iy), "bin " + ix + "," + iy);
      }
    }
  }

  @Test
  void columnsMatchTheReferenceLoop() {
    for (String category : List.of("baseline", "twoGood")) {
      Expected x = new Expected(category.equals("twoGood"));
      assertColumn(x.pt0, "MuonGood_pt_0", category);
      assertColumn(x.pt1, "MuonGood_pt_1", category);
      assertColumn(x.q0, "MuonGood_charge_0", category);
      assertColumn(x.q1, "MuonGood_charge_1", category);
      assertColumn(x.tight0, "MuonGood_tightId_0", category);
      assertColumn(x.tight1, "MuonGood_tightId_1", category);
      assertColumn(x.nGood, "MuonGood_N", category);
      assertColumn(x.flatPt, "Muon_pt", category);
      assertColumn(x.flatTight, "Muon_tightId", category);
      assertColumn(x.nAll, "Muon_N", category);
      assertEquals(x.nGood.size(), out.categoryCounts()[category.equals("twoGood") ? 1 : 0]);
    }
    assertColumn(new Expected(true).goodEta, "MuonGood_eta", "twoGood");
    assertTrue(x().pt1.contains((double) FILL), "some events have fewer than two good muons");
  }

  private static Expected x() {
    return new Expected(false);
  }

  @Test
  void twoDimensionalMethodHistogramsMatchTheReferenceLoop() {
    for (String category : List.of("baseline", "twoGood")) {
      Expected x = new Expected(category.equals("twoGood"));
      assertSameBins(x.npvPt1, out.hist2d("npv_pt1", category, "nominal"));
    }
    assertSameBins(new Expected(true).pt1pt2, out.hist2d("pt1_pt2", "twoGood", "nominal"));
    assertEquals(null, out.hist2d("pt1_pt2", "baseline", "nominal"));
  }

  @Test
  void parquetHasBranchTypesPositionsListsAndFlattenedObjects() throws IOException {
    OutputWriter.writeColumnParts(tmp.resolve("out"),
        new Dataset("d", DatasetMetadata.data("d", "2018", "A"), List.of()), 0, out);
    Expected x = new Expected(true);
    List<Group> rows = OutputWriterTest.readParquet(tmp.resolve("out/columns/d/twoGood/part-00000.parquet"));
    assertEquals(x.nGood.size(), rows.size());
    GroupType schema = rows.get(0).getType();
    assertEquals(List.of("MuonGood_pt_0", "MuonGood_pt_1", "MuonGood_charge_0",
        "MuonGood_charge_1", "MuonGood_tightId_0", "MuonGood_tightId_1", "MuonGood_N", "Muon_N",
        "MuonGood_eta", "weight"), schema.getFields().stream().map(Type::getName).toList());
    // The analysis has no weights: every event weighs 1, in a double column as PocketCoffea's.
    assertPrimitive(schema, "weight", PrimitiveTypeName.DOUBLE, Type.Repetition.REQUIRED);
    assertPrimitive(schema, "MuonGood_pt_0", PrimitiveTypeName.FLOAT, Type.Repetition.REQUIRED);
    assertPrimitive(schema, "MuonGood_charge_1", PrimitiveTypeName.INT32, Type.Repetition.REQUIRED);
    assertPrimitive(schema, "MuonGood_tightId_0", PrimitiveTypeName.BOOLEAN,
        Type.Repetition.REQUIRED);
    assertPrimitive(schema, "MuonGood_N", PrimitiveTypeName.INT32, Type.Repetition.REQUIRED);
    assertPrimitive(schema, "MuonGood_eta", PrimitiveTypeName.FLOAT, Type.Repetition.REPEATED);
    int cursor = 0;
    for (int r = 0; r < rows.size(); r++) {
      Group g = rows.get(r);
      assertEquals(x.pt1.get(r), g.getFloat("MuonGood_pt_1", 0));
      assertEquals(x.q0.get(r).intValue(), g.getInteger("MuonGood_charge_0", 0));
      assertEquals(x.tight1.get(r) != 0, g.getBoolean("MuonGood_tightId_1", 0));
      assertEquals(x.nAll.get(r).intValue(), g.getInteger("Muon_N", 0));
      assertEquals(1.0, g.getDouble("weight", 0));
      int n = g.getFieldRepetitionCount("MuonGood_eta");
      assertEquals(x.nGood.get(r).intValue(), n);
      for (int k = 0; k < n; k++) {
        assertEquals(x.goodEta.get(cursor++), g.getFloat("MuonGood_eta", k));
      }
    }
    List<Group> objects = OutputWriterTest.readParquet(tmp.resolve("out/columns/d/twoGood.Muon/part-00000.parquet"));
    assertEquals(x.flatPt.size(), objects.size());
    GroupType objectSchema = objects.get(0).getType();
    assertEquals(List.of("Muon_pt", "Muon_tightId"),
        objectSchema.getFields().stream().map(Type::getName).toList());
    assertPrimitive(objectSchema, "Muon_tightId", PrimitiveTypeName.BOOLEAN,
        Type.Repetition.REQUIRED);
    for (int i = 0; i < objects.size(); i++) {
      assertEquals(x.flatPt.get(i), objects.get(i).getFloat("Muon_pt", 0));
      assertEquals(x.flatTight.get(i) != 0, objects.get(i).getBoolean("Muon_tightId", 0));
    }
    List<Group> baseline = OutputWriterTest.readParquet(tmp.resolve("out/columns/d/baseline/part-00000.parquet"));
    assertEquals(N, baseline.size());
    assertFalse(baseline.get(0).getType().containsField("MuonGood_eta"));
    assertTrue(Files.exists(tmp.resolve("out/columns/d/baseline.Muon/part-00000.parquet")));
  }

  private static void assertPrimitive(GroupType schema, String field, PrimitiveTypeName type,
      Type.Repetition repetition) {
    assertEquals(type, schema.getType(field).asPrimitiveType().getPrimitiveTypeName(), field);
    assertEquals(repetition, schema.getType(field).getRepetition(), field);
  }
}
