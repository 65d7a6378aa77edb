package org.cortado.rootio;

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
 * Reads every branch of every TTree in scikit-hep-testdata ({@code ../shared/data/skhep}) and compares
 * it with what uproot 5 reads, through the digests of {@code skhep-truth.json.gz} (written by
 * {@code make_skhep_truth.py}, which documents the digest). A branch either equals uproot's values or
 * throws a {@link RootFormatException} naming the file and the branch; it is never read differently.
 */
class SkhepTruthTest {
  private static final long CANONICAL_NAN = 0x7ff8000000000000L;
  /**
   * Branches read equal to uproot when this test was written. A change that reads fewer fails; one
   * that reads more should raise it.
   */
  private static final int MATCHED_AT_LEAST = 25_831;

  /** Tallies per uproot interpretation: matched, unsupported (with a clear error), not read by uproot. */
  private final Map<String, int[]> tally = new TreeMap<>();
  private final List<String> mismatches = new ArrayList<>();

  @Test
  void everyBranchUprootReadsIsReadEqualOrRefusedClearly() throws IOException {
    Path corpus = SharedData.dir().resolve("data").resolve("skhep");
    assumeTrue(Files.isDirectory(corpus), "skipped: " + corpus + " is absent (the ../shared folder is not beside the project)");
    JsonNode truth;
    try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("skhep-truth.json.gz"))) {
      truth = new ObjectMapper().readTree(in).get("files");
    }
    for (Map.Entry<String, JsonNode> file : truth.properties()) {
      Path path = corpus.resolve(file.getKey());
      if (!Files.isRegularFile(path)) {
        continue;
      }
      try (RootFile root = RootFile.open(path)) {
        for (Map.Entry<String, JsonNode> tree : file.getValue().properties()) {
          if (tree.getValue().isArray()) {
            checkTree(root, tree.getKey(), tree.getValue());
          }
        }
      }
    }
    int matched = 0;
    StringBuilder table = new StringBuilder("uproot interpretation: matched / unsupported / total\n");
    for (Map.Entry<String, int[]> e : tally.entrySet()) {
      int[] t = e.getValue();
      table.append(String.format("  %-28s %6d / %6d / %6d%n", e.getKey(), t[0], t[1], t[0] + t[1]));
      matched += t[0];
    }
    System.out.println(table);
    assertTrue(mismatches.isEmpty(), mismatches.size() + " branches read differently from uproot:\n"
        + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
    assertTrue(matched >= MATCHED_AT_LEAST, matched + " branches matched, fewer than " + MATCHED_AT_LEAST);
  }

  private void checkTree(RootFile root, String treeName, JsonNode rows) throws IOException {
    TTree tree;
    try {
      tree = root.tree(treeName);
    } catch (RootFormatException e) {
      assertNames(e, root, null);
      for (JsonNode row : rows) {
        count(row, false);
      }
      return;
    }
    // uproot and Cortado both list branches depth first; a name may repeat in different objects.
    Map<String, java.util.ArrayDeque<Branch>> byName = new java.util.HashMap<>();
    for (Branch b : tree.branches()) {
      byName.computeIfAbsent(b.name(), k -> new java.util.ArrayDeque<>()).add(b);
    }
    for (JsonNode row : rows) {
      java.util.ArrayDeque<Branch> named = byName.get(row.get(1).asText());
      Branch b = named == null ? null : named.poll();
      if (b == null) {
        mismatches.add(root.path().getFileName() + " " + treeName + ": no branch " + row.get(1).asText());
        continue;
      }
      if (row.get(3).asLong() != b.entries()) {
        mismatches.add(root.path().getFileName() + " " + treeName + " " + b.name() + ": " + b.entries()
            + " entries, uproot " + row.get(3).asLong());
        continue;
      }
      if (row.size() < 6) {
        count(row, false);
        continue;
      }
      String digest;
      try {
        digest = digest(b);
      } catch (RootFormatException e) {
        assertNames(e, root, b);
        count(row, false);
        if (System.getProperty("skhep.why") != null) {
          System.out.println("UNSUPPORTED " + row.get(2).asText() + " | " + e.getMessage());
        }
        continue;
      }
      if (digest.equals(row.get(5).asText())) {
        count(row, true);
      } else {
        mismatches.add(root.path().getFileName() + " " + treeName + " " + b.name() + " (" + row.get(2).asText()
            + ", " + b.typeName() + "): digest " + digest + ", uproot " + row.get(5).asText());
      }
    }
  }

  private void count(JsonNode row, boolean matched) {
    String category = row.size() < 6 ? "not an array: " + row.get(2).asText() : row.get(2).asText();
    tally.computeIfAbsent(category, k -> new int[2])[matched ? 0 : 1]++;
  }

  private static void assertNames(RootFormatException e, RootFile root, Branch b) {
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains(root.path().getFileName().toString()), "no file name in: " + message);
    if (b != null) {
      assertTrue(message.contains("'" + b.name() + "'") || message.contains(b.name()), "no branch name in: " + message);
    }
  }

  /** The digest make_skhep_truth.py computes, from what Cortado reads. */
  static String digest(Branch b) throws IOException {
    long entries = b.entries();
    int n = Math.toIntExact(entries);
    long[] counts = new long[n];
    byte[] values;
    if (b.type() == LeafType.STRING) {
      Strings s = b.readStrings(0, entries);
      for (int i = 0; i < n; i++) {
        counts[i] = s.offsets()[i + 1] - s.offsets()[i];
      }
      values = java.util.Arrays.copyOfRange(s.bytes(), 0, s.offsets()[n]);
    } else {
      int total = Math.toIntExact(b.countElements(0, entries));
      int[] offsets = new int[n + 1];
      b.readOffsets(0, entries, offsets);
      for (int i = 0; i < n; i++) {
        counts[i] = offsets[i + 1] - offsets[i];
      }
      ByteBuffer out = ByteBuffer.allocate(8 * total).order(ByteOrder.LITTLE_ENDIAN);
      switch (b.type()) {
        case FLOAT32, FLOAT64 -> {
          double[] v = new double[total];
          b.readDoubles(0, entries, v);
          for (double x : v) {
            out.putLong(Double.isNaN(x) ? CANONICAL_NAN : Double.doubleToRawLongBits(x));
          }
        }
        case BOOL -> {
          boolean[] v = new boolean[total];
          b.readBooleans(0, entries, v);
          for (boolean x : v) {
            out.putLong(x ? 1 : 0);
          }
        }
        default -> {
          long[] v = new long[total];
          b.readLongs(0, entries, v);
          for (long x : v) {
            out.putLong(x);
          }
        }
      }
      values = out.array();
    }
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    ByteBuffer c = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
    for (long x : counts) {
      c.putLong(x);
    }
    sha.update(c.array());
    sha.update(values);
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }
}
