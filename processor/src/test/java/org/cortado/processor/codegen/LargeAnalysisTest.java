package org.cortado.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.cortado.processor.Compilers;
import org.junit.jupiter.api.Test;

/**
 * Analyses far larger than the examples still compile. A class's static initialiser may hold at
 * most 64 KiB of bytecode: a layout that listed every category in every histogram spec exceeded it
 * with 200 categories and 50 histograms ("code too large"), and a few thousand histogram specs
 * would exceed it on their own.
 */
class LargeAnalysisTest {
  @Test
  void twoHundredCategoriesOfFiftyHistogramsCompile() throws IOException {
    String source = kernel(200, 50);
    assertEquals(50, count(source, "), CATEGORIES, true)"));
    assertEquals(0, count(source, "histogramSpecs0"), "50 specs fit in the initialiser");
  }

  @Test
  void histogramSpecsAreBuiltInMethodsOfAHundred() throws IOException {
    int histograms = 2 * LayoutEmitter.SPECS_PER_METHOD + 1;
    String source = kernel(20, histograms);
    for (int p = 0; p < 3; p++) {
      assertEquals(1, count(source, "histogramSpecs" + p + "(out);"), "part " + p);
    }
    assertEquals(0, count(source, "histogramSpecs3("));
    assertEquals(histograms, count(source, "out.add(new KernelLayout.HistogramSpec("));
  }

  /**
   * The kernel generated for an analysis with {@code categories} categories (each the AND of two
   * of 20 + categories / 20 category cuts) and {@code histograms} histograms, which must compile.
   */
  private static String kernel(int categories, int histograms) throws IOException {
    List<String> lines = new ArrayList<>(List.of("package test;",
        "import org.cortado.annotations.*;",
        "@Analysis(name = \"wide\")",
        "@Weight(standard = StandardWeight.GEN_WEIGHT)"));
    for (int c = 0; c < categories; c++) {
      lines.add("@Category(name = \"c" + c + "\", cuts = {\"pt" + c % 20 + "\", \"eta" + c / 20
          + "\"})");
    }
    for (int h = 0; h < histograms; h++) {
      lines.add("@Histogram(name = \"h" + h + "\", axes = @Axis(coll = \"MuonGood\", field = \"pt\","
          + " pos = 0, bins = 50, low = " + h + ", high = " + (h + 100) + "))");
    }
    lines.add("final class Wide {");
    lines.add("  @ObjectSelection(name = \"MuonGood\", collection = \"Muon\")");
    lines.add("  static boolean muonGood(@Col(\"Muon_pt\") float pt) { return pt > 10; }");
    for (int b = 0; b < 20; b++) {
      lines.add("  @Cut(name = \"pt" + b + "\", stage = Stage.CATEGORY)");
      lines.add("  static boolean pt" + b + "(@Col(value = \"MuonGood_pt\", pos = 0) float pt) {"
          + " return ((int) pt) % 20 != " + b + "; }");
    }
    for (int b = 0; b < Math.max(1, categories / 20); b++) {
      lines.add("  @Cut(name = \"eta" + b + "\", stage = Stage.CATEGORY)");
      lines.add("  static boolean eta" + b + "(@Col(value = \"MuonGood_eta\", pos = 0) float eta) {"
          + " return ((int) ((eta + 2.5f) * 2)) != " + b + "; }");
    }
    lines.add("}");
    Compilation c = Compilers.cortado().compile(JavaFileObjects.forSourceLines("test.Wide", lines));
    assertThat(c).succeeded();
    JavaFileObject kernel = c.generatedSourceFile("test.Wide_Kernel").orElseThrow();
    return kernel.getCharContent(true).toString();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
