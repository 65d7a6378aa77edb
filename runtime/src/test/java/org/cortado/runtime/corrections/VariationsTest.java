package org.cortado.runtime.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Variations} gives, for every binding, exactly what evaluating that binding alone gives. */
class VariationsTest {
  // "nominal" and "up" share their bins (one lookup), "down" has other bins, "flowed" has a
  // flow node; the cells are formulas of the inputs, so a wrong cell or stale inputs show.
  private static final String JSON = """
      {"schema_version": 2, "corrections": [{
        "name": "sf", "version": 1,
        "inputs": [{"name": "x", "type": "real"}, {"name": "y", "type": "real"},
                   {"name": "syst", "type": "string"}],
        "output": {"name": "out", "type": "real"},
        "data": {"nodetype": "category", "input": "syst", "content": [
          {"key": "nominal", "value": %s},
          {"key": "up", "value": %s},
          {"key": "down", "value": {"nodetype": "multibinning", "inputs": ["x", "y"],
            "edges": [[0, 2, 4], {"n": 2, "low": 0, "high": 10}], "flow": "clamp",
            "content": [1.0, 2.0, 3.0, 4.0]}},
          {"key": "low", "value": {"nodetype": "multibinning", "inputs": ["x", "y"],
            "edges": [[0, 2, 4], {"n": 2, "low": 0, "high": 10}], "flow": "clamp",
            "content": [0.5, 0.6, 0.7, 0.8]}},
          {"key": "flowed", "value": {"nodetype": "binning", "input": "x", "edges": [0, 1, 2, 3],
            "flow": {"nodetype": "formula", "expression": "x*100", "parser": "TFormula", "variables": ["x"]},
            "content": [5.0, 6.0, 7.0]}}
        ]}}]}
      """.formatted(grid("1"), grid("2"));

  private static String grid(String scale) {
    String cell = "{\"nodetype\": \"formula\", \"expression\": \"%s*x+y+%d\", \"parser\": \"TFormula\","
        + " \"variables\": [\"x\", \"y\"]}";
    StringBuilder content = new StringBuilder();
    for (int k = 0; k < 6; k++) {
      content.append(k == 0 ? "" : ", ").append(cell.formatted(scale, k));
    }
    return "{\"nodetype\": \"multibinning\", \"inputs\": [\"x\", \"y\"], \"edges\": [[0, 1, 2, 3],"
        + " {\"n\": 2, \"low\": 0, \"high\": 10}], \"flow\": \"clamp\", \"content\": [" + content + "]}";
  }

  private final Correction sf = CorrectionSet.parse(JSON, "sf.json").correction("sf");

  @Test
  void sharedBinsAreFoundOnceAndEveryBindingReadsItsOwnCell() {
    assertTrue(sf.bind("nominal").root().sameCells(sf.bind("up").root()));
    assertTrue(!sf.bind("nominal").root().sameCells(sf.bind("down").root()));
    Variations shared = Variations.of(sf.bind("nominal"), sf.bind("up"));
    Variations mixed = Variations.of(sf.bind("nominal"), sf.bind("up"), sf.bind("down"));
    BoundCorrection[] alone = {sf.bind("nominal"), sf.bind("up"), sf.bind("down")};
    double[] xs = {-1, 0, 0.5, 1, 1.999, 2, 2.5, 3, 7, Double.NaN};
    double[] ys = {-3, 0, 4.9, 5, 9.99, 10, 42};
    for (double x : xs) {
      for (double y : ys) {
        for (int repeat = 0; repeat < 2; repeat++) { // the second call answers from the kept values
          double[] two = shared.at(x, y).clone();
          double[] three = mixed.at(x, y).clone();
          for (int k = 0; k < 3; k++) {
            double expected = alone[k].evaluate(x, y);
            assertEquals(expected, three[k], "binding " + k + " at " + x + ", " + y);
            if (k < 2) {
              assertEquals(expected, two[k], "binding " + k + " at " + x + ", " + y);
            }
          }
        }
      }
    }
  }

  @Test
  void cellsOfNumbersAreReadByCellForEveryBinding() {
    Variations numbers = Variations.of(sf.bind("down"), sf.bind("low"), sf.bind("down"));
    BoundCorrection down = sf.bind("down");
    BoundCorrection low = sf.bind("low");
    double[][] expected = {{1, 0.5}, {2, 0.6}, {3, 0.7}, {4, 0.8}};
    double[][] points = {{1, 1}, {-5, 3}, {1, 7}, {1.5, 12}, {3, 0}, {9, 4.9}, {2, 5}, {Double.NaN, 8}};
    int[] cells = {0, 0, 1, 1, 2, 2, 3, 3};
    for (int p = 0; p < points.length; p++) {
      double x = points[p][0];
      double y = points[p][1];
      double[] values = numbers.at(x, y);
      assertEquals(down.evaluate(x, y), values[0], "down at " + x + ", " + y);
      assertEquals(low.evaluate(x, y), values[1], "low at " + x + ", " + y);
      assertEquals(expected[cells[p]][0], values[2], "down at " + x + ", " + y);
      assertEquals(expected[cells[p]][1], values[1], "low at " + x + ", " + y);
    }
  }

