package org.cortado.params;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Composes parameters the way PocketCoffea does: the shipped defaults, then any number of YAML
 * files overlaid in order (maps deep-merge, lists and scalars are replaced, later wins, {@code ???}
 * never overwrites), then every {@code ${...}} interpolation resolved.
 *
 * <p>Unlike PocketCoffea, which resolves the defaults before merging user files, interpolations
 * are resolved once after all merges, so a user override of {@code lumi.picobarns.2018.tot} also
 * changes {@code plotting_style.plot_upper_label.by_year.2018}. File references such as {@code
 * ${cvmfs:...}} are not checked at load time; see {@link Params#getPath}.
 *
 * <pre>{@code
 * Params params =
 *     ParamsLoader.withDefaults().file(Path.of("params/object_preselection.yaml")).load();
 * double muonPt = params.getDouble("object_preselection.Muon.pt");
 * }</pre>
 *
 * <p>Loaders are immutable; each {@code file}, {@code resource} or {@code text} call returns a new
 * loader with one more source.
 */
public final class ParamsLoader {

  /** The default files, in PocketCoffea's merge order, under {@value #DEFAULTS_DIRECTORY}. */
  public static final List<String> DEFAULT_FILES =
      List.of(
          "nano_version.yaml",
          "pileup.yaml",
          "event_flags.yaml",
          "lumi.yaml",
          "jets_calibration.yaml",
          "jet_scale_factors.yaml",
          "met_calibration.yaml",
          "btagging.yaml",
          "lepton_scale_factors.yaml",
          "met_xy.yaml",
          "variations.yaml",
          "plotting_style.yaml");

  public static final String DEFAULTS_DIRECTORY = "org/cortado/params/defaults/";

  private final List<Source> sources;
  private final PathRoots roots;

  private ParamsLoader(List<Source> sources, PathRoots roots) {
    this.sources = List.copyOf(sources);
    this.roots = roots;
  }

  /** A loader with no sources; {@link #load()} on it gives an empty tree. */
  public static ParamsLoader empty() {
    return new ParamsLoader(List.of(), PathRoots.fromEnvironment());
  }

  /** A loader starting from the shipped defaults. */
  public static ParamsLoader withDefaults() {
    ParamsLoader loader = empty();
    for (String file : DEFAULT_FILES) {
      loader = loader.resource(ParamsLoader.class.getClassLoader(), DEFAULTS_DIRECTORY + file);
    }
    return loader;
  }

  /** The defaults overlaid with {@code files}, loaded and resolved. */
  public static Params load(List<Path> files) {
    return withDefaults().files(files).load();
  }

  public ParamsLoader file(Path file) {
    return add(new Source(file.toString(), () -> Files.readString(file, StandardCharsets.UTF_8)));
  }

  public ParamsLoader files(List<Path> files) {
    ParamsLoader loader = this;
    for (Path file : files) {
      loader = loader.file(file);
    }
    return loader;
  }

  /** A classpath resource, such as {@code "org/example/params/triggers.yaml"}. */
  public ParamsLoader resource(ClassLoader classLoader, String name) {
    return add(
        new Source(
            name,
            () -> {
              try (InputStream in = classLoader.getResourceAsStream(name)) {
                if (in == null) {
                  throw new IOException("no such classpath resource");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              }
            }));
  }

  /** YAML given as text, e.g. generated settings; {@code sourceName} appears in locations. */
  public ParamsLoader text(String sourceName, String yaml) {
    return add(new Source(sourceName, () -> yaml));
  }

  /** Roots for file references; the default reads system properties and the environment. */
  public ParamsLoader pathRoots(PathRoots roots) {
    return new ParamsLoader(sources, roots);
  }

  /**
   * Reads, merges and resolves all sources.
   *
   * @throws ParamsException naming file and line for unreadable or malformed YAML, duplicate keys,
   *     a top level that is not a map, and interpolations that are malformed, missing or cyclic
   */
  public Params load() {
    String first = sources.isEmpty() ? "(no parameter files)" : sources.get(0).name();
    ParamNode.MapNode merged = new ParamNode.MapNode(Map.of(), new SourceLocation(first, 1));
    List<String> names = new ArrayList<>();
    for (Source source : sources) {
      merged = Merger.merge(merged, YamlReader.read(source.name(), source.read()));
      names.add(source.name());
    }
    return new Params(Interpolator.resolve(merged), List.of(), roots, names);
  }

  /**
   * The keys these sources write that name nothing in {@code base}: for each, the shortest such
   * path, where it is written, and the closest key {@code base} has at that place (empty if none is
   * close). A run's overlay is checked against the parameters the analysis was compiled with, so a
   * mistyped key is not silently ignored.
   *
   * @throws ParamsException if a source cannot be read or parsed
   */
  public List<UnknownKey> keysUnknownTo(Params base) {
    List<UnknownKey> out = new ArrayList<>();
    for (Source source : sources) {
      unknown(YamlReader.read(source.name(), source.read()), base.root(), "", out);
    }
    return out;
  }

  private static void unknown(ParamNode.MapNode written, ParamNode.MapNode base, String prefix,
      List<UnknownKey> out) {
    for (Map.Entry<String, ParamNode> e : written.entries().entrySet()) {
      String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      ParamNode known = base.entries().get(e.getKey());
      if (known == null) {
        out.add(new UnknownKey(path, e.getValue().source(),
            EditDistance.closest(e.getKey(), base.entries().keySet())));
      } else if (known instanceof ParamNode.MapNode k
          && e.getValue() instanceof ParamNode.MapNode w) {
        unknown(w, k, path, out);
      }
    }
  }

  private ParamsLoader add(Source source) {
    List<Source> longer = new ArrayList<>(sources);
    longer.add(source);
    return new ParamsLoader(longer, roots);
  }

  /** Reads a source's text; may throw because files and resources are read only at load time. */
  @FunctionalInterface
  private interface TextSupplier {
    String get() throws IOException;
  }

  private record Source(String name, TextSupplier text) {
    String read() {
      try {
        return text.get();
      } catch (CharacterCodingException e) {
        throw new ParamsException(ParamsProblem.UNREADABLE, null, new SourceLocation(name, 1),
            "the parameter source is not UTF-8 text", e);
      } catch (IOException e) {
        throw new ParamsException(
            ParamsProblem.UNREADABLE,
            null,
            null,
            "cannot read parameter source " + name + ": " + e.getMessage(),
            e);
      }
    }
  }
}
