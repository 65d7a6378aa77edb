package org.cortado.processor.codegen;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cortado.processor.Compilers;
import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Generated kernels are compared byte for byte with committed goldens in
 * {@code src/test/resources/expected/}. Run with {@code -Dgolden.update=true} to rewrite them,
 * then review the diff like any other code. Every golden also compiles without warnings.
 */
class GoldenSourcesTest {
  static String generate(String input, String kernel) throws IOException {
    Compilation c = Compilers.cortado().compile(JavaFileObjects.forResource(input));
    assertThat(c).succeededWithoutWarnings();
    return c.generatedSourceFile(kernel).orElseThrow().getCharContent(true).toString();
  }

  private static void golden(String input, String kernel) throws IOException {
    String actual = generate(input, kernel);
    String resource = "expected/" + kernel.replace('.', '/') + ".java";
    if (Boolean.getBoolean("golden.update")) {
      Path file = Path.of("src/test/resources").resolve(resource);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage("generated %s differs from %s (rerun with -Dgolden.update=true to accept)",
        kernel, resource).that(actual).isEqualTo(Fixtures.read(resource));
  }

  @Test
  void columnOutputsAndTwoDimensionalMethodHistograms() throws IOException {
    golden("good/test/ColumnsAndHist2D.java", "test.ColumnsAndHist2D_Kernel");
  }

  @Test
  void zmumu() throws IOException {
    golden("good/test/ZMuMu.java", "test.ZMuMu_Kernel");
  }

  @Test
  void parametersStandardWeightsAndGoldenJson() throws IOException {
    golden("good/test/WeightedZMuMu.java", "test.WeightedZMuMu_Kernel");
  }

  @Test
  void btagShapeWeightWithNamedSources() throws IOException {
    golden("good/test/BTagged.java", "test.BTagged_Kernel");
  }

  @Test
  void viewsMergesDerivedColumnsFlagsAndChoicesPerPeriod() throws IOException {
    golden("good/test/Model2.java", "test.Model2_Kernel");
  }

  @Test
  void cartesianCategoriesAndSelectionOfSelection() throws IOException {
    golden("good/test/Cartesian.java", "test.Cartesian_Kernel");
  }

  @Test
  void calibratorsAndShapeVariations() throws IOException {
    golden("good/test/Calibrated.java", "test.Calibrated_Kernel");
  }
}
