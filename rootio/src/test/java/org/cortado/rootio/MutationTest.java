package org.cortado.rootio;

import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded, bounded mutation testing of the reader: thousands of copies of real fixtures with a flipped
 * bit, a random byte, a 4-byte field set to an extreme value, or a truncation. Reading every branch of
 * every mutant must either fail with a {@link RootFormatException} (or another {@link IOException})
 * or return exactly the original values, never hang, never allocate more than a bound, and never
 * throw anything else. The one place a changed value cannot be detected is a stored byte that no
 * checksum covers: the data of uncompressed baskets and of ZSTD baskets (ROOT writes ZSTD frames
 * without a checksum). Mutations there may change values but must not change any shape.
 */
class MutationTest {
  private static final long ALLOCATION_LIMIT = 64L << 20;
  private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

  @TempDir static Path tmp;
  private static ExecutorService worker;

  @BeforeAll
  static void start() {
    worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "mutant-reader");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void stop() {
    worker.shutdownNow();
  }

  /** What a file reads as: per tree and branch, its name, type and rows. */
  private record Snapshot(Map<String, List<BranchValues>> trees) {}

  private record BranchValues(String name, LeafType type, boolean jagged, List<List<Long>> rows) {}

  private static Snapshot read(Path file) throws IOException {
    Map<String, List<BranchValues>> trees = new LinkedHashMap<>();
    try (RootFile f = RootFile.open(file)) {
      for (String name : f.treeNames()) {
        TTree t = f.tree(name);
        List<BranchValues> values = new ArrayList<>();
        for (Branch b : t.branches()) {
          if (b.type() != null && b.type() != LeafType.STRING) {
            values.add(new BranchValues(b.name(), b.type(), b.isJagged(), BranchEntries.read(b)));
          }
        }
        trees.put(name, values);
      }
    }
    return new Snapshot(trees);
  }

  /** Byte ranges whose corruption no checksum can reveal: payloads of raw and ZSTD baskets. */
  static List<long[]> uncheckedRegions(Path file) throws IOException {
    List<long[]> regions = new ArrayList<>();
    try (RootFile f = RootFile.open(file)) {
      for (String name : f.treeNames()) {
        for (Branch b : f.tree(name).branches()) {
          for (int i = 0; i < b.basketCount(); i++) {
            long seek = b.basketSeek(i);
            if (seek == 0) {
              continue;
            }
            int stored = b.basketStoredBytes(i);
            byte[] raw = f.readAt(seek, stored, "regions");
            Key key = Key.read(ByteReader.of(raw, "regions"));
            boolean zstd = key.isCompressed() && raw[key.keyLength()] == 'Z' && raw[key.keyLength() + 1] == 'S';
            if (!key.isCompressed() || zstd) {
              regions.add(new long[] {seek + key.keyLength(), seek + stored});
            }
          }
        }
      }
    }
    return regions;
  }

  @ParameterizedTest
  @CsvSource({
    "uproot-issue21.root, 500, 11",
    "uproot-small-dy-nooffsets.root, 600, 12",
    "uproot-sample-6.20.04-lz4.root, 600, 13",
    "uproot-Zmumu-zstd.root, 500, 14",
    "nano_dy.root, 400, 15",
    // std::vector branches: entries found through the basket offsets and the vectors' headers
    "skhep/uproot-HZZ-objects.root, 300, 16",
  })
  void mutantsFailCleanlyOrReadTheSameValues(String fixture, int mutants, long seed) throws Exception {
    Path source = fixture.contains("/") ? SharedData.data(fixture) : SharedData.root(fixture);
    byte[] original = Files.readAllBytes(source);
    Snapshot truth = read(source);
    List<long[]> unchecked = uncheckedRegions(source);
    Random random = new Random(seed);
    Path mutantPath = tmp.resolve("mutant-" + Path.of(fixture).getFileName());
    int failedCleanly = 0;
    int readSame = 0;
    int readChanged = 0;
    for (int m = 0; m < mutants; m++) {
      byte[] bytes = original.clone();
      String description = mutate(bytes, random);
      int position = Integer.parseInt(description.substring(description.lastIndexOf('@') + 1));
      Files.write(mutantPath, description.startsWith("truncated") ? Arrays.copyOf(bytes, position) : bytes);
      Outcome outcome = readBounded(mutantPath, fixture + " mutant " + m + " (" + description + ")");
      if (outcome.error() != null) {
        failedCleanly++;
        continue;
      }
      boolean inUnchecked = unchecked.stream().anyMatch(r -> position >= r[0] && position < r[1]);
      if (compare(truth, outcome.snapshot(), inUnchecked, fixture + " mutant " + m + " (" + description + ")")) {
        readSame++;
      } else {
        readChanged++;
      }
    }
    assertEquals(mutants, failedCleanly + readSame + readChanged);
    System.out.printf("%s: %d mutants, %d rejected with a clear error, %d read identically, %d changed unchecked data%n",
        fixture, mutants, failedCleanly, readSame, readChanged);
    assertTrue(failedCleanly > mutants / 20, fixture + ": only " + failedCleanly + " of " + mutants
        + " mutants were rejected; the mutations are not reaching the structure");
  }

