package org.cortado.runtime.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers are read as correctionlib 2.9.0 reads them (RapidJSON, default precision): 3,019 tokens
 * of every shape, each with the value the C++ reader produced for it
 * ({@code reference/make_rapidjson_numbers.py} wrote {@code rapidjson_numbers.tsv}).
 */
class RapidJsonNumbersTest {
  private record Token(String text, double value) {}

  private static List<Token> tokens() {
    List<Token> out = new ArrayList<>();
    for (String line : Fixtures.lines("rapidjson_numbers.tsv")) {
      if (!line.startsWith("#")) {
        String[] f = line.split("\t");
        out.add(new Token(f[0], Double.parseDouble(f[1])));
      }
    }
    return out;
  }

  @Test
  void everyTokenReadsAsInTheReference() {
    int differentFromCorrectRounding = 0;
    for (Token t : tokens()) {
      double read = RapidJsonNumbers.parse(t.text());
      assertEquals(Double.doubleToRawLongBits(t.value()), Double.doubleToRawLongBits(read),
          t.text() + ": " + read + " instead of " + t.value());
      if (read != Double.parseDouble(t.text())) {
        differentFromCorrectRounding++;
      }
    }
    // The point of the class: a quarter of these tokens are not correctly rounded by the reference.
    assertTrue(differentFromCorrectRounding > 500, "only " + differentFromCorrectRounding);
  }

  @Test
  void documentsKeepTheReferenceValues() {
    List<Token> tokens = tokens();
    StringBuilder edges = new StringBuilder();
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      edges.append(i).append(".0, ");
      content.append(i == 0 ? "" : ", ").append(tokens.get(i).text());
    }
    edges.append(tokens.size()).append(".0");
    String doc = "{\"schema_version\": 2, \"corrections\": [{\"name\": \"n\", \"version\": 1,"
        + " \"inputs\": [{\"name\": \"i\", \"type\": \"real\"}],"
        + " \"output\": {\"name\": \"v\", \"type\": \"real\"},"
        + " \"data\": {\"nodetype\": \"binning\", \"input\": \"i\", \"edges\": [" + edges + "],"
        + " \"content\": [" + content + "], \"flow\": \"error\"}}]}";
    BoundCorrection n = CorrectionSet.parse(doc, "numbers.json").correction("n").bind();
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(Double.doubleToRawLongBits(tokens.get(i).value()),
          Double.doubleToRawLongBits(n.evaluate(i + 0.5)), tokens.get(i).text());
    }
  }

  @Test
  void theExampleOfThePileUpFile() {
    assertEquals(0.11894171699063276, RapidJsonNumbers.parse("0.11894171699063277"));
    assertEquals(0.11894171699063277, Double.parseDouble("0.11894171699063277"));
  }

  @Test
  void rejectsWhatIsNotANumberToken() {
    for (String bad : new String[] {"", "-", "+1", ".5", "1.", "1e", "1e+", "NaN", "1x", "--1"}) {
      assertThrows(NumberFormatException.class, () -> RapidJsonNumbers.parse(bad), bad);
    }
  }
}
