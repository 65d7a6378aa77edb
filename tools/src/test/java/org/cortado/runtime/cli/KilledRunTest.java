package org.cortado.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.output.FolderDigest;
import org.cortado.runtime.output.OutputFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cortado run} killed with SIGKILL ({@link Process#destroyForcibly}) at seeded random
 * moments, in a child JVM on this test's class path: the output folder is the previous complete
 * one (or absent, if the kill fell between the two renames of the commit), and the next run cleans
 * up and writes the same results. A run's lock on its folder refuses a second run and dies with its
 * process.
 */
class KilledRunTest {
  private static final String ANALYSIS = "org.cortado.runtime.exec.fixture.DiMuon";
  /** Enough events for a child run to take about a second. */
  private static final long EVENTS = 60_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path inputs;
  private static Path datasets;
  @TempDir Path tmp;

  @BeforeAll
  static void generate() throws IOException {
    Path file = NanoGenerator.generate(Sample.DY, EVENTS, 5, WriteOptions.of(Compression.LZ4, 1),
        inputs.resolve("dy.root"), n -> { }).file();
    datasets = inputs.resolve("datasets.json");
    CliResult r = CliResult.run("datasets", "--glob", file.toString(), "--name", "DY_2018",
        "--sample", "DYJetsToLL", "--year", "2018", "--mc", "--xsec", "6077.22", "-o",
        datasets.toString());
    assertEquals(0, r.exit(), r.err());
  }

  private static String[] runArgs(Path out) {
    return new String[] {"run", "--analysis", ANALYSIS, "--datasets", datasets.toString(), "-o",
        out.toString(), "--threads", "1", "--chunk-size", "10000", "-q"};
  }

  @Test
  void aRunKilledAtAnyMomentLeavesThePreviousOutputAndTheNextRunSucceeds() throws Exception {
    Path out = tmp.resolve("out");
    CliResult first = CliResult.run(runArgs(out));
    assertEquals(0, first.exit(), first.err());
    Map<String, String> previous = snapshot(out);
    assertTrue(previous.keySet().stream().anyMatch(f -> f.startsWith("columns/")), previous.toString());

    // One child run to the end: it works, and its duration spreads the kills over a whole run.
    long started = System.nanoTime();
    Process whole = child(KilledRunTest.class.getPackageName() + ".CortadoCli", runArgs(out));
    assertEquals(0, whole.waitFor(), log());
    long runMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
    assertComplete(previous, out);

    // Seeded delays, one in each quarter of a run (warm runs are faster: up to 80 % of the first).
    Random random = new Random(20261207);
    List<String> outcomes = new ArrayList<>();
    int kills = 4;
    for (int k = 0; k < kills; k++) {
      Process p = child(KilledRunTest.class.getPackageName() + ".CortadoCli", runArgs(out));
      Thread.sleep((long) ((k + random.nextDouble()) / kills * 0.8 * runMillis));
      p.destroyForcibly();
      int exit = p.waitFor();
      try (Stream<Path> left = Files.list(tmp)) {
        outcomes.add("exit " + exit + ", beside: " + left.map(Path::getFileName).toList());
      }
      if (Files.exists(out)) {
        assertComplete(previous, out);
      }
    }
    System.out.println("KilledRunTest: a whole run took " + runMillis + " ms; kills: " + outcomes);

    CliResult again = CliResult.run(runArgs(out));
    assertEquals(0, again.exit(), again.err());
    assertComplete(previous, out);
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(out), left.filter(p -> !p.getFileName().toString().endsWith(".cortado-lock"))
          .toList(), "leftovers of killed runs are cleaned up");
    }
  }

  @Test
  void aLiveRunRefusesASecondOneAndItsLockDiesWithIt() throws Exception {
    Path out = tmp.resolve("out");
    Process holder = child(Holder.class.getName(), out.toString());
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = lines.readLine(); // past any JVM warnings
      } while (line != null && !line.equals("locked"));
      assertEquals("locked", line, "the child ended before it took the folder");
      CliResult second = CliResult.run(runArgs(out));
      assertEquals(1, second.exit(), second.out());
      assertTrue(second.err().startsWith("cortado run: the output folder " + out
          + " is being written by another cortado run (pid " + holder.pid() + " since "),
          second.err());
    } finally {
      holder.destroyForcibly();
      holder.waitFor();
    }
    CliResult third = CliResult.run(runArgs(out));
    assertEquals(0, third.exit(), third.err());
    assertTrue(Files.isRegularFile(out.resolve("run.json")));
  }

  /**
   * Holds an output folder (its path the one argument) until killed, or until its standard input
   * closes, so that it never outlives a test JVM that died.
   */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      try (OutputFolder folder = OutputFolder.open(Path.of(args[0]))) {
        System.out.println("locked");
        System.out.flush();
        while (System.in.read() >= 0) {
          continue;
        }
      }
    }
  }

  /** A JVM running {@code mainClass} on this test's class path, with this JVM's module flags. */
  private Process child(String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--")) {
        command.add(a);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (!mainClass.equals(Holder.class.getName())) {
      pb.redirectOutput(inputs.resolve("child.log").toFile());
    }
    return pb.start();
  }

  private static String log() throws IOException {
    return Files.readString(inputs.resolve("child.log"));
  }

  /** {@code out} holds a complete run of the same inputs: the same files but for its run.json. */
  private static void assertComplete(Map<String, String> previous, Path out) throws IOException {
    Map<String, String> now = snapshot(out);
    Map<String, String> expected = new TreeMap<>(previous);
    expected.remove("run.json");
    assertTrue(now.containsKey("run.json"), now.keySet().toString());
    now.remove("run.json");
    assertEquals(expected, now);
    JsonNode run = JSON.readTree(Files.readString(out.resolve("run.json")));
    assertEquals(EVENTS, run.get("events").asLong());
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    return FolderDigest.of(dir);
  }
}
