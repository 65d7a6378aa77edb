package org.cortado.runtime.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.cortado.rootio.EventColumn;
import org.cortado.rootio.EventTable;
import org.cortado.rootio.RootFile;

/**
 * Builds a dataset from local files: expands shell globs ({@code *}, {@code ?}, {@code [..]},
 * {@code **}) and reads every file's entry count and, for simulation, the sum of
 * {@code genWeight}, which is what PocketCoffea's normalisation divides by.
 */
public final class DatasetScanner {
  /** Entries summed per read, to bound the buffer whatever the file size. */
  private static final int BLOCK = 1 << 16;

  private final String tree;

  /** A scanner of the tree {@code tree} (NanoAOD: {@code "Events"}). */
  public DatasetScanner(String tree) {
    this.tree = tree;
  }

  /** The files matching any of {@code globs}, each once, sorted by path. */
  public static List<Path> expand(List<String> globs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String glob : globs) {
      List<Path> matched = expand(glob);
      if (matched.isEmpty()) {
        throw new IOException("no file matches '" + glob + "'");
      }
      for (Path p : matched) {
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static List<Path> expand(String glob) throws IOException {
    int firstMeta = indexOfMeta(glob);
    if (firstMeta < 0) {
      Path p = Path.of(glob).toAbsolutePath().normalize();
      return Files.isRegularFile(p) ? List.of(p) : List.of();
    }
    int slash = glob.lastIndexOf('/', firstMeta);
    Path base = Path.of(slash < 0 ? "." : slash == 0 ? "/" : glob.substring(0, slash))
        .toAbsolutePath().normalize();
    String rest = glob.substring(slash + 1);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/").length;
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(base, depth)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> matcher.matches(base.relativize(p)))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static int indexOfMeta(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }

  /** The dataset {@code name} over {@code files}, with {@code nevents} and the genWeight sum filled. */
  public Dataset scan(String name, DatasetMetadata metadata, List<Path> files) throws IOException {
    long events = 0;
    double sumw = 0;
    for (Path file : files) {
      try (RootFile root = RootFile.open(file)) {
        EventTable t = root.table(tree);
        events += t.entries();
        if (metadata.isMC()) {
          EventColumn gw = t.columns().stream().filter(c -> c.name().equals("genWeight")).findFirst()
              .orElseThrow(() -> new IOException(file + ": tree '" + tree + "' has no branch 'genWeight', which"
                  + " simulation needs; if this is collision data, build the dataset without --mc"));
          sumw += sum(gw, t.entries());
        }
      }
    }
    OptionalDouble genWeights = metadata.isMC() ? OptionalDouble.of(sumw) : OptionalDouble.empty();
    return new Dataset(name, metadata.withCounts(events, genWeights), files);
  }

  private static double sum(EventColumn genWeight, long entries) throws IOException {
    float[] buffer = new float[(int) Math.min(BLOCK, Math.max(entries, 1))];
    double sum = 0;
    for (long start = 0; start < entries; start += BLOCK) {
      long stop = Math.min(entries, start + BLOCK);
      int n = genWeight.readFloats(start, stop, buffer);
      for (int i = 0; i < n; i++) {
        sum += buffer[i];
      }
    }
    return sum;
  }
}
