package org.cortado.runtime.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the reference's machine behaviour shows through (int conversion of a transform's rule)
 * and where input is damaged or deep: corrupt gzip, deeply nested trees and formulas.
 */
class CorrectionLimitsTest {
  private static final String HEAD = "{\"schema_version\": 2, \"corrections\": [{\"name\": \"c\", "
      + "\"version\": 1, \"inputs\": [{\"name\": \"x\", \"type\": \"real\"}, {\"name\": \"n\", "
      + "\"type\": \"int\"}], \"output\": {\"name\": \"o\", \"type\": \"real\"}, \"data\": ";
  private static final String TAIL = "}]}";

  /**
   * n := x through a transform, then a binning on n whose bins tell INT64_MIN (bin 2), 0 (bin 5)
   * and the top of the int64 range (bin 9) apart. The expected bins are derived by hand from
   * {@code (int64_t) std::round(x)} on x86-64, where cvttsd2si gives INT64_MIN for NaN, the
   * infinities and anything out of range; correctionlib 2.9.0's wheel gives the same.
   */
  @Test
  void transformToIntConvertsLikeTheReferenceOnX86() {
    Correction c = CorrectionSet.parse(HEAD + "{\"nodetype\": \"transform\", \"input\": \"n\", "
        + "\"rule\": {\"nodetype\": \"formula\", \"expression\": \"x\", \"parser\": \"TFormula\", "
        + "\"variables\": [\"x\"]}, \"content\": {\"nodetype\": \"binning\", \"input\": \"n\", "
        + "\"edges\": [-1e30, -9.3e18, -9.2e18, -1.5, -0.5, 0.5, 1.5, 2.5, 9.2e18, 9.3e18, 1e30], "
        + "\"content\": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0], \"flow\": \"error\"}}"
        + TAIL, "transform.json").correction("c");
    double[][] xAndBin = {
        {Double.NaN, 2}, {Double.POSITIVE_INFINITY, 2}, {Double.NEGATIVE_INFINITY, 2},
        {1e19, 2}, {-1e19, 2}, {0x1p63, 2}, {-0x1p63, 2}, {1e300, 2},
        {9.2e18, 9}, {0x1p63 - 1024, 9}, {-9.2e18, 3},
        {0.5, 6}, {-0.5, 4}, {1.4999, 6}, {2.5, 8}, {-1.5, 3}};
    for (double[] p : xAndBin) {
      assertEquals(p[1], c.evaluate(p[0], 0L), "x = " + p[0]);
    }
  }

  @Test
  void roundToInt64() {
    assertEquals(3, CMath.roundToInt64(2.5));
    assertEquals(-3, CMath.roundToInt64(-2.5));
    assertEquals(0, CMath.roundToInt64(0.49999999999999994));
    assertEquals(9223372036854774784L, CMath.roundToInt64(0x1p63 - 1024));
    assertEquals(Long.MIN_VALUE, CMath.roundToInt64(-0x1p63));
    assertEquals(Long.MIN_VALUE, CMath.roundToInt64(0x1p63));
    assertEquals(Long.MIN_VALUE, CMath.roundToInt64(Double.NaN));
    assertEquals(Long.MIN_VALUE, CMath.roundToInt64(Double.POSITIVE_INFINITY));
    assertEquals(Long.MIN_VALUE, CMath.roundToInt64(-1e300));
  }

  @Test
  void corruptGzipIsAFormatErrorNamingTheFile(@TempDir Path dir) throws IOException {
    byte[] gz = gzip(HEAD + "1.5" + TAIL);
    Path good = dir.resolve("good.json.gz");
    Files.write(good, gz);
    assertEquals(1.5, CorrectionSet.load(good).correction("c").evaluate(0.0, 0L));

    byte[] damaged = gz.clone();
    damaged[gz.length / 2] ^= 0x55;
    byte[] badCrc = gz.clone();
    badCrc[gz.length - 6] ^= 0x01;
    byte[][] corrupt = {damaged, badCrc, Arrays.copyOf(gz, gz.length / 2), Arrays.copyOf(gz, 5),
        Arrays.copyOf(gz, 2)};
    for (int i = 0; i < corrupt.length; i++) {
      Path file = dir.resolve("corrupt" + i + ".json.gz");
      Files.write(file, corrupt[i]);
      CorrectionFormatException e = assertThrows(CorrectionFormatException.class,
          () -> CorrectionSet.load(file), file.toString());
      assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    }
  }

  /** A binning whose every bin holds the next binning, {@code depth} deep, with value 7 inside. */
  private static String nestedBinnings(int depth) {
    return nestedBinnings(depth, "7.0");
  }

  private static String nestedBinnings(int depth, String leaf) {
    StringBuilder json = new StringBuilder(HEAD);
    for (int i = 0; i < depth - 1; i++) {
      json.append("{\"nodetype\": \"binning\", \"input\": \"x\", \"edges\": [0.0, 1.0], "
          + "\"flow\": ").append(i).append(".0, \"content\": [");
    }
    json.append(leaf);
    json.append("]}".repeat(depth - 1));
    return json.append(TAIL).toString();
  }

