package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded mutation testing of RNTuple metadata, the RNTuple part of {@link MetadataMutationTest}. Every
 * envelope is checksummed, so a raw mutation only trips a checksum; to reach the structure, the header,
 * footer and page-list envelopes are decompressed and stored uncompressed at the end of the file (the
 * anchor and the footer's locators repointed there), then one of them, or the anchor, is mutated (bit
 * flips, bytes, and boundary integers anywhere: sizes, counts, offsets, ids, column types) and its checksum
 * recomputed. Raw mutations of the original file follow, which checksums must catch. Every mutant must fail
 * with a {@link RootFormatException} naming the file, or read every field to the end without another
 * exception (a metadata mutant may change values: a changed range or type is still a valid RNTuple); raw
 * mutants must fail cleanly or read the same values. The fixtures are those whose anchor is stored
 * uncompressed (ROOT 6.35), so that the test can find and repoint it. Runs with the 256 MiB heap of the small-heap surefire
 * execution, so an allocation sized from a lying field fails it. {@code -Dcortado.fuzz.mutants=N} changes
 * the number of mutants per fixture.
 */
@Tag("small-heap")
class RNTupleMutationTest {
  private static final int MUTANTS = Integer.getInteger("cortado.fuzz.mutants", 2400) / 8;
  private static final long SEED = Long.getLong("cortado.fuzz.seed", 17);
  private static final long TIME_LIMIT_MS = 20_000;
  private static final byte[] ANCHOR_START = {0x40, 0, 0, 0x42, 0, 2, 0, 1};
  private static final long[] BOUNDARIES = {0, 1, -1, 2, 7, 8, 16, 255, 0x7FFF, 0xFFFF, 0x7FFFFFFFL, 0x80000000L,
      0xFFFFFFFFL, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE};

  @TempDir static Path tmp;
  private static ExecutorService worker;

  @BeforeAll
  static void start() {
    worker = newWorker();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "rntuple-mutant-reader");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void stop() {
    worker.shutdownNow();
  }

  /** A region of the twin file that a mutant changes: where it is and how its checksum is recomputed. */
  private record Region(String name, int at, int length, boolean anchor) {}

  @ParameterizedTest
  @ValueSource(strings = {"Run2012BC_DoubleMuParked_Muons_1000evts_rntuple_v1-0-0-0.root",
      "test_multiple_cluster_groups_rntuple_v1-0-0-0.root", "ntpl001_staff_rntuple_v1-0-0-0.root",
      "test_extension_columns_rntuple_v1-0-0-0.root", "test_float_types_rntuple_v1-0-0-0.root",
      "test_stl_containers_rntuple_v1-0-0-0.root", "test_multiple_representations_rntuple_v1-0-0-0.root",
      "test_index_multicluster_rntuple_v1-0-0-0.root"})
  void mutantsFailCleanlyOrReadToTheEnd(String fixture) throws Exception {
    Path path = SharedData.data("skhep/" + fixture);
    byte[] original = Files.readAllBytes(path);
    Map<String, String> truth = readAll(path);
    List<Region> regions = new ArrayList<>();
    byte[] twin = uncompressedTwin(original, regions);
    assertEquals(truth, readAll(Files.write(tmp.resolve("twin-" + fixture), twin)),
        fixture + ": the twin with uncompressed envelopes reads differently");
    long seed = SEED * 1_000_003L + fixture.hashCode();
    int clean = 0;
    int read = 0;
    List<String> others = new ArrayList<>();
    for (int m = 0; m < MUTANTS; m++) {
      Random random = new Random(seed ^ (m * 0x9E3779B97F4A7C15L));
      Region region = regions.get(random.nextInt(regions.size()));
      byte[] bytes = twin.clone();
      String ops = mutate(bytes, region, random);
      reseal(bytes, region);
      String what = fixture + " metadata mutant " + m + " (seed " + seed + ", " + region.name() + ": " + ops + ")";
      String verdict = judge(bytes, fixture, null, what);
      if (verdict == null) {
        clean++;
      } else if (verdict.equals("read")) {
        read++;
      } else {
        others.add(verdict);
      }
    }
    for (int m = 0; m < MUTANTS / 4; m++) {
      Random random = new Random(~seed ^ (m * 0x9E3779B97F4A7C15L));
      byte[] bytes = original.clone();
      int at = random.nextInt(bytes.length);
      bytes[at] ^= (byte) (1 << random.nextInt(8));
      String what = fixture + " raw mutant " + m + " (bit flip at " + at + ")";
      String verdict = judge(bytes, fixture, truth, what);
      if (verdict != null && !verdict.equals("read")) {
        others.add(verdict);
      }
    }
    System.out.printf("%s: %d metadata mutants, %d clean errors, %d read to the end, %d other%n", fixture, MUTANTS,
        clean, read, others.size());
    assertTrue(others.isEmpty(), others.size() + " mutants neither failed cleanly nor read to the end:\n"
        + String.join("\n", others.subList(0, Math.min(20, others.size()))));
    assertTrue(clean > MUTANTS / 4, fixture + ": only " + clean + " of " + MUTANTS
        + " mutants were rejected; the mutations are not reaching the structure");
  }

