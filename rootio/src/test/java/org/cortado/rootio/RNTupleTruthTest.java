package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Reads every field of every RNTuple in scikit-hep-testdata ({@code ../shared/data/skhep/*rntuple*.root})
 * and in the committed {@code rntuple/dy150_*.root} (ROOT 6.40, every compression, one with many small
 * pages and clusters), and compares it with what uproot 5 reads, through the digests of {@code rntuple-truth.json.gz} (written
 * by {@code make_rntuple_truth.py}, which documents the digest). A field either equals uproot's values or
 * throws a {@link RootFormatException} naming the file, the field and its type; it is never read
 * differently.
 */
class RNTupleTruthTest {
  private static final long CANONICAL_NAN = 0x7ff8000000000000L;
  /**
   * Number and string fields read equal to uproot when this test was written: all of them. A change that
   * reads fewer fails.
   */
  private static final int MATCHED_AT_LEAST = 2_365 + 6 * 155;
  /** Entries read per call, so that the 10^8-entry file is digested in bounded memory. */
  private static final int CHUNK = 1 << 20;

  /** Tallies per uproot kind: matched, unsupported with a clear error. */
  private final Map<String, int[]> tally = new TreeMap<>();
  private final List<String> mismatches = new ArrayList<>();

  @Test
  void everyFieldUprootReadsIsReadEqualOrRefusedClearly() throws IOException {
    Path corpus = SharedData.dir().resolve("data").resolve("skhep");
    assumeTrue(Files.isDirectory(corpus), "skipped: " + corpus + " is absent (the ../shared folder is not beside the project)");
    JsonNode truth;
    try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("rntuple-truth.json.gz"))) {
      truth = new ObjectMapper().readTree(in).get("files");
    }
    int files = 0;
    for (Map.Entry<String, JsonNode> file : truth.properties()) {
      Path path = file.getKey().startsWith("dy150_") ? committed(file.getKey()) : corpus.resolve(file.getKey());
      if (!Files.isRegularFile(path)) {
        continue;
      }
      files++;
      try (RootFile root = RootFile.open(path)) {
        assertEquals(List.copyOf(iterable(file.getValue().fieldNames())), root.rntupleNames(), path.toString());
        for (Map.Entry<String, JsonNode> ntuple : file.getValue().properties()) {
          check(root, root.rntuple(ntuple.getKey()), ntuple.getValue());
        }
      }
    }
    int matched = 0;
    int unsupported = 0;
    StringBuilder table = new StringBuilder("RNTuple fields in " + files + " files, by uproot kind: matched / "
        + "unsupported / total (an empty record has no values; it matches if Cortado lists nothing under it)\n");
    for (Map.Entry<String, int[]> e : tally.entrySet()) {
      int[] t = e.getValue();
      table.append(String.format("  %-14s %5d / %5d / %5d%n", e.getKey(), t[0], t[1], t[0] + t[1]));
      matched += t[0];
      unsupported += t[1];
    }
    table.append(String.format("  %-14s %5d / %5d / %5d%n", "all", matched, unsupported, matched + unsupported));
    System.out.println(table);
    assertTrue(mismatches.isEmpty(), mismatches.size() + " fields read differently from uproot:\n"
        + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
    assertTrue(matched >= MATCHED_AT_LEAST, matched + " fields matched, fewer than " + MATCHED_AT_LEAST);
  }

  static Path committed(String name) {
    try {
      return Path.of(RNTupleTruthTest.class.getResource("rntuple/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reading entries in ranges that start and end anywhere, across pages and clusters, gives the same
   * offsets and values as reading them all at once.
   */
  @Test
  void rangesAcrossPagesAndClustersReadLikeTheWhole() throws IOException {
    try (RootFile root = RootFile.open(committed("dy150_zstd_smallpages.root"))) {
      RNTuple ntuple = root.rntuple("Events");
      assertTrue(ntuple.clusterCount() > 5, "the fixture should have many clusters");
      java.util.Random random = new java.util.Random(5);
      for (RNTupleField f : ntuple.fields()) {
        long n = f.entries();
        int[] allOffsets = new int[(int) n + 1];
        f.readOffsets(0, n, allOffsets);
        double[] all = new double[(int) f.countElements(0, n)];
        readAsDoubles(f, 0, n, all);
        for (long start = 0; start < n; ) {
          long stop = Math.min(n, start + 1 + random.nextInt(40));
          int[] offsets = new int[(int) (stop - start) + 1];
          f.readOffsets(start, stop, offsets);
          double[] part = new double[(int) f.countElements(start, stop)];
          assertEquals(part.length, readAsDoubles(f, start, stop, part), f.name());
          int base = allOffsets[(int) start];
          for (int i = 0; i < offsets.length; i++) {
            assertEquals(allOffsets[(int) start + i] - base, offsets[i], f.name() + " offsets of [" + start + ", " + stop + ")");
          }
          assertArrayEquals(java.util.Arrays.copyOfRange(all, base, base + part.length), part,
              f.name() + " values of [" + start + ", " + stop + ")");
          start = stop;
        }
      }
    }
  }

  private static int readAsDoubles(RNTupleField f, long start, long stop, double[] dst) throws IOException {
    if (f.type() != LeafType.BOOL) {
      return f.readDoubles(start, stop, dst);
    }
    boolean[] b = new boolean[dst.length];
    int n = f.readBooleans(start, stop, b);
    for (int i = 0; i < n; i++) {
      dst[i] = b[i] ? 1 : 0;
    }
    return n;
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private void check(RootFile root, RNTuple ntuple, JsonNode rows) throws IOException {
    for (JsonNode row : rows) {
      String name = row.get(0).asText();
      String kind = row.get(1).asText();
      if (row.size() < 5) {
        checkRefused(root, ntuple, name, kind);
        continue;
      }
      RNTupleField field;
      try {
        field = ntuple.field(name);
      } catch (RootFormatException e) {
        mismatches.add(root.path().getFileName() + " " + ntuple.name() + ": no field " + name + " (" + e.getMessage() + ")");
        continue;
      }
      if (row.get(2).asLong() != field.entries()) {
        mismatches.add(where(root, ntuple, name) + ": " + field.entries() + " entries, uproot " + row.get(2).asLong());
        continue;
      }
      String digest;
      try {
        digest = digest(field);
      } catch (RootFormatException e) {
        assertNames(e, root, name);
        count(kind, false);
        continue;
      }
      if (digest.equals(row.get(4).asText())) {
        count(kind, true);
      } else {
        mismatches.add(where(root, ntuple, name) + " (" + field.typeName() + ", " + field.type() + "): digest " + digest
            + ", uproot " + row.get(4).asText());
      }
    }
  }

  /**
   * What uproot reads as neither numbers nor strings must be refused clearly (unions) or have no fields
   * under its name (empty records).
   */
  private void checkRefused(RootFile root, RNTuple ntuple, String name, String kind) {
    boolean refused = true;
    boolean listed = false;
    for (RNTupleField f : ntuple.fields()) {
      if (f.name().equals(name) || f.name().startsWith(name + ".")) {
        listed = true;
        try {
          f.countElements(0, Math.min(1, f.entries()));
          refused = false;
        } catch (RootFormatException e) {
          assertNames(e, root, f.name());
        } catch (IOException e) {
          refused = false;
        }
      }
    }
    if (!refused) {
      mismatches.add(where(root, ntuple, name) + ": uproot reads " + kind + ", Cortado reads values");
    }
    count(kind, kind.equals("empty record") && !listed);
  }

  private static String where(RootFile root, RNTuple ntuple, String name) {
    return root.path().getFileName() + " " + ntuple.name() + " " + name;
  }

  private void count(String kind, boolean matched) {
    tally.computeIfAbsent(kind, k -> new int[2])[matched ? 0 : 1]++;
  }

  private static void assertNames(RootFormatException e, RootFile root, String field) {
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains(root.path().getFileName().toString()), "no file name in: " + message);
    assertTrue(message.contains("'" + field + "'"), "no field name in: " + message);
  }

  /** The digest make_rntuple_truth.py computes, from what Cortado reads, chunk by chunk. */
  static String digest(RNTupleField f) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    long entries = f.entries();
    // First the per-entry value counts of all entries, then all values, as the script hashes them.
    for (long e = 0; e < entries; e += CHUNK) {
      long stop = Math.min(entries, e + CHUNK);
      int n = (int) (stop - e);
      int[] offsets = new int[n + 1];
      f.readOffsets(e, stop, offsets);
      ByteBuffer counts = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
      if (f.type() == LeafType.STRING) {
        int[] chars = f.readStrings(e, stop).offsets();
        for (int i = 0; i < n; i++) {
          counts.putLong(chars[offsets[i + 1]] - chars[offsets[i]]);
        }
      } else {
        for (int i = 0; i < n; i++) {
          counts.putLong(offsets[i + 1] - offsets[i]);
        }
      }
      sha.update(counts.array());
    }
    for (long e = 0; e < entries; e += CHUNK) {
      long stop = Math.min(entries, e + CHUNK);
      sha.update(values(f, e, stop));
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  private static byte[] values(RNTupleField f, long start, long stop) throws IOException {
    if (f.type() == LeafType.STRING) {
      Strings s = f.readStrings(start, stop);
      return java.util.Arrays.copyOf(s.bytes(), s.offsets()[s.size()]);
    }
    int total = Math.toIntExact(f.countElements(start, stop));
    ByteBuffer out = ByteBuffer.allocate(8 * total).order(ByteOrder.LITTLE_ENDIAN);
    switch (f.type() == null ? LeafType.INT64 : f.type()) {
      case FLOAT32, FLOAT64 -> {
        double[] v = new double[total];
        f.readDoubles(start, stop, v);
        for (double x : v) {
          out.putLong(Double.isNaN(x) ? CANONICAL_NAN : Double.doubleToRawLongBits(x));
        }
      }
      case BOOL -> {
        boolean[] v = new boolean[total];
        f.readBooleans(start, stop, v);
        for (boolean x : v) {
          out.putLong(x ? 1 : 0);
        }
      }
      default -> {
        long[] v = new long[total];
        f.readLongs(start, stop, v);
        for (long x : v) {
          out.putLong(x);
        }
      }
    }
    return out.array();
  }
}