  @Test
  void deepTreesLoadAndEvaluate() {
    for (int depth : new int[] {600, NodeReader.MAX_DEPTH}) {
      Correction c = CorrectionSet.parse(nestedBinnings(depth), "deep.json").correction("c");
      assertEquals(7.0, c.evaluate(0.5, 0L), "depth " + depth);
      // Out of range at the outermost binning: its flow value 0.
      assertEquals(0.0, c.evaluate(2.0, 0L), "depth " + depth);
      assertEquals(7.0, c.bind().evaluate(0.5, 0.0), "depth " + depth);
    }
  }

  /** The deepest evaluation: a formula as tall as allowed at the bottom of the deepest tree. */
  @Test
  void deepestTreeWithTallestFormulaEvaluates() {
    String sum = "x+".repeat(FormulaParser.MAX_DEPTH - 1) + "x";
    Correction c = CorrectionSet.parse(nestedBinnings(NodeReader.MAX_DEPTH,
        "{\"nodetype\": \"formula\", \"expression\": \"" + sum + "\", \"parser\": "
            + "\"TFormula\", \"variables\": [\"x\"]}"), "deepest.json").correction("c");
    assertEquals(0.5 * FormulaParser.MAX_DEPTH, c.evaluate(0.5, 0L));
  }

  @Test
  void tooDeepTreesAndDocumentsAreClearErrors() {
    CorrectionFormatException tree = assertThrows(CorrectionFormatException.class,
        () -> CorrectionSet.parse(nestedBinnings(NodeReader.MAX_DEPTH + 1), "deep.json"));
    assertTrue(tree.getMessage().startsWith("deep.json: correction 'c' at $.corrections[0].data"
        + ".content[0].content[0]"), tree.getMessage());
    assertTrue(tree.getMessage().endsWith(": content nodes nested deeper than "
        + NodeReader.MAX_DEPTH + " levels"), tree.getMessage());

    String hostile = HEAD + "[".repeat(200_000) + "]".repeat(200_000) + TAIL;
    CorrectionFormatException json = assertThrows(CorrectionFormatException.class,
        () -> CorrectionSet.parse(hostile, "hostile.json"));
    assertTrue(json.getMessage().startsWith("hostile.json: malformed JSON at line 1, column "),
        json.getMessage());
    assertTrue(json.getMessage().endsWith(": arrays and objects nested deeper than "
        + CorrectionSet.MAX_JSON_DEPTH + " levels"), json.getMessage());
  }

  @Test
  void numbersTooBigForADoubleAreMalformedJsonAsInRapidJson() {
    CorrectionFormatException e = assertThrows(CorrectionFormatException.class,
        () -> CorrectionSet.parse(HEAD + "\n0.5e999" + TAIL, "big.json"));
    assertTrue(e.getMessage().startsWith("big.json: malformed JSON at line 2, column "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("number too big: 0.5e999"), e.getMessage());
  }

  /** correctionlib silently takes the first of two equal keys; we refuse the file instead. */
  @Test
  void duplicateKeysAreRefused() {
    CorrectionFormatException e = assertThrows(CorrectionFormatException.class,
        () -> CorrectionSet.parse(HEAD + "{\"nodetype\": \"binning\", \"input\": \"x\", "
            + "\"edges\": [0.0, 1.0], \"content\": [1.0], \"flow\": \"clamp\",\n\"flow\": "
            + "\"error\"}" + TAIL, "twice.json"));
    assertTrue(e.getMessage().startsWith("twice.json: malformed JSON at line 2, column "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("Duplicate field 'flow'"), e.getMessage());
  }

  private static Correction formula(String expression) {
    return CorrectionSet.parse(HEAD + "{\"nodetype\": \"formula\", \"expression\": \""
        + expression + "\", \"parser\": \"TFormula\", \"variables\": [\"x\"]}" + TAIL, "f.json")
        .correction("c");
  }

  @Test
  void deepFormulasEvaluateUpToTheLimitAndFailClearlyBeyond() {
    int max = FormulaParser.MAX_DEPTH;
    assertEquals(max, formula("x+".repeat(max - 1) + "x").evaluate(1.0, 0L));
    assertEquals(2.0, formula("(".repeat(max - 2) + "2*x" + ")".repeat(max - 2))
        .evaluate(1.0, 0L));
    assertEquals(1.0, formula("abs(".repeat(max - 1) + "x" + ")".repeat(max - 1))
        .evaluate(-1.0, 0L));
    for (String tooDeep : new String[] {"x+".repeat(max) + "x",
        "(".repeat(max) + "x" + ")".repeat(max), "x^".repeat(100_000) + "x",
        "-".repeat(100_000) + "x", "(".repeat(100_000)}) {
      CorrectionFormatException e = assertThrows(CorrectionFormatException.class,
          () -> formula(tooDeep));
      assertTrue(e.getMessage().startsWith("f.json: correction 'c' at $.corrections[0].data"
          + ".expression: cannot parse formula"), e.getMessage());
      assertTrue(e.getMessage().length() < 600, e.getMessage());
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
