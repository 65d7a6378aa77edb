package org.cortado.runtime.dataset;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dataset: its name (the JSON key), metadata and input files, in the listed order. A file is a
 * local path or a URL ({@code https://…}); {@link #sources()} gives them all as URIs (an absolute
 * path as a {@code file:} URI, a relative one as a relative URI, which
 * {@link org.cortado.rootio.RootFile#open(URI)} resolves as it would the path), and {@link #files()}
 * the local paths of a dataset that has only local files.
 *
 * <p>Not a record, although a value: its files are held once, as URIs, while the constructor that
 * takes paths stays for the callers that only know local files.
 */
public final class Dataset {
  /** Joins a sample and its subsample ({@code DYJetsToLL__bb}), and a dataset and its subsample. */
  public static final String SUBSAMPLE_SEPARATOR = "__";

  private final String name;
  private final DatasetMetadata metadata;
  private final List<URI> sources;

  /** A dataset of local files; the list is copied. */
  public Dataset(String name, DatasetMetadata metadata, List<Path> files) {
    this(files.stream().map(Dataset::source).toList(), name, metadata);
  }

  /** Sources first, so that this does not clash with the public constructor over a list of paths. */
  private Dataset(List<URI> sources, String name, DatasetMetadata metadata) {
    this.name = Objects.requireNonNull(name);
    this.metadata = Objects.requireNonNull(metadata);
    this.sources = List.copyOf(sources);
  }

  /**
   * A dataset whose files are given as URIs: {@code file:} URIs or relative ones for local files,
   * {@code http(s):} URLs for remote ones, which Cortado reads with range requests.
   */
  public static Dataset ofSources(String name, DatasetMetadata metadata, List<URI> sources) {
    return new Dataset(sources, name, metadata);
  }

  /** A local file as a source: an absolute path as a {@code file:} URI, a relative one as a relative URI. */
  public static URI source(Path file) {
    if (file.isAbsolute()) {
      return file.toUri();
    }
    String path = file.toString().replace(java.io.File.separatorChar, '/');
    int colon = path.indexOf(':');
    if (colon >= 0 && colon < (path.indexOf('/') < 0 ? path.length() : path.indexOf('/'))) {
      path = "./" + path; // else the part before the colon would read as a scheme
    }
    try {
      return new URI(null, null, path, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + file + "' cannot be written as a URI: " + e.getReason(), e);
    }
  }

  /** True for a file on this machine (a {@code file:} or relative URI), false for one read over the network. */
  public static boolean isLocal(URI source) {
    return source.getScheme() == null || "file".equalsIgnoreCase(source.getScheme());
  }

  /** The file as a dataset JSON lists it: the path of a local file, else the URL. */
  public static String listed(URI source) {
    return isLocal(source) ? path(source).toString() : source.toString();
  }

  private static Path path(URI local) {
    if (local.getScheme() != null) {
      return Path.of(local);
    }
    String path = local.getPath();
    return Path.of(path.startsWith("./") ? path.substring(2) : path);
  }

  public String name() {
    return name;
  }

  public DatasetMetadata metadata() {
    return metadata;
  }

  /** Every file, in the listed order: local ones as {@code file:} URIs, remote ones as listed. */
  public List<URI> sources() {
    return sources;
  }

  /**
   * The local files.
   *
   * @throws UnsupportedOperationException if the dataset lists a remote file: a caller that reads
   *     only local files must not leave it out unseen; {@link #sources()} lists both
   */
  public List<Path> files() {
    List<Path> out = new ArrayList<>(sources.size());
    for (URI s : sources) {
      if (!isLocal(s)) {
        throw new UnsupportedOperationException("dataset '" + name + "' lists the remote file " + s
            + ", which this step reads only from local paths");
      }
      out.add(path(s));
    }
    return List.copyOf(out);
  }

  /** Shortcut for {@code metadata().sample()}. */
  public String sample() {
    return metadata.sample();
  }

  /** Shortcut for {@code metadata().isMC()}. */
  public boolean isMC() {
    return metadata.isMC();
  }

  /**
   * This dataset split as the kernel's {@code subsamples} ({@code <sample>__<name>}) split its
   * sample: one dataset {@code <name>__<subsample>} per subsample, over the same files, or this one
   * alone when its sample is not split.
   */
  public List<Dataset> splitInto(String[] subsamples) {
    List<Dataset> out = new ArrayList<>();
    String prefix = sample() + SUBSAMPLE_SEPARATOR;
    for (String s : subsamples) {
      if (s.startsWith(prefix)) {
        out.add(new Dataset(sources, name + SUBSAMPLE_SEPARATOR + s.substring(prefix.length()),
            metadata.withSample(s)));
      }
    }
    return out.isEmpty() ? List.of(this) : out;
  }

  /** The same dataset with only its first {@code n} files. */
  public Dataset limitFiles(int n) {
    return n >= sources.size() ? this : new Dataset(sources.subList(0, n), name, metadata);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset d && name.equals(d.name) && metadata.equals(d.metadata) && sources.equals(d.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, metadata, sources);
  }

  @Override
  public String toString() {
    return "Dataset[name=" + name + ", metadata=" + metadata + ", sources=" + sources + "]";
  }
}
