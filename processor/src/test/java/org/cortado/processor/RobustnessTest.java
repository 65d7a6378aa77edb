package org.cortado.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

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

/** Failures inside the processor become diagnostics, never javac crashes; -Acortado.schema works. */
class RobustnessTest {
  private static final String NEAR = "near/ColumnExistsRule/UnknownBranch.java";

  @Test
  void internalFailureIsReportedOnTheAnalysis() {
    JavaFileObject source = JavaFileObjects.forResource(NEAR);
    Compilation c = Compilers.cortado("-Acortado.failForTest").compile(source);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.INTERNAL.tag()).inFile(source)
        .onLineContaining("class UnknownBranch");
  }

  @Test
  void unreadableSchemaIsReported(@TempDir Path dir) {
    Compilation c = Compilers.cortado("-Acortado.schema=" + dir.resolve("missing.tsv"))
        .compile(JavaFileObjects.forResource(NEAR));
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.SCHEMA_UNREADABLE.tag());
  }

  @Test
  void schemaOptionReplacesTheDefault(@TempDir Path dir) throws IOException {
    Path schema = dir.resolve("tiny.tsv");
    Files.writeString(schema, "# tiny\ngenWeight\tfloat\t\nnMuon\tint\t\nMuon_pt\tfloat\tnMuon\n",
        StandardCharsets.UTF_8);
    assertThat(Compilers.cortado("-Acortado.schema=" + schema)
        .compile(JavaFileObjects.forResource(NEAR))).succeeded();
    JavaFileObject usesHlt = JavaFileObjects.forResource("near/MethodShapeRule/NotStatic.java");
    Compilation c = Compilers.cortado("-Acortado.schema=" + schema).compile(usesHlt);
    assertThat(c).hadErrorContaining(Diagnostic.COLUMN_UNKNOWN.tag()).inFile(usesHlt)
        .onLineContaining("HLT_IsoMu24");
  }

  @Test
  void brokenSourceGivesJavacErrorAndAtMostOneOfOurs() {
    JavaFileObject broken = JavaFileObjects.forSourceLines("test.Broken",
        "package test;",
        "import org.cortado.annotations.*;",
        "@Analysis(name = \"b\")",
        "class Broken {",
        "  @Cut(name = \"c\")",
        "  static boolean c(@Col(\"HLT_IsoMu24\") boolean hlt) { return hlt && missing(); }",
        "}");
    Compilation c = Compilers.cortado().compile(broken);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("cannot find symbol");
    long ours = c.errors().stream().filter(d -> d.getMessage(null).contains("[cortado:")).count();
    org.junit.jupiter.api.Assertions.assertTrue(ours <= 1, "our errors: " + ours);
  }
}
