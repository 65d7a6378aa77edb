package org.cortado.rootio;

import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The values uproot's own test suite asserts for the scikit-hep-testdata files. */
class UprootTruthTest {

  /** uproot tests/test_0023_ttree_versions.py: one tree written by ROOT 5.23 to 6.20. */
  @ParameterizedTest
  @ValueSource(strings = {"5.23.02-zlib", "5.30.00-zlib", "6.10.05-lz4", "6.20.04-lz4", "6.20.04-lzma", "6.20.04-zlib"})
  void sampleTreeOfEveryRootVersion(String variant) throws IOException {
    JsonNode truth;
    try (InputStream in = getClass().getResourceAsStream("uproot-sample-truth.json")) {
      truth = new ObjectMapper().readTree(in);
    }
    try (RootFile file = RootFile.open(SharedData.root("uproot-sample-" + variant + ".root"))) {
      TTree sample = file.tree("sample");
      assertEquals(30, sample.entries());
      int checked = 0;
      for (Branch b : sample.branches()) {
        JsonNode expected = truth.get(b.name());
        assertTrue(expected != null, "no truth for " + b.name());
        if (b.type() == LeafType.STRING) {
          assertThrows(RootFormatException.class, () -> b.readBytes(0, 30, new byte[1000]));
          Strings strings = b.readStrings(0, 30);
          for (int e = 0; e < 30; e++) {
            assertEquals(expected.get(e).asText(), strings.get(e), variant + " " + b.name() + "[" + e + "]");
          }
          continue;
        }
        assertEquals(rows(expected, b.type()), BranchEntries.read(b), variant + " " + b.name());
        checked++;
      }
      assertEquals(34, checked, "numeric branches checked");
    }
  }

  /** Truth rows as canonical longs, the encoding {@link Columns} uses. */
  private static List<List<Long>> rows(JsonNode column, LeafType type) {
    List<List<Long>> rows = new ArrayList<>();
    for (JsonNode entry : column) {
      List<Long> row = new ArrayList<>();
      if (entry.isArray()) {
        entry.forEach(v -> row.add(canonical(v, type)));
      } else {
        row.add(canonical(entry, type));
      }
      rows.add(row);
    }
    return rows;
  }

  private static long canonical(JsonNode v, LeafType type) {
    return switch (type) {
      case BOOL -> v.asBoolean() ? 1 : 0;
      case FLOAT32 -> Float.floatToRawIntBits((float) v.asDouble());
      case FLOAT64 -> Double.doubleToRawLongBits(v.asDouble());
      default -> v.asLong();
    };
  }

  /** uproot test_0008 / ROOT-FORMAT.md: the Zmumu tree, identical under every compression. */
  @Test
  void zmumuUnderEveryCompressionReadsIdentically() throws IOException {
    List<List<List<Long>>> reference = null;
    for (String c : new String[] {"uncompressed", "zlib", "lz4", "lzma", "zstd"}) {
      try (RootFile file = RootFile.open(SharedData.root("uproot-Zmumu-" + c + ".root"))) {
        TTree events = file.tree("events");
        assertEquals(2304, events.entries());
        double[] px1 = new double[5];
        events.branch("px1").readDoubles(0, 5, px1);
        assertArrayClose(new double[] {-41.1952876442, 35.1180497674, 35.1180497674, 34.1444372454, 22.7835819537}, px1);
        double[] mass = new double[5];
        events.branch("M").readDoubles(0, 5, mass);
        assertArrayClose(new double[] {82.4626915551, 83.6262040052, 83.3084646667, 82.1493728809, 90.4691230355}, mass);
        List<List<List<Long>>> all = readAllNumeric(events);
        if (reference == null) {
          reference = all;
        } else {
          assertEquals(reference, all, c);
        }
      }
    }
  }

  /** The HZZ tree (jagged muon, electron and jet collections) under every compression. */
  @Test
  void hzzUnderEveryCompressionReadsIdentically() throws IOException {
    List<List<List<Long>>> reference = null;
    for (String c : new String[] {"zlib", "lz4", "lzma", "zstd"}) {
      try (RootFile file = RootFile.open(SharedData.root("uproot-HZZ-" + c + ".root"))) {
        TTree events = file.tree("events");
        assertEquals(2421, events.entries());
        assertTrue(events.branch("Muon_Px").isJagged());
        assertEquals("NMuon", events.branch("Muon_Px").counter().name());
        List<List<List<Long>>> all = readAllNumeric(events);
        if (reference == null) {
          reference = all;
        } else {
          assertEquals(reference, all, c);
        }
      }
    }
  }

  /** uproot test_0035: kGenerateOffsetMap baskets carry no offsets; both files read the same. */
  @ParameterizedTest
  @ValueSource(strings = {"withoffsets", "nooffsets"})
  void offsetsFromTheCounterWhenBasketsHaveNone(String variant) throws IOException {
    try (RootFile file = RootFile.open(SharedData.root("uproot-small-dy-" + variant + ".root"))) {
      Branch pt = file.tree("tree").branch("Muon_pt");
      List<List<Long>> rows = BranchEntries.read(pt, 10, 20);
      double[][] expected = {
        {20.60145378112793},
        {50.36957550048828, 41.21387481689453, 3.1869382858276367},
        {51.685970306396484, 35.227813720703125},
        {}, {}, {}, {},
        {23.073759078979492},
        {32.921417236328125, 8.922308921813965, 4.368383407592773},
        {51.9132194519043, 31.930095672607422},
      };
      for (int e = 0; e < expected.length; e++) {
        List<Long> want = new ArrayList<>();
        for (double v : expected[e]) {
          want.add((long) Float.floatToRawIntBits((float) v));
        }
        assertEquals(want, rows.get(e), "entry " + (10 + e));
      }
      if (variant.equals("nooffsets")) {
        // uproot test_0067: counter and data baskets split at different entries.
        assertEquals(List.of(0L, 200L, 397L, 400L, 501L), boundaries(file.tree("tree").branch("Jet_pt")));
        assertEquals(List.of(0L, 200L, 400L, 501L), boundaries(file.tree("tree").branch("nJet")));
      }
      assertEquals(BranchEntries.read(file.tree("tree").branch("Jet_pt")).size(), 501);
    }
  }

  /** uproot test_0016 test_recovery: baskets recovered into the TTree metadata. */
  @Test
  void embeddedBasketsOfARecoveredTree() throws IOException {
    try (RootFile file = RootFile.open(SharedData.root("uproot-issue21.root"))) {
      Branch mh = file.tree("nllscan").branch("mH");
      assertEquals(mh.basketCount(), mh.embeddedBasketCount());
      double[] values = new double[(int) mh.entries()];
      mh.readDoubles(0, mh.entries(), values);
      double[] expected = {124.0, 124.09089660644531, 124.18180084228516, 124.27269744873047, 124.36360168457031,
          124.45449829101562, 124.54550170898438, 124.63639831542969, 124.72730255126953, 124.81819915771484};
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], values[i], 0.0, "mH[" + i + "]");
      }
    }
  }

  private static List<Long> boundaries(Branch b) {
    List<Long> out = new ArrayList<>();
    for (long v : b.basketBoundaries()) {
      out.add(v);
    }
    return out;
  }

  static List<List<List<Long>>> readAllNumeric(TTree tree) throws IOException {
    List<List<List<Long>>> all = new ArrayList<>();
    for (Branch b : tree.branches()) {
      if (b.type() != null && b.type() != LeafType.STRING) {
        all.add(BranchEntries.read(b));
      }
    }
    return all;
  }

  private static void assertArrayClose(double[] expected, double[] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-9, "element " + i);
    }
  }
}