  /**
   * Returns null for a clean error naming the file, "read" for a complete read (with the values of
   * {@code expected}, if given), else what went wrong.
   */
  private static String judge(byte[] bytes, String fixture, Map<String, String> expected, String what)
      throws Exception {
    Path file = Files.write(tmp.resolve("mutant-" + fixture), bytes);
    Future<String> future = worker.submit(() -> {
      try {
        Map<String, String> got = expected == null ? readAll(file)
            : readAll(file, expected.keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().toList());
        return expected == null || expected.equals(got) ? "read" : what + ": reads different values";
      } catch (RootFormatException e) {
        return String.valueOf(e.getMessage()).contains(file.toString()) ? null
            : what + ": message without the file name: " + e.getMessage();
      } catch (Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return what + ": " + trace.toString().lines().limit(8).reduce((a, b) -> a + "\n" + b).orElse("");
      }
    });
    try {
      return future.get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // A runaway read may ignore the interrupt; the next mutants get a fresh thread.
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return what + ": did not finish within " + TIME_LIMIT_MS + " ms";
    } catch (ExecutionException e) {
      return what + ": " + e.getCause();
    }
  }

  /** The digest of every readable field of every RNTuple, keyed by RNTuple and field. */
  private static Map<String, String> readAll(Path file) throws IOException {
    return readAll(file, null);
  }

