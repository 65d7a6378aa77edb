package org.cortado.runtime.lumi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Golden JSON masks. The per-file expectations are the hand-checked boundaries of CORRECTIONS.md
 * section 5; the sweep compares against {@code corrections/lumimask_expected.tsv}, written by
 * {@code corrections/reference/make_lumimask.py}, an independent NumPy implementation of coffea's
 * searchsorted algorithm.
 */
class LumiMaskTest {
  private static final String Y2018 = "Cert_314472-325175_13TeV_Legacy2018_Collisions18_JSON.txt";
  private static final String Y2022 = "Cert_Collisions2022_355100_362760_Golden.json";

  private static LumiMask shared(String name) throws IOException {
    return LumiMask.load(SharedData.data("lumimasks/" + name));
  }

  @Test
  void legacy2018BoundariesAndCounts() throws IOException {
    LumiMask mask = shared(Y2018);
    assertEquals(478, mask.runCount());
    assertEquals(762, mask.rangeCount());
    assertEquals(234529, mask.lumiSectionCount());
    assertFalse(mask.accepts(315257, 0));
    assertTrue(mask.accepts(315257, 1));
    assertTrue(mask.accepts(315257, 88));
    assertFalse(mask.accepts(315257, 89));
    assertFalse(mask.accepts(315257, 90));
    assertTrue(mask.accepts(315257, 91));
    assertTrue(mask.accepts(325172, 485));
    assertFalse(mask.accepts(325172, 486));
    assertFalse(mask.accepts(315258, 10));
  }

  @Test
  void collisions2022BoundariesAndCounts() throws IOException {
    LumiMask mask = shared(Y2022);
    assertEquals(362, mask.runCount());
    assertEquals(462, mask.rangeCount());
    assertEquals(123182, mask.lumiSectionCount());
    int[][] accepted = {{355374, 59}, {355374, 84}, {355872, 738}, {355872, 758}, {362760, 728}};
    int[][] rejected = {{355374, 58}, {355374, 85}, {355872, 739}, {355872, 757}, {362760, 729},
        {355375, 10}};
    for (int[] p : accepted) {
      assertTrue(mask.accepts(p[0], p[1]), p[0] + ":" + p[1]);
    }
    for (int[] p : rejected) {
      assertFalse(mask.accepts(p[0], p[1]), p[0] + ":" + p[1]);
    }
  }

  @Test
  void sweepMatchesCoffeaAlgorithmOnePointAndInBulk() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        LumiMaskTest.class.getResourceAsStream("/corrections/lumimask_expected.tsv"),
        StandardCharsets.UTF_8))) {
      r.lines().forEach(l -> rows.add(l.split("\t")));
    }
    for (String file : new String[] {Y2018, Y2022}) {
      LumiMask mask = shared(file);
      List<String[]> mine = rows.stream().filter(f -> f[0].equals(file)).toList();
      assertTrue(mine.size() > 500);
      int n = mine.size();
      int[] run = new int[n + 3];
      int[] lumi = new int[n + 3];
      boolean[] expected = new boolean[n];
      for (int i = 0; i < n; i++) {
        run[i] = Integer.parseInt(mine.get(i)[1]);
        lumi[i] = Integer.parseInt(mine.get(i)[2]);
        expected[i] = mine.get(i)[3].equals("1");
        assertEquals(expected[i], mask.accepts(run[i], lumi[i]), run[i] + ":" + lumi[i]);
      }
      boolean[] out = new boolean[n + 3];
      mask.mask(run, lumi, out, n);
      assertArrayEquals(expected, java.util.Arrays.copyOf(out, n));
    }
  }

  @Test
  void unsortedOverlappingAndTouchingRangesAreMerged() {
    LumiMask mask = LumiMask.parse("{\"1\": [[10, 20], [1, 3], [4, 5], [15, 30]], \"7\": [[5, 5]]}",
        "inline");
    assertEquals(3, mask.rangeCount()); // [1, 5] and [10, 30] for run 1, [5, 5] for run 7
    assertEquals(5 + 21 + 1, mask.lumiSectionCount());
    assertTrue(mask.accepts(1, 5));
    assertFalse(mask.accepts(1, 6));
    assertTrue(mask.accepts(1, 30));
    assertTrue(mask.accepts(7, 5));
    assertFalse(mask.accepts(7, 4));
    assertFalse(mask.accepts(2, 5));
  }

  @Test
  void malformedDocumentsNameTheFileAndRun() {
    String[][] cases = {
        {"[1, 2]", "must be an object"},
        {"{\"abc\": [[1, 2]]}", "\"abc\" is not a run number"},
        {"{\"1\": [[3, 2]]}", "run 1 has an invalid range [3,2]"},
        {"{\"1\": [[1]]}", "run 1 has an invalid range"},
        {"{\"1\": [[1.5, 2]]}", "run 1 has an invalid range"},
        {"{\"1\": 5}", "run 1 must map to a list"},
        {"{\"1\": [[1, 2]], \"1\": [[3, 4]]}", "malformed JSON"},
        {"{\"1\": [[1, 2]]", "malformed JSON at line 1"},
        {"{}", "found no run"},
        {"", "found nothing"},
        {"{\"1\": [[-3, 2]]}", "run 1 has an invalid range [-3,2]"},
    };
    for (String[] c : cases) {
      LumiMaskFormatException e =
          assertThrows(LumiMaskFormatException.class, () -> LumiMask.parse(c[0], "golden.json"));
      assertTrue(e.getMessage().startsWith("golden.json: "), e.getMessage());
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }
}
