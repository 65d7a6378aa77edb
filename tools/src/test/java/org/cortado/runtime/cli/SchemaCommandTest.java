package org.cortado.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cortado.rootio.Compression;
import org.cortado.rootio.LeafType;
import org.cortado.rootio.write.BranchWriter;
import org.cortado.rootio.write.RootWriter;
import org.cortado.rootio.write.TreeWriter;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cortado schema}: the processor's schema file, regenerated from ROOT files. */
class SchemaCommandTest {
  /** The schema the processor ships; its header says it was generated from nano_dy.root and nano_dimuon.root. */
  private static final String V9_SCHEMA = "/org/cortado/processor/nanoaod-v9.schema.tsv";

  @TempDir Path tmp;

  @Test
  void reproducesTheShippedV9SchemaFromTheTwoFilesItWasGeneratedFrom() throws IOException {
    Path dy = SharedData.root("nano_dy.root");
    Path dimuon = SharedData.root("nano_dimuon.root");
    CliResult r = CliResult.run("schema", dy.toString(), dimuon.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(columnLines(shippedV9()), columnLines(r.out()));
    assertTrue(r.out().startsWith("# "), r.out());
    assertTrue(r.out().contains(dy + ", " + dimuon), "the header names the source files");
  }

  /** RNTupleImporter's projected fields are jagged columns counted by its collection sizes, as in the TTree. */
  @Test
  void describesAnRNTupleLikeItsTree() throws IOException {
    Path file = SharedData.data("skhep/Run2012BC_DoubleMuParked_Muons_1000evts_rntuple_v1-0-0-0.root");
    CliResult r = CliResult.run("schema", file.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = columnLines(r.out());
    assertTrue(lines.containsAll(List.of("Muon_pt\tfloat\tnMuon", "Muon_charge\tint\tnMuon", "nMuon\tint\t",
        "_collection0.Muon_eta\tfloat\tnMuon")), lines.toString());
  }

  @Test
  void writesTheSameTextAtomicallyWithOutput() throws IOException {
    Path dy = SharedData.root("nano_dy.root");
    Path schema = tmp.resolve("schema").resolve("nano.schema.tsv");
    CliResult written = CliResult.run("schema", dy.toString(), "-o", schema.toString());
    assertEquals(0, written.exit(), written.err());
    assertTrue(written.out().contains("-> " + schema), written.out());
    assertEquals(CliResult.run("schema", dy.toString()).out(), Files.readString(schema));
    try (Stream<Path> left = Files.list(schema.getParent())) {
      assertEquals(List.of(schema), left.toList(), "temporary file left behind");
    }
  }

  @Test
  void describesJaggedAndFlatBranchesWithTheirCounter() throws IOException {
    Path file = nano(tmp.resolve("a.root"), LeafType.FLOAT32);
    CliResult r = CliResult.run("schema", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("Muon_pt\tfloat\tnMuon", "Muon_tightId\tboolean\tnMuon", "nMuon\tint\t", "run\tint\t"),
        columnLines(r.out()));
  }

  @Test
  void aBranchWhoseTypeDiffersBetweenFilesFailsNamingTheBranchAndBothFiles() throws IOException {
    Path a = nano(tmp.resolve("a.root"), LeafType.FLOAT32);
    Path b = nano(tmp.resolve("b.root"), LeafType.FLOAT64);
    Path schema = tmp.resolve("out.tsv");
    CliResult r = CliResult.run("schema", a.toString(), b.toString(), "-o", schema.toString());
    assertEquals(FailureReporter.FAILURE, r.exit());
    String first = r.err().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("cortado schema: "), r.err());
    assertTrue(first.contains("'Muon_pt'") && first.contains("float counted by nMuon in " + a)
        && first.contains("double counted by nMuon in " + b), first);
    assertFalse(r.err().contains("\tat "), "a stack trace without --debug: " + r.err());
    assertFalse(Files.exists(schema), "a failed run must not write the schema");
  }

  @Test
  void branchesTheSchemaCannotExpressAreListedInAComment() throws IOException {
    Path file = tmp.resolve("arrays.root");
    try (RootWriter out = RootWriter.create(file, WriteOptions.of(Compression.ZLIB, 1))) {
      TreeWriter events = out.tree("Events", "");
      BranchWriter run = events.branch("run", LeafType.UINT32, "");
      BranchWriter position = events.array("position", LeafType.FLOAT32, 3, "");
      run.putInt(1);
      for (int i = 0; i < 3; i++) {
        position.putFloat(i);
      }
      events.endEntry();
      out.commit();
    }
    CliResult r = CliResult.run("schema", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("# Not in the schema")
        && l.contains("position (Float_t[3])")), r.out());
    assertEquals(List.of("run\tint\t"), columnLines(r.out()));
  }

  @Test
  void stringBranchesAreListedInACommentToo() {
    Path sample = SharedData.root("uproot-sample-6.20.04-zlib.root");
    CliResult r = CliResult.run("schema", sample.toString(), "--tree", "sample");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("# Not in the schema") && l.contains("str (Char_t*)")),
        r.out());
    assertTrue(columnLines(r.out()).stream().noneMatch(l -> l.startsWith("str\t")), r.out());
  }

  @Test
  void anUnreadableFileFailsInOneLineNamingIt() throws IOException {
    Path junk = Files.writeString(tmp.resolve("junk.root"), "not a ROOT file");
    CliResult r = CliResult.run("schema", junk.toString());
    assertEquals(FailureReporter.FAILURE, r.exit());
    String first = r.err().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("cortado schema: ") && first.contains(junk.toString()), r.err());

    CliResult missing = CliResult.run("schema", tmp.resolve("absent.root").toString());
    assertEquals(FailureReporter.FAILURE, missing.exit());
    assertTrue(missing.err().contains("no such file: " + tmp.resolve("absent.root")), missing.err());

    Path file = nano(tmp.resolve("a.root"), LeafType.FLOAT32);
    CliResult noTree = CliResult.run("schema", file.toString(), "--tree", "Runs");
    assertEquals(FailureReporter.FAILURE, noTree.exit());
    assertTrue(noTree.err().contains(file.toString()) && noTree.err().contains("'Runs'"), noTree.err());
  }

  /** A two-entry NanoAOD-like file whose {@code Muon_pt} has the given type. */
  private static Path nano(Path file, LeafType ptType) throws IOException {
    try (RootWriter out = RootWriter.create(file, WriteOptions.of(Compression.ZLIB, 1))) {
      TreeWriter events = out.tree("Events", "");
      BranchWriter run = events.branch("run", LeafType.UINT32, "");
      BranchWriter nMuon = events.counter("nMuon", "");
      BranchWriter pt = events.jagged("Muon_pt", ptType, nMuon, "");
      BranchWriter tight = events.jagged("Muon_tightId", LeafType.BOOL, nMuon, "");
      for (int e = 0; e < 2; e++) {
        run.putInt(1);
        nMuon.putCount(e);
        for (int m = 0; m < e; m++) {
          if (ptType == LeafType.FLOAT32) {
            pt.putFloat(30);
          } else {
            pt.putDouble(30);
          }
          tight.putBoolean(true);
        }
        events.endEntry();
      }
      out.commit();
    }
    return file;
  }

  private static String shippedV9() throws IOException {
    try (InputStream in = SchemaCommandTest.class.getResourceAsStream(V9_SCHEMA)) {
      assertNotNull(in, V9_SCHEMA + " is not on the test class path (cortado-processor)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> columnLines(String schema) {
    return schema.lines().filter(l -> !l.startsWith("#")).toList();
  }
}