  private record Outcome(Snapshot snapshot, IOException error) {}

  private static Outcome readBounded(Path file, String what) throws Exception {
    Future<Outcome> future = worker.submit(() -> {
      com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long before = threads.getCurrentThreadAllocatedBytes();
      Outcome outcome;
      try {
        outcome = new Outcome(read(file), null);
      } catch (IOException e) {
        assertTrue(e.getMessage() != null && e.getMessage().contains(file.getFileName().toString()),
            what + ": error does not name the file: " + e.getMessage());
        outcome = new Outcome(null, e);
      }
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      assertTrue(allocated < ALLOCATION_LIMIT, what + ": allocated " + allocated + " bytes");
      return outcome;
    });
    try {
      return future.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      fail(what + ": reading did not finish within " + TIME_LIMIT);
      return null;
    } catch (ExecutionException e) {
      throw new AssertionError(what + ": unexpected " + e.getCause(), e.getCause());
    }
  }

  /**
   * True if the mutant reads exactly like the original. Branches whose name or type the mutation
   * changed are reported as such by the reader and are not compared; values may differ only in the
   * data bytes no checksum covers, and even there the shape may not.
   */
  private static boolean compare(Snapshot truth, Snapshot mutant, boolean inUnchecked, String what) {
    boolean same = true;
    for (Map.Entry<String, List<BranchValues>> tree : truth.trees().entrySet()) {
      List<BranchValues> got = mutant.trees().get(tree.getKey());
      if (got == null) {
        same = false;
        continue;
      }
      for (BranchValues want : tree.getValue()) {
        BranchValues have = got.stream().filter(b -> b.name().equals(want.name())).findFirst().orElse(null);
        if (have == null || have.type() != want.type() || have.jagged() != want.jagged()) {
          same = false;
          continue;
        }
        if (have.rows().equals(want.rows())) {
          continue;
        }
        same = false;
        if (!inUnchecked) {
          fail(what + ": branch " + want.name() + " silently reads different values");
        }
        assertEquals(shape(want.rows()), shape(have.rows()), what + ": branch " + want.name() + " changed shape");
      }
    }
    return same;
  }

  private static List<Integer> shape(List<List<Long>> rows) {
    return rows.stream().map(List::size).toList();
  }

  private static String mutate(byte[] bytes, Random random) {
    int kind = random.nextInt(10);
    // Half of the mutations target the first and last 8 kB, where headers, directories and the
    // tree metadata of these files live; the rest land anywhere.
    int span = Math.min(bytes.length, 8192);
    int position = random.nextBoolean() ? random.nextInt(bytes.length)
        : (random.nextBoolean() ? random.nextInt(span) : bytes.length - 1 - random.nextInt(span));
    if (kind < 5) {
      bytes[position] ^= (byte) (1 << random.nextInt(8));
      return "bit flip@" + position;
    }
    if (kind < 7) {
      bytes[position] = (byte) random.nextInt(256);
      return "random byte@" + position;
    }
    if (kind < 9) {
      int at = Math.min(position, bytes.length - 4);
      int[] extremes = {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x40000000 | random.nextInt(1 << 20), random.nextInt()};
      ByteBuffer.wrap(bytes).putInt(at, extremes[random.nextInt(extremes.length)]);
      return "int field@" + at;
    }
    return "truncated@" + position;
  }
}
