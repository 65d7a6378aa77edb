package org.cortado.runtime.lumi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A certified-luminosity ("golden JSON") mask: which (run, luminosity section) pairs are good for
 * physics. The file maps run numbers, as strings, to lists of inclusive {@code [first, last]}
 * lumi-section ranges. An event passes when its run is listed and its lumi section lies in one of
 * the run's ranges, the same answer as coffea's {@code LumiMask}.
 *
 * <p>Runs and ranges are kept in flat sorted arrays and looked up by binary search, so
 * {@link #accepts} and {@link #mask} allocate nothing. Instances are immutable and thread-safe.
 */
public final class LumiMask {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Sorted run numbers. */
  private final int[] runs;
  /** The ranges of {@code runs[i]} are {@code [offsets[i], offsets[i + 1])} in the arrays below. */
  private final int[] offsets;
  /** Sorted, disjoint, non-adjacent range starts and (inclusive) ends. */
  private final int[] firsts;
  private final int[] lasts;

  private LumiMask(int[] runs, int[] offsets, int[] firsts, int[] lasts) {
    this.runs = runs;
    this.offsets = offsets;
    this.firsts = firsts;
    this.lasts = lasts;
  }

  /**
   * Loads a golden JSON file (often named {@code .txt}, still JSON).
   *
   * @throws IOException if the file cannot be read
   * @throws LumiMaskFormatException if it is not a valid golden JSON
   */
  public static LumiMask load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a golden JSON document; {@code source} names it in error messages. */
  public static LumiMask read(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new LumiMaskFormatException(source + ": malformed JSON"
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr()) + ": " + e.getOriginalMessage());
    }
    return build(root, source);
  }

  /** Parses a golden JSON document held in a string. */
  public static LumiMask parse(String json, String source) {
    try {
      return read(new java.io.ByteArrayInputStream(
          json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static LumiMask build(JsonNode root, String source) {
    if (root == null || !root.isObject() || root.isEmpty()) {
      throw new LumiMaskFormatException(source + ": a golden JSON must be an object mapping run "
          + "numbers to lists of [first, last] lumi-section ranges, found "
          + (root == null || root.isMissingNode() ? "nothing" : root.isObject() ? "no run"
              : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
    }
    TreeMap<Integer, List<int[]>> byRun = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int run = run(e.getKey(), source);
      // Keys are canonical decimals and duplicates fail in the parser, so runs are unique.
      byRun.put(run, ranges(e.getValue(), source, e.getKey()));
    }
    int total = byRun.values().stream().mapToInt(List::size).sum();
    int[] runs = new int[byRun.size()];
    int[] offsets = new int[runs.length + 1];
    int[] firsts = new int[total];
    int[] lasts = new int[total];
    int r = 0;
    int k = 0;
    for (Map.Entry<Integer, List<int[]>> e : byRun.entrySet()) {
      runs[r] = e.getKey();
      offsets[r++] = k;
      for (int[] range : e.getValue()) {
        firsts[k] = range[0];
        lasts[k++] = range[1];
      }
    }
    offsets[r] = k;
    return new LumiMask(runs, offsets, Arrays.copyOf(firsts, k), Arrays.copyOf(lasts, k));
  }

  private static int run(String key, String source) {
    try {
      int run = Integer.parseInt(key);
      if (run >= 0 && key.equals(Integer.toString(run))) {
        return run;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new LumiMaskFormatException(source + ": key \"" + key + "\" is not a run number");
  }

  /**
   * The ranges of one run, sorted and with overlapping or touching ranges merged, so that a lookup
   * only has to look at one candidate range.
   */
  private static List<int[]> ranges(JsonNode value, String source, String run) {
    if (!value.isArray()) {
      throw new LumiMaskFormatException(source + ": run " + run + " must map to a list of "
          + "[first, last] ranges, found " + value);
    }
    List<int[]> ranges = new ArrayList<>();
    for (JsonNode pair : value) {
      if (!pair.isArray() || pair.size() != 2 || !pair.get(0).canConvertToInt()
          || !pair.get(1).canConvertToInt() || !pair.get(0).isIntegralNumber()
          || !pair.get(1).isIntegralNumber() || pair.get(0).intValue() < 0
          || pair.get(0).intValue() > pair.get(1).intValue()) {
        throw new LumiMaskFormatException(source + ": run " + run
            + " has an invalid range " + pair + "; expected [first, last] with 0 <= first <= last");
      }
      ranges.add(new int[] {pair.get(0).intValue(), pair.get(1).intValue()});
    }
    ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] range : ranges) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && (long) range[0] <= (long) last[1] + 1) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.add(range);
      }
    }
    return merged;
  }

  /** Whether the lumi section {@code lumi} of run {@code run} is certified. */
  public boolean accepts(int run, int lumi) {
    int r = Arrays.binarySearch(runs, run);
    return r >= 0 && inRun(r, lumi);
  }

  private boolean inRun(int r, int lumi) {
    // The last range starting at or before lumi is the only candidate.
    int lo = offsets[r];
    int hi = offsets[r + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (firsts[mid] <= lumi) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi >= offsets[r] && lumi <= lasts[hi];
  }

  /**
   * Fills {@code out[i] = accepts(run[i], lumi[i])} for {@code i < n}. Consecutive events of the
   * same run, the usual order in a file, reuse one run lookup.
   */
  public void mask(int[] run, int[] lumi, boolean[] out, int n) {
    int cachedRun = 0;
    int cachedIndex = -1;
    boolean cached = false;
    for (int i = 0; i < n; i++) {
      if (!cached || run[i] != cachedRun) {
        cachedRun = run[i];
        cachedIndex = Arrays.binarySearch(runs, cachedRun);
        cached = true;
      }
      out[i] = cachedIndex >= 0 && inRun(cachedIndex, lumi[i]);
    }
  }

  /** The number of certified runs. */
  public int runCount() {
    return runs.length;
  }

  /** The number of certified lumi-section ranges after merging touching ones. */
  public int rangeCount() {
    return firsts.length;
  }

  /** The number of certified lumi sections. */
  public long lumiSectionCount() {
    long count = 0;
    for (int i = 0; i < firsts.length; i++) {
      count += (long) lasts[i] - firsts[i] + 1;
    }
    return count;
  }
}
