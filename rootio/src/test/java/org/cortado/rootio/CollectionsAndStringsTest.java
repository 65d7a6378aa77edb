package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The branch kinds beyond NanoAOD's through the public API: std::vector and RVec collections read
 * in arbitrary entry ranges, strings, leaf-list columns, TNtuple, and the errors of what stays
 * unsupported. Their values as a whole are compared with uproot by {@link SkhepTruthTest}.
 */
class CollectionsAndStringsTest {

  /**
   * Reading in small chunks, across basket boundaries, gives the same entries as one whole read, and
   * so does reading values and sizes in one pass.
   */
  @ParameterizedTest
  @CsvSource({
      "uproot-HZZ-objects.root, events, jetbtag",
      "uproot-HZZ-objects.root, events, muonq",
      "uproot-HZZ-objects.root, events, jetid",
      "uproot-issue-589.root, events, MC_px",
      "uproot-issue-123b.root, MetaData, m_runNumbers",
  })
  void collectionsReadInChunksAsAWhole(String file, String tree, String branch) throws IOException {
    try (RootFile f = RootFile.open(SharedData.data("skhep/" + file))) {
      Branch b = f.tree(tree).findBranch(branch).orElseGet(() -> anyNamed(f, tree, branch));
      assertTrue(b.isJagged(), b + " is a collection");
      assertNull(b.counter(), "its sizes come from the vectors, not a counter branch");
      List<List<Long>> whole = BranchEntries.read(b);
      List<List<Long>> chunked = new ArrayList<>();
      for (long e = 0; e < b.entries(); e += 7) {
        chunked.addAll(BranchEntries.read(b, e, Math.min(b.entries(), e + 7)));
      }
      assertEquals(whole, chunked);
      assertEquals(b.entries(), whole.size());
      valuesWithOffsetsInOnePass(b);
    }
  }

  /** One pass for values and sizes reads what readOffsets and readDoubles read in two, in any range. */
  private static void valuesWithOffsetsInOnePass(Branch b) throws IOException {
    for (long e = 0; e < b.entries(); e += 7) {
      long stop = Math.min(b.entries(), e + 7);
      int n = (int) (stop - e);
      int count = Math.toIntExact(b.countElements(e, stop));
      long bound = b.elementBound(e, stop);
      assertTrue(bound >= count, b + ": bound " + bound + " below the " + count + " elements of [" + e + ", " + stop + ")");
      int[] expectedOffsets = new int[n + 1];
      b.readOffsets(e, stop, expectedOffsets);
      double[] expected = new double[count];
      b.readDoubles(e, stop, expected);
      int[] offsets = new int[n + 1];
      double[] values = new double[(int) bound];
      assertEquals(count, b.readWithOffsets(e, stop, values, offsets));
      assertArrayEquals(expectedOffsets, offsets, b + " offsets of [" + e + ", " + stop + ")");
      assertArrayEquals(expected, Arrays.copyOf(values, count), b + " values of [" + e + ", " + stop + ")");
    }
  }

