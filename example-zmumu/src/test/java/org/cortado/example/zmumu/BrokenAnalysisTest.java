package org.cortado.example.zmumu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deliberately broken copy of the analysis (a misspelt branch, a histogram with no bins) fails to
 * compile, with each mistake reported by id on its own line, as an analyst would see it in
 * {@code mvn compile}.
 */
class BrokenAnalysisTest {
  @TempDir Path out;

  @Test
  void mistakesAreCompileErrorsOnTheirLines() throws IOException, URISyntaxException {
    Path source = Path.of(getClass().getResource("/broken/BrokenZMuMu.java").toURI());
    List<String> lines = Files.readAllLines(source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      boolean ok = javac.getTask(null, files, diagnostics,
          List.of("-proc:full", "-processor", "org.cortado.processor.AnalysisProcessor", "-processorpath", classpath,
              "-classpath", classpath, "-d", out.toString()),
          null, files.getJavaFileObjects(source.toFile())).call();
      assertFalse(ok, "the broken analysis compiled");
    }
    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(2, errors.size(), errors.toString());
    assertError(errors, lines, "[cortado:Column.Unknown]", "Muon_ptt", "@Col(\"Muon_ptt\")");
    assertError(errors, lines, "[cortado:Histogram.BinsNotPositive]", "bins = 0", "bins = 0");
    assertFalse(Files.exists(out.resolve("broken").resolve("BrokenZMuMu_Kernel.class")), "a kernel was generated");
  }

  private static void assertError(List<Diagnostic<? extends JavaFileObject>> errors, List<String> lines, String id,
      String mentioned, String lineContaining) {
    Diagnostic<? extends JavaFileObject> d = errors.stream()
        .filter(e -> e.getMessage(Locale.ROOT).contains(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " among " + errors));
    assertTrue(d.getMessage(Locale.ROOT).contains(mentioned), d.getMessage(Locale.ROOT));
    String line = lines.get((int) d.getLineNumber() - 1);
    assertTrue(line.contains(lineContaining), id + " reported on line " + d.getLineNumber() + ": " + line);
    assertTrue(new File(d.getSource().toUri()).getName().equals("BrokenZMuMu.java"));
  }
}
