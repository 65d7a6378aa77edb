package org.cortado.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.cortado.processor.validation.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection stored as vectors (RDataFrame's RVec columns, which {@code cortado schema} lists with a
 * counter name {@code nGoodJet} that is no branch): its count {@code nGoodJet} is the vectors' size,
 * read from the offsets, while a NanoAOD collection's {@code nMuon} stays a branch read.
 */
class VectorCollectionsTest {
  private static final String SCHEMA = "# RDataFrame skim\ngenWeight\tfloat\t\n"
      + "GoodJet_pt\tfloat\tnGoodJet\nGoodJet_eta\tfloat\tnGoodJet\n"
      + "nMuon\tint\t\nMuon_pt\tfloat\tnMuon\n";

  @Test
  void theCountOfAVectorCollectionIsItsSize(@TempDir Path dir) throws IOException {
    Compilation c = compile(dir, "  @Cut(name = \"jets\")",
        "  static boolean jets(@Col(\"nGoodJet\") int n, @Col(\"nMuon\") int muons) { return n >= 2 && muons > 0; }");
    assertThat(c).succeeded();
    String kernel = c.generatedSourceFile("test.Skim_Kernel").orElseThrow().getCharContent(true).toString();
    assertTrue(kernel.contains("GoodJet_offsets[e + 1] - GoodJet_offsets[e]"), kernel);
    assertTrue(kernel.contains("COUNTERS_MC = {\"nGoodJet\"}"), kernel);
    assertTrue(kernel.contains("BRANCHES_MC = {\"genWeight\", \"nMuon\"}"), "nMuon is still a branch read: " + kernel);
    assertFalse(kernel.contains("\"nGoodJet\", "), kernel);
  }

  @Test
  void aCountIsNoObjectField(@TempDir Path dir) throws IOException {
    Compilation c = compile(dir, "  @Cut(name = \"jets\")",
        "  static boolean jets(@Col(value = \"nGoodJet\", pos = 0) int n) { return n >= 2; }");
    assertThat(c).hadErrorContaining(Diagnostic.COLUMN_POS_ON_EVENT.tag());
  }

  private static Compilation compile(Path dir, String... body) throws IOException {
    Path schema = dir.resolve("skim.tsv");
    Files.writeString(schema, SCHEMA, StandardCharsets.UTF_8);
    String[] lines = new String[body.length + 5];
    lines[0] = "package test;";
    lines[1] = "import org.cortado.annotations.*;";
    lines[2] = "@Analysis(name = \"skim\")";
    lines[3] = "class Skim {";
    System.arraycopy(body, 0, lines, 4, body.length);
    lines[lines.length - 1] = "}";
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Skim", lines);
    return Compilers.cortado("-Acortado.schema=" + schema).compile(source);
  }
}