  /**
   * The same for the RNTuples of these names (or all, if null): a raw mutant is asked for the original's
   * RNTuples, as a user would, because key names and classes are not checksummed.
   */
  private static Map<String, String> readAll(Path file, List<String> names) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (RootFile root = RootFile.open(file)) {
      for (String name : names == null ? root.rntupleNames() : names) {
        RNTuple ntuple = root.rntuple(name);
        for (RNTupleField f : ntuple.fields()) {
          if (f.unsupportedReason() == null) {
            out.put(name + "/" + f.name(), RNTupleTruthTest.digest(f));
          }
        }
      }
    }
    return out;
  }

  private static String mutate(byte[] bytes, Region region, Random random) {
    // The checksum at a region's end is recomputed, so mutate only what it covers.
    int span = region.length() - (region.anchor() ? 0 : 8);
    int at = region.at() + random.nextInt(span);
    switch (random.nextInt(4)) {
      case 0 -> {
        int bit = random.nextInt(8);
        bytes[at] ^= (byte) (1 << bit);
        return "flip bit " + bit + " at +" + (at - region.at());
      }
      case 1 -> {
        byte b = (byte) random.nextInt(256);
        bytes[at] = b;
        return "byte " + (b & 0xFF) + " at +" + (at - region.at());
      }
      default -> {
        int width = random.nextBoolean() ? 4 : 8;
        // Integers in envelopes sit on no particular alignment; the anchor's are 8-byte big-endian.
        int offset = region.anchor() ? 8 * random.nextInt(span / 8) : random.nextInt(Math.max(1, span - width));
        int pos = region.at() + offset;
        long value = random.nextInt(3) == 0 ? random.nextLong() : BOUNDARIES[random.nextInt(BOUNDARIES.length)];
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(region.anchor() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        if (width == 4) {
          buffer.putInt(pos, (int) value);
        } else {
          buffer.putLong(pos, value);
        }
        return width + "-byte " + value + " at +" + offset;
      }
    }
  }

  /** Recomputes the checksum of a mutated region: after the anchor's fields, or at an envelope's end. */
  private static void reseal(byte[] bytes, Region region) {
    if (region.anchor()) {
      ByteBuffer.wrap(bytes).putLong(region.at() + region.length(), Xxh3.hash(bytes, region.at(), region.length()));
    } else {
      int end = region.at() + region.length() - 8;
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(end, Xxh3.hash(bytes, region.at(), end - region.at()));
    }
  }

  /**
   * The file with its first RNTuple's header, page lists and footer appended uncompressed, and its anchor
   * and footer pointing at them; fills {@code regions} with the anchor and the appended envelopes.
   */
  private static byte[] uncompressedTwin(byte[] original, List<Region> regions) throws IOException {
    int anchorAt = indexOf(original, ANCHOR_START) + 6;
    ByteBuffer anchor = ByteBuffer.wrap(original, anchorAt, 64).slice();
    byte[] header = envelope(original, anchor.getLong(8), anchor.getLong(16), anchor.getLong(24));
    byte[] footer = envelope(original, anchor.getLong(32), anchor.getLong(40), anchor.getLong(48));
    // Footer: type and length, feature flags, header checksum, schema extension frame, cluster groups.
    ByteBuffer f = ByteBuffer.wrap(footer).order(ByteOrder.LITTLE_ENDIAN);
    int pos = 24;
    pos += (int) f.getLong(pos);
    int groups = f.getInt(pos + 8);
    pos += 12;
    List<Integer> links = new ArrayList<>();
    List<byte[]> pageLists = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      int next = pos + (int) f.getLong(pos);
      int link = pos + 8 + 8 + 8 + 4; // frame size, minimum entry, entry span, cluster count
      links.add(link);
      long length = f.getLong(link);
      pageLists.add(envelope(original, f.getLong(link + 12), f.getInt(link + 8), length));
      pos = next;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(original);
    ByteBuffer twinAnchor = ByteBuffer.wrap(original.clone(), anchorAt, 64).slice();
    regions.add(new Region("anchor", anchorAt, 64, true));
    twinAnchor.putLong(8, out.size()).putLong(16, header.length);
    regions.add(new Region("header", out.size(), header.length, false));
    out.write(header);
    for (int g = 0; g < groups; g++) {
      f.putInt(links.get(g) + 8, pageLists.get(g).length).putLong(links.get(g) + 12, out.size());
      regions.add(new Region("page list " + g, out.size(), pageLists.get(g).length, false));
      out.write(pageLists.get(g));
    }
    twinAnchor.putLong(32, out.size()).putLong(40, footer.length);
    regions.add(new Region("footer", out.size(), footer.length, false));
    out.write(footer);
    byte[] twin = out.toByteArray();
    System.arraycopy(twinAnchor.array(), anchorAt, twin, anchorAt, 64);
    for (Region r : regions) {
      reseal(twin, r);
    }
    return twin;
  }

  private static byte[] envelope(byte[] file, long seek, long nbytes, long length) throws RootFormatException {
    byte[] raw = Arrays.copyOfRange(file, (int) seek, (int) (seek + nbytes));
    if (nbytes == length) {
      return raw;
    }
    byte[] out = new byte[(int) length];
    try (Decompressor d = new Decompressor()) {
      d.decompress(raw, 0, raw.length, out, 0, out.length, "test");
    }
    return out;
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("no RNTuple anchor found");
  }
}
