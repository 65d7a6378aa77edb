package org.cortado.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.cortado.rootio.Branch;
import org.cortado.rootio.RootFile;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.ChunkKernel;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema drift, unreadable files and corrupt baskets: clear messages, retries and skipping. */
class AnalysisRunFailureTest {
  @TempDir Path tmp;

  private static final ExecutionOptions ONE_THREAD = ExecutionOptions.defaults().withThreads(1);

  @Test
  void aMissingBranchNamesDatasetFileAndBranch() {
    Dataset old = Fixtures.of("OldNano", true, SharedData.root("nano_tree.root"));
    SchemaMismatchException e = assertThrows(SchemaMismatchException.class,
        () -> Fixtures.run(ONE_THREAD, old));
    assertTrue(e.getMessage().contains("dataset 'OldNano'"), e.getMessage());
    assertTrue(e.getMessage().contains("nano_tree.root"), e.getMessage());
    assertTrue(e.getMessage().contains("no branch 'Muon_looseId'"), e.getMessage());
    assertTrue(e.getMessage().contains("compiled against"), e.getMessage());
  }

  @Test
  void aBranchOfAnotherTypeNamesBothTypes() {
    ChunkKernel readsPtAsInt = singleColumnKernel();
    Dataset dy = Fixtures.dy(1);
    SchemaMismatchException e = assertThrows(SchemaMismatchException.class,
        () -> new AnalysisRun(readsPtAsInt, Fixtures.params(), ONE_THREAD, Progress.quiet()).run(List.of(dy)));
    assertTrue(e.getMessage().contains("dataset 'DYJetsToLL_M-50_2018'"), e.getMessage());
    assertTrue(e.getMessage().contains("branch 'Muon_pt' is a float[], not a int[]"), e.getMessage());
    assertTrue(e.getMessage().contains("the file stores Float_t"), e.getMessage());
  }

  @Test
  void anUnreadableFileStopsTheRunUnlessSkipped() throws IOException {
    Path truncated = tmp.resolve("truncated.root");
    byte[] bytes = Files.readAllBytes(SharedData.root("nano_dy.root"));
    Files.write(truncated, java.util.Arrays.copyOf(bytes, 2000));
    Dataset d = Fixtures.of("Broken", true, SharedData.root("nano_dy.root"), truncated);
    WorkFailedException e = assertThrows(WorkFailedException.class, () -> Fixtures.run(ONE_THREAD, d));
    assertTrue(e.getMessage().startsWith("dataset 'Broken', file " + truncated), e.getMessage());
    assertTrue(e.getMessage().contains("--skip-bad-files"), e.getMessage());

    RunResult skipped = Fixtures.run(ONE_THREAD.withSkipBadFiles(true), d);
    assertEquals(40, skipped.events());
    assertEquals(1, skipped.failures().size());
    Failure f = skipped.failures().get(0);
    assertEquals(truncated.toString(), f.file());
    assertNull(f.range());
  }

  @Test
  void aCorruptBasketIsRetriedThenRecorded() throws IOException {
    Path corrupt = tmp.resolve("corrupt.root");
    Files.copy(SharedData.root("nano_dy.root"), corrupt);
    long seek;
    int bytes;
    try (RootFile root = RootFile.open(corrupt)) {
      Branch pt = root.tree("Events").branch("Muon_pt");
      seek = pt.basketSeek(0);
      bytes = pt.basketStoredBytes(0);
    }
    try (FileChannel ch = FileChannel.open(corrupt, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}), seek + bytes - 16);
    }
    Dataset d = Fixtures.of("Corrupt", true, corrupt, SharedData.root("nano_dy.root"));
    for (int threads : new int[] {1, 2}) {
      RunResult r = Fixtures.run(ONE_THREAD.withThreads(threads).withSkipBadFiles(true), d);
      assertEquals(40, r.events());
      assertEquals(1, r.failures().size());
      Failure f = r.failures().get(0);
      assertEquals(new Span(0, 40), f.range());
      assertTrue(f.message().contains("failed 2 times"), f.message());
      assertTrue(f.message().startsWith("dataset 'Corrupt', file " + corrupt), f.message());
    }
    WorkFailedException e = assertThrows(WorkFailedException.class,
        () -> Fixtures.run(ONE_THREAD.withThreads(2), d));
    assertTrue(e.getMessage().contains("entries [0, 40)"), e.getMessage());
  }

  /** A kernel compiled against a schema where {@code Muon_pt} was an int: the schema drifted. */
  private static ChunkKernel singleColumnKernel() {
    return new MuonPtKernel("drift", c -> c.size() + c.ints("Muon_pt").length * 0L);
  }
}