  @Test
  void aFlowNodeIsEvaluatedPerBinding() {
    Correction one = CorrectionSet.parse(JSON, "sf.json").correction("sf");
    BoundCorrection flowed = one.bind("flowed");
    Variations v = Variations.of(one.bind("flowed"), one.bind("flowed"));
    for (double x : new double[] {-2, 0, 1.5, 2.99, 3, 8}) {
      assertEquals(flowed.evaluate(x, 0.0), v.at(x, 0.0)[0]);
      assertEquals(flowed.evaluate(x, 0.0), v.at(x, 0.0)[1]);
    }
    assertEquals(800.0, v.at(8.0, 0.0)[1]);
  }

  // The MUO layout: a binning on x (flow error) whose bins each hold a binning on y (flow clamp)
  // ending in numbers. "a" and "b" are grids over the same bins; "ragged" has inner binnings with
  // different edges, so it is not a grid.
  private static final String NESTED = """
      {"schema_version": 2, "corrections": [{
        "name": "nested", "version": 1,
        "inputs": [{"name": "x", "type": "real"}, {"name": "y", "type": "real"},
                   {"name": "syst", "type": "string"}],
        "output": {"name": "out", "type": "real"},
        "data": {"nodetype": "category", "input": "syst", "content": [
          {"key": "a", "value": %s},
          {"key": "b", "value": %s},
          {"key": "ragged", "value": {"nodetype": "binning", "input": "x", "edges": [0, 1, 2], "flow": "error",
            "content": [%s, {"nodetype": "binning", "input": "y", "edges": [0, 5, 20], "flow": "clamp",
                             "content": [9.0, 9.5]}]}}
        ]}}]}
      """.formatted(nested(1), nested(5), inner(1));

  private static String nested(int first) {
    return "{\"nodetype\": \"binning\", \"input\": \"x\", \"edges\": [0, 1, 2], \"flow\": \"error\","
        + " \"content\": [" + inner(first) + ", " + inner(first + 2) + "]}";
  }

  private static String inner(int first) {
    return "{\"nodetype\": \"binning\", \"input\": \"y\", \"edges\": [0, 10, 20], \"flow\": \"clamp\","
        + " \"content\": [" + first + ".0, " + (first + 1) + ".0]}";
  }

  @Test
  void nestedLookupsOverTheSameBinsAreOneGridAndAgreeWithTheTreeInAndOutOfRange() {
    Correction nested = CorrectionSet.parse(NESTED, "nested.json").correction("nested");
    assertNotNull(Grid.of(nested.bind("a").root()));
    assertNull(Grid.of(nested.bind("ragged").root()));
    BoundCorrection[] alone = {nested.bind("a"), nested.bind("b"), nested.bind("ragged")};
    Variations grid = Variations.of(nested.bind("a"), nested.bind("b"));
    Variations mixed = Variations.of(nested.bind("a"), nested.bind("b"), nested.bind("ragged"));
    double[][] points = {{0.5, 5}, {0.5, 15}, {1.5, 5}, {1.5, 15}, {1.0, 10}, {1.999, 19.999},
        {0.5, -4}, {1.5, 25}, {0.5, 20}, {0.5, Double.NaN}};
    for (double[] p : points) {
      double[] two = grid.at(p[0], p[1]).clone();
      double[] three = mixed.at(p[0], p[1]).clone();
      for (int k = 0; k < 3; k++) {
        double expected = alone[k].evaluate(p[0], p[1]);
        assertEquals(expected, three[k], "binding " + k + " at " + p[0] + ", " + p[1]);
        if (k < 2) {
          assertEquals(expected, two[k], "binding " + k + " at " + p[0] + ", " + p[1]);
        }
      }
    }
    assertEquals(4.0, grid.at(1.5, 15)[0]);
    assertEquals(8.0, grid.at(1.5, 99)[1]);
    for (double x : new double[] {-0.5, 2.0, 7, Double.NaN}) {
      String expected = assertThrows(CorrectionEvaluationException.class, () -> alone[0].evaluate(x, 5.0))
          .getMessage();
      assertEquals(expected, assertThrows(CorrectionEvaluationException.class, () -> grid.at(x, 5.0))
          .getMessage());
    }
  }

  @Test
  void keptValuesAreTheLastEvaluationsAndOnlyOnceOneSucceeded() {
    Correction nested = CorrectionSet.parse(NESTED, "nested.json").correction("nested");
    Variations v = Variations.of(nested.bind("a"), nested.bind("b"));
    assertThrows(IllegalStateException.class, () -> v.kept(1));
    double[] values = v.at(1.5, 15).clone();
    assertEquals(values[0], v.kept(0));
    assertEquals(values[1], v.kept(1));
    assertThrows(CorrectionEvaluationException.class, () -> v.at(7, 15));
    assertThrows(IllegalStateException.class, () -> v.kept(1));
  }

  @Test
  void wrongArityIsRejectedEvenRightAfterAnAnswer() {
    Variations v = Variations.of(sf.bind("nominal"), sf.bind("up"));
    v.at(1.0, 2.0);
    assertThrows(CorrectionEvaluationException.class, () -> v.at(1.0));
  }
}
