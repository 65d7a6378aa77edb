package org.cortado.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.cortado.rootio.NativeDecoding;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CortadoCliTest {
  private static CliResult run(String... args) {
    return CliResult.run(args);
  }

  @Test
  void inspectListsTreesBranchesTypesAndCompression() {
    Path file = SharedData.root("nano_dy.root");
    CliResult r = run("inspect", file.toString(), "--branches", "nMuon,Muon_pt");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("ROOT 6.18/00"), r.out());
    assertTrue(r.out().contains("tree Events: 40 entries, 1499 branches (2 shown)"), r.out());
    assertTrue(r.out().matches("(?s).*Muon_pt\\s+Float_t\\s+nMuon\\s+1 .*zlib-1.*"), r.out());
    assertTrue(r.out().contains("tree Runs: 1 entries"), r.out());
    assertTrue(r.out().contains("decoders: lzma " + NativeDecoding.LZMA.active() + "; zlib "
        + NativeDecoding.ZLIB.active()), r.out());
  }

  /** A file of std::vector, string and object branches: every branch is listed, the unreadable ones with why. */
  @Test
  void inspectAndDumpShowUnsupportedBranches() throws Exception {
    Path file = SharedData.data("skhep/uproot-HZZ-objects.root");
    CliResult inspect = run("inspect", file.toString(), "--tree", "events");
    assertEquals(0, inspect.exit(), inspect.err());
    assertTrue(inspect.out().matches("(?s).*jetbtag\\s+vector<float>\\s+\\[var\\].*"), inspect.out());
    assertTrue(inspect.out().matches("(?s).*jetp4 .*unsupported: TBranchElement of vector<TLorentzVector>.*"),
        inspect.out());
    CliResult dump = run("dump", file.toString(), "--tree", "events", "--entries", "0:2", "--json");
    assertEquals(0, dump.exit(), dump.err());
    JsonNode branches = new ObjectMapper().readTree(dump.out()).get("branches");
    assertEquals(22, branches.size(), "every branch is shown: " + branches.fieldNames());
    assertTrue(branches.get("jetp4").get(0).asText().startsWith("unsupported: "), branches.get("jetp4").toString());
    assertEquals(2, branches.get("muonq").get(0).size(), "entry 0 has two muons");
    CliResult strings = run("dump", SharedData.root("uproot-sample-6.20.04-zlib.root").toString(), "--tree", "sample",
        "--branches", "str", "--entries", "0:2");
    assertEquals(0, strings.exit(), strings.err());
    assertTrue(strings.out().contains("hey-1"), strings.out());
  }

  /**
   * An RNTuple written by RNTupleImporter is listed and dumped like a tree: its projected fields read as
   * jagged columns; the expected values are uproot 5.7.7's.
   */
  @Test
  void inspectAndDumpReadAnRNTupleLikeATree() throws Exception {
    Path file = SharedData.data("skhep/Run2012BC_DoubleMuParked_Muons_1000evts_rntuple_v1-0-0-0.root");
    CliResult inspect = run("inspect", file.toString());
    assertEquals(0, inspect.exit(), inspect.err());
    assertTrue(inspect.out().contains("RNTuple Events: 1,000 entries, 1 clusters, 11 fields"), inspect.out());
    assertTrue(inspect.out().matches("(?s).*Muon_pt\\s+Float_t\\s+\\[var\\]\\s+ROOT::VecOps::RVec<float>.*"),
        inspect.out());
    CliResult dump = run("dump", file.toString(), "--tree", "Events", "--branches", "nMuon,Muon_pt,_collection0.Muon_*",
        "--entries", "0:2", "--json");
    assertEquals(0, dump.exit(), dump.err());
    JsonNode fields = new ObjectMapper().readTree(dump.out()).get("branches");
    assertEquals(2, fields.get("nMuon").get(1).asInt());
    assertEquals(16.327096939086914, fields.get("Muon_pt").get(1).get(1).asDouble(), 1e-5);
    assertEquals(-0.563786506652832, fields.get("_collection0.Muon_eta").get(0).get(1).asDouble(), 1e-6);
    assertEquals(1, fields.get("_collection0.Muon_charge").get(1).get(0).asInt());
    CliResult missing = run("dump", file.toString(), "--tree", "Event");
    assertTrue(missing.err().contains("no TTree or RNTuple 'Event'") && missing.err().contains("Events"),
        missing.err());
  }

  @Test
  void dumpWritesJsonWithJaggedBranchesAsNestedLists() throws Exception {
    Path file = SharedData.root("nano_dy.root");
    CliResult r = run("dump", file.toString(), "--tree", "Events", "--branches", "event,nMuon,Muon_pt,HLT_IsoMu24",
        "--entries", "0:40", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode branches = doc.get("branches");
    try (RootFile root = RootFile.open(file)) {
      TTree events = root.tree("Events");
      long[] event = new long[40];
      events.branch("event").readLongs(0, 40, event);
      int[] offsets = new int[41];
      events.branch("Muon_pt").readOffsets(0, 40, offsets);
      float[] pt = new float[offsets[40]];
      events.branch("Muon_pt").readFloats(0, 40, pt);
      for (int e = 0; e < 40; e++) {
        assertEquals(event[e], branches.get("event").get(e).asLong());
        JsonNode row = branches.get("Muon_pt").get(e);
        assertEquals(offsets[e + 1] - offsets[e], row.size(), "entry " + e);
        assertEquals(row.size(), branches.get("nMuon").get(e).asInt());
        for (int k = 0; k < row.size(); k++) {
          assertEquals(pt[offsets[e] + k], (float) row.get(k).asDouble());
        }
      }
    }
    assertEquals(0, doc.get("start").asInt());
    assertEquals(40, doc.get("stop").asInt());
  }

  @Test
  void failuresAreOneLineWithAHintAndANonZeroExit() {
    Path file = SharedData.root("nano_dy.root");
    CliResult missingBranch = run("dump", file.toString(), "--branches", "Muon_ptt");
    assertEquals(1, missingBranch.exit());
    assertTrue(missingBranch.err().startsWith("cortado dump: "), missingBranch.err());
    assertTrue(missingBranch.err().contains("did you mean 'Muon_pt'"), missingBranch.err());
    assertTrue(missingBranch.err().contains("hint: "), missingBranch.err());

    CliResult missingFile = run("inspect", "no/such/file.root");
    assertEquals(1, missingFile.exit());
    assertTrue(missingFile.err().contains("no such file: no/such/file.root"), missingFile.err());

    CliResult badRange = run("dump", file.toString(), "--entries", "a:b");
    assertEquals(1, badRange.exit());
    assertTrue(badRange.err().contains("--entries 'a:b'"), badRange.err());

    assertTrue(!missingFile.err().contains("\tat "), "a stack trace without --debug: " + missingFile.err());
    CliResult debug = run("inspect", "no/such/file.root", "--debug");
    assertEquals(1, debug.exit());
    assertTrue(debug.err().contains("NoSuchFileException") && debug.err().contains("\tat "), debug.err());

    CliResult unknownOption = run("dump", "--frobnicate");
    assertEquals(2, unknownOption.exit());
  }

  /** {@code generate --auto-flush N} ends a cluster every N entries: every branch starts a basket there. */
  @Test
  void generateEndsClustersWhereAskedTo(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("dy.root");
    CliResult r = run("generate", "--sample", "dy", "--events", "3500", "--seed", "2", "--basket-size", "4096",
        "--auto-flush", "1000", "--quiet", "-o", file.toString());
    assertEquals(0, r.exit(), r.err());
    try (RootFile f = RootFile.open(file)) {
      TTree events = f.tree("Events");
      for (org.cortado.rootio.Branch b : events.branches()) {
        long[] starts = b.basketBoundaries();
        for (long e : new long[] {0, 1000, 2000, 3000, 3500}) {
          assertTrue(java.util.Arrays.binarySearch(starts, e) >= 0, b.name() + " has no basket at " + e);
        }
      }
    }
  }

  @Test
  void entryRangesReadLikePythonSlices() {
    assertEquals(new EntryRange(0, 10), EntryRange.parse("0:10", 40));
    assertEquals(new EntryRange(35, 40), EntryRange.parse("-5:", 40));
    assertEquals(new EntryRange(0, 40), EntryRange.parse(":100", 40));
    assertEquals(new EntryRange(7, 8), EntryRange.parse("7", 40));
    assertEquals(new EntryRange(40, 40), EntryRange.parse("50:60", 40));
  }
}
