package org.cortado.runtime.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.cortado.rootio.Branch;
import org.cortado.rootio.EventColumn;
import org.cortado.rootio.EventTable;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;

/**
 * Builds a dataset from local files and URLs: expands shell globs ({@code *}, {@code ?}, {@code [..]},
 * {@code **}) of local files, keeps {@code http(s)://} URLs as they are, and reads every file's entry
 * count and, for simulation, the sum of {@code genWeight}, which is what PocketCoffea's normalisation
 * divides by.
 */
public final class DatasetScanner {
  /** Entries summed per read, to bound the buffer whatever the file size. */
  private static final int BLOCK = 1 << 16;

  private final String tree;

  /** A scanner of the tree {@code tree} (NanoAOD: {@code "Events"}). */
  public DatasetScanner(String tree) {
    this.tree = tree;
  }

  /**
   * The files {@code entries} name, each once, as URIs: a URL with a scheme ({@code https://…},
   * {@code file:/…}) as it is, a local glob expanded as {@link #expand}; local files first, sorted,
   * then URLs in the given order.
   *
   * @throws IOException for a URL holding a glob character, which cannot be listed over HTTP
   */
  public static List<URI> expandSources(List<String> entries) throws IOException {
    List<String> globs = new ArrayList<>();
    List<URI> urls = new ArrayList<>();
    for (String entry : entries) {
      if (!RootFile.hasScheme(entry)) {
        globs.add(entry);
        continue;
      }
      if (indexOfMeta(entry) >= 0) {
        throw new IOException("'" + entry + "' is a URL with a glob character; globs expand only local files,"
            + " so list remote files one by one");
      }
      URI uri;
      try {
        uri = new URI(entry);
      } catch (URISyntaxException e) {
        throw new IOException("'" + entry + "' is not a valid URL: " + e.getReason(), e);
      }
      if (!urls.contains(uri)) {
        urls.add(uri);
      }
    }
    List<URI> out = new ArrayList<>();
    if (!globs.isEmpty()) {
      expand(globs).forEach(p -> out.add(Dataset.source(p)));
    }
    out.addAll(urls);
    return out;
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

  /** The dataset {@code name} over local {@code files}, with {@code nevents} and the genWeight sum filled. */
  public Dataset scan(String name, DatasetMetadata metadata, List<Path> files) throws IOException {
    return scanSources(name, metadata, files.stream().map(Dataset::source).toList());
  }

  /**
   * The dataset {@code name} over {@code sources} ({@code file:} URIs and {@code http(s)://} URLs),
   * with {@code nevents} and the genWeight sum filled.
   */
  public Dataset scanSources(String name, DatasetMetadata metadata, List<URI> sources) throws IOException {
    long events = 0;
    double sumw = 0;
    for (URI source : sources) {
      try (RootFile root = RootFile.open(source)) {
        EventTable t = root.table(tree);
        events += t.entries();
        if (metadata.isMC()) {
          EventColumn gw = t.findColumn("genWeight")
              .orElseThrow(() -> new IOException(root.location() + ": tree '" + tree + "' has no branch 'genWeight',"
                  + " which simulation needs; if this is collision data, build the dataset without --mc"));
          sumw += sum(t, gw);
        }
      }
    }
    OptionalDouble genWeights = metadata.isMC() ? OptionalDouble.of(sumw) : OptionalDouble.empty();
    return Dataset.ofSources(name, metadata.withCounts(events, genWeights), sources);
  }

  /** Prefetches each block's baskets of a tree first, so that a remote file costs a few requests per block. */
  private static double sum(EventTable table, EventColumn genWeight) throws IOException {
    long entries = table.entries();
    float[] buffer = new float[(int) Math.min(BLOCK, Math.max(entries, 1))];
    double sum = 0;
    for (long start = 0; start < entries; start += BLOCK) {
      long stop = Math.min(entries, start + BLOCK);
      if (table instanceof TTree tree && genWeight instanceof Branch branch) {
        tree.prefetch(List.of(branch), start, stop);
      }
      int n = genWeight.readFloats(start, stop, buffer);
      for (int i = 0; i < n; i++) {
        sum += buffer[i];
      }
    }
    return sum;
  }
}
