package org.cortado.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.exec.fixture.DiMuon_Kernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is replaced whole or not at all: a commit keeps what Cortado does not write,
 * the states a killed commit leaves are put right by the next run, a full disk changes nothing and
 * a second writer is refused.
 */
class OutputFolderTest {
  private static final ExecutionOptions OPTIONS = ExecutionOptions.defaults().withThreads(2)
      .withPartitionEntries(10);
  private static final Params PARAMS = ParamsLoader.withDefaults().load();

  @TempDir Path tmp;

  @Test
  void aCommitReplacesCortadosFilesAndKeepsTheRest() throws IOException {
    Path out = tmp.resolve("out");
    write(out, PARAMS);
    addUserFiles(out);
    Map<String, String> before = snapshot(out);

    write(out, null);
    Map<String, String> after = snapshot(out);
    assertFalse(after.containsKey(OutputWriter.PARAMETERS), "a stale file of the previous run stays");
    assertEquals(before.get("input/datasets.json"), after.get("input/datasets.json"));
    assertEquals(before.get("notes.txt"), after.get("notes.txt"));
    assertEquals(before.get(OutputWriter.HISTOGRAMS), after.get(OutputWriter.HISTOGRAMS));
    assertEquals(List.of(out), siblings());
  }

  @Test
  void anOutputGivenThroughALinkReplacesTheFolderItPointsTo() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Files.writeString(real.resolve("notes.txt"), "mine");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    write(link, PARAMS);
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.isRegularFile(real.resolve(OutputWriter.METADATA)));
    assertTrue(Files.isRegularFile(real.resolve("notes.txt")));
    assertEquals(List.of(link, real), siblings());
  }

  @Test
  void aRunKilledBetweenTheTwoRenamesGetsThePreviousFolderBack() throws IOException {
    Path out = tmp.resolve("out");
    write(out, PARAMS);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Map<String, String> previous = snapshot(out);
    // What a run killed after moving the folder aside, before moving its own in, leaves.
    Files.move(out, tmp.resolve(".out.cortado-old"));
    Path staging = Files.createDirectories(tmp.resolve(".out.cortado-new-123/columns/DY_2018"));
    Files.writeString(staging.resolve("part-00000.parquet"), "half");

    try (OutputFolder folder = OutputFolder.open(out)) {
      assertEquals(previous, snapshot(out));
    }
    assertEquals(previous, snapshot(out));
    assertEquals(List.of(out), siblings());
  }

  @Test
  void aRunKilledWhileCarryingOverTheRestIsFinishedByTheNext() throws IOException {
    Path out = tmp.resolve("out");
    write(out, PARAMS);
    addUserFiles(out);
    Path next = tmp.resolve("next");
    write(next, null);
    Map<String, String> expected = new TreeMap<>(snapshot(next));
    expected.put("input/datasets.json", snapshot(out).get("input/datasets.json"));
    expected.put("notes.txt", snapshot(out).get("notes.txt"));
    // What a run killed after its new folder took the place, with notes.txt carried over and
    // input/ not yet, leaves.
    Path old = tmp.resolve(".out.cortado-old");
    Files.move(out, old);
    Files.move(next, out);
    Files.move(old.resolve("notes.txt"), out.resolve("notes.txt"));

    try (OutputFolder folder = OutputFolder.open(out)) {
      assertEquals(expected, snapshot(out));
    }
    assertEquals(List.of(out), siblings());
  }

  @Test
  void aSecondWriterIsRefusedWhileTheFirstHoldsTheFolder() throws IOException {
    Path out = tmp.resolve("out");
    write(out, PARAMS);
    Map<String, String> previous = snapshot(out);
    try (OutputFolder first = OutputFolder.open(out)) {
      OutputLockedException e = assertThrows(OutputLockedException.class, () -> write(out, null));
      assertTrue(e.getMessage().startsWith("the output folder " + out
          + " is being written by another cortado run (pid " + ProcessHandle.current().pid()
          + ", this process)"),
          e.getMessage());
      assertTrue(e.getMessage().contains("choose another -o"), e.getMessage());
      assertEquals(previous, snapshot(out));
    }
    assertEquals(List.of(out), siblings());
    assertEquals(0, Files.size(tmp.resolve(".out.cortado-lock")), "a released lock names no holder");
    write(out, null);
    assertNotEquals(previous, snapshot(out));
  }

  @Test
  void aFullDiskFailsClearlyAndLeavesTheFolderAsItWas() throws IOException {
    Path out = tmp.resolve("out");
    RunResult r = OutputWriterTest.run(OPTIONS);
    OutputWriter.write(out, r, PARAMS, OutputWriterTest.info(OPTIONS));
    Map<String, String> previous = snapshot(out);
    AtomicLong total = new AtomicLong();
    try (OutputFolder counting = OutputFolder.open(tmp.resolve("counted"),
        file -> total.addAndGet(Files.size(file)))) {
      OutputWriter.write(counting, r, PARAMS, OutputWriterTest.info(OPTIONS));
    }
    assertTrue(total.get() > 10_000, total + " bytes");

    // run.json's wall_seconds changes length from write to write, so the last budget falls short
    // of the whole by more than its digits can vary: it still fails on the last file written.
    for (long budget : new long[] {0, 100, total.get() / 2, total.get() - 64}) {
      for (Path target : List.of(out, tmp.resolve("new"))) {
        try (OutputFolder folder = OutputFolder.open(target, fullAfter(budget))) {
          IOException e = assertThrows(IOException.class,
              () -> OutputWriter.write(folder, r, PARAMS, OutputWriterTest.info(OPTIONS)));
          assertTrue(e.getMessage().startsWith("cannot write "), e.getMessage());
          assertTrue(e.getMessage().contains(" of the output " + target
              + ": No space left on device; the output folder is left as it was"), e.getMessage());
        }
      }
      assertEquals(previous, snapshot(out), "budget " + budget);
      assertFalse(Files.exists(tmp.resolve("new")));
      assertEquals(List.of(tmp.resolve("counted"), out), siblings());
    }
  }

  @Test
  void aFullDiskWhileARunWritesItsColumnsStopsTheRunAndChangesNothing() throws IOException {
    Path out = tmp.resolve("out");
    write(out, PARAMS);
    Map<String, String> previous = snapshot(out);
    try (OutputFolder folder = OutputFolder.open(out, fullAfter(3000))) {
      AnalysisRun run = new AnalysisRun(new DiMuon_Kernel(), PARAMS, OPTIONS, Progress.quiet())
          .withColumnSink(folder.columns());
      RuntimeException e = assertThrows(RuntimeException.class,
          () -> run.run(OutputWriterTest.datasets()));
      assertTrue(e.getMessage().contains("cannot write its columns: cannot write columns/"),
          e.getMessage());
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    }
    assertEquals(previous, snapshot(out));
    assertEquals(List.of(out), siblings());
  }

  /** Writes a complete output of the fixture run; with null {@code params}, no parameters dump. */
  private static void write(Path out, Params params) throws IOException {
    OutputWriter.write(out, OutputWriterTest.run(OPTIONS), params, OutputWriterTest.info(OPTIONS));
  }

  /** What a user keeps in an output folder besides Cortado's files. */
  private static void addUserFiles(Path out) throws IOException {
    Files.createDirectories(out.resolve("input"));
    Files.writeString(out.resolve("input/datasets.json"), "{}");
    Files.writeString(out.resolve("notes.txt"), "mine");
  }

  /** A disk that holds {@code budget} bytes: the file that overflows it is cut there and fails. */
  private static OutputFolder.Space fullAfter(long budget) {
    AtomicLong used = new AtomicLong();
    return file -> {
      long size = Files.size(file);
      long before = used.getAndAdd(size);
      if (before + size > budget) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
          ch.truncate(Math.max(0, budget - before));
        }
        throw new IOException("No space left on device");
      }
    };
  }

  /** Everything in {@code tmp} but the lock files, which stay, hidden files included, sorted. */
  private List<Path> siblings() throws IOException {
    try (Stream<Path> all = Files.list(tmp)) {
      return all.filter(p -> !p.getFileName().toString().endsWith(".cortado-lock")).sorted().toList();
    }
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    return FolderDigest.of(dir);
  }
}