  private static Branch anyNamed(RootFile f, String tree, String name) {
    try {
      return f.tree(tree).branches().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void stringsOfSplitObjectsAndLeafLists() throws IOException {
    try (RootFile f = RootFile.open(SharedData.data("skhep/uproot-leaflist.root"))) {
      TTree t = f.tree("tree");
      Branch parent = t.branch("leaflist");
      assertEquals(List.of("leaflist.x", "leaflist.y", "leaflist.z"),
          parent.leafColumns().stream().map(Branch::name).toList());
      assertTrue(t.findBranch("leaflist.y").isPresent(), "columns are branches of the tree");
      RootFormatException e = assertThrows(RootFormatException.class, () -> parent.readDoubles(0, 1, new double[3]));
      assertTrue(e.getMessage().contains("leaflist.x"), e.getMessage());
      double[] x = new double[3];
      t.branch("leaflist.x").readDoubles(0, 3, x);
      // uproot: tree["leaflist"].array()["x"][:3]
      assertArrayEquals(new double[] {1.1, 2.2, 3.3}, x);
    }
  }

  @Test
  void ntupleIsATree() throws IOException {
    try (RootFile f = RootFile.open(SharedData.data("skhep/uproot-hepdata-example.root"))) {
      assertTrue(f.treeNames().contains("ntuple"), f.treeNames().toString());
      TTree t = f.tree("ntuple");
      assertEquals(75_000, t.entries());
      assertEquals(List.of("px", "py", "pz", "random", "i"), t.branches().stream().map(Branch::name).toList());
    }
  }

  /** uproot-issue-400.root: a leaf list of mixed jaggedness, which uproot cannot read either. */
  @Test
  void unsupportedBranchesSayWhatTheyHold() throws IOException {
    try (RootFile f = RootFile.open(SharedData.data("skhep/uproot-issue-400.root"))) {
      Branch orange = f.tree("orange").branch("orange");
      RootFormatException e = assertThrows(RootFormatException.class, () -> orange.readLongs(0, 1, new long[100]));
      assertMessage(e, "uproot-issue-400.root", "'orange'", "Trk_px[Trk_ntracks]");
      assertTrue(orange.unsupportedReason().contains("leaf list"), orange.unsupportedReason());
    }
    try (RootFile f = RootFile.open(SharedData.data("skhep/uproot-HZZ-objects.root"))) {
      Branch jets = f.tree("events").branch("jetp4");
      RootFormatException e = assertThrows(RootFormatException.class, () -> jets.countElements(0, 1));
      assertMessage(e, "uproot-HZZ-objects.root", "'jetp4'", "vector<TLorentzVector>");
      Branch btag = f.tree("events").branch("jetbtag");
      assertEquals("vector<float>", btag.typeName());
      assertMessage(assertThrows(RootFormatException.class, () -> btag.readStrings(0, 1)), "'jetbtag'", "not strings");
    }
  }

  @Test
  void double32RangesAndTruncatedFloats() {
    assertArrayEquals(new double[] {-Math.PI, Math.PI}, RangeExpression.bracket("[-pi,pi]    saved as 32 bits"));
    assertArrayEquals(new double[] {0, 2 * Math.PI, 12}, RangeExpression.bracket("[0, 2*pi, 12]"));
    assertArrayEquals(new double[] {0.9, 1.0, 16}, RangeExpression.bracket("[0.9,1.0,16] V0 cosine"));
    assertArrayEquals(new double[] {-1e3, 1e3}, RangeExpression.bracket("[-1e3, (500+500)]"));
    assertNull(RangeExpression.bracket("no range"));
    assertNull(RangeExpression.bracket("x[3]"));
    assertNull(RangeExpression.bracket("[0,1,2.5]"));
    assertNull(RangeExpression.bracket("[a,b]"));

    double[] out = new double[1];
    // 2^31 of 2^32 steps over [0, 4] is 2.
    new TruncatedReal(0, 4, 32, false).decode(new byte[] {(byte) 0x80, 0, 0, 0}, 0, 1, out, 0);
    assertEquals(2.0, out[0]);
    // 1.5f is exponent 0x7f and mantissa 0x400000; its 12 leading mantissa bits are 0x800, and
    // bit 13 of the stored mantissa is the sign.
    float[] f = new float[2];
    TruncatedReal float16 = TruncatedReal.of("", true);
    assertEquals(3, float16.size());
    float16.decode(new byte[] {0x7f, 0x08, 0x00, 0x7f, 0x28, 0x00}, 0, 2, f, 0);
    assertArrayEquals(new float[] {1.5f, -1.5f}, f);
    assertNull(TruncatedReal.of("no brackets", false), "a Double32 without a range is a plain float");
  }

  private static void assertMessage(Exception e, String... parts) {
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), "'" + p + "' not in: " + e.getMessage());
    }
  }
}
