package org.cortado.params;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A merged, resolved parameter tree with typed, provenance-aware access. Paths are dotted keys
 * ({@code lumi.picobarns.2018.tot}); list items are addressed by index ({@code
 * event_flags.2018.0}).
 * Every failure is a {@link ParamsException} naming the full dotted path, what was expected, what
 * was found and the file and line where it was written.
 *
 * <p>A view returned by {@link #at} or {@link #forYear} reads relative paths but reports absolute
 * ones. Instances are immutable and safe to share between threads.
 */
public final class Params {

  private final ParamNode.MapNode root;
  private final List<String> prefix;
  private final PathRoots roots;
  private final List<String> sources;

  Params(ParamNode.MapNode root, List<String> prefix, PathRoots roots, List<String> sources) {
    this.root = root;
    this.prefix = List.copyOf(prefix);
    this.roots = roots;
    this.sources = List.copyOf(sources);
  }

  /** The tree this object reads from (the subtree, for a view). */
  public ParamNode.MapNode root() {
    return root;
  }

  /** The names of the YAML sources merged into this tree, in merge order. */
  public List<String> sources() {
    return sources;
  }

  /**
   * The node at {@code path}, or empty if a key is absent or a step is not a map or list. This is
   * the entry point for compile-time checks: the node carries type, value and source location.
   */
  public Optional<ParamNode> lookup(String path) {
    ParamNode current = root;
    for (String key : DottedPath.split(path)) {
      current = DottedPath.child(current, key);
      if (current == null) {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  /** Whether {@code path} exists and holds a value; a {@code ???} value does not count. */
  public boolean has(String path) {
    return lookup(path).filter(node -> node.type() != ParamType.MISSING).isPresent();
  }

  /** The node at {@code path}, which may be of any type, including {@link ParamType#MISSING}. */
  public ParamNode node(String path) {
    ParamNode current = root;
    List<String> walked = List.of();
    for (String key : DottedPath.split(path)) {
      ParamNode next = DottedPath.child(current, key);
      if (next == null && current.type() == ParamType.MISSING) {
        throw mandatoryMissing(path, walked, current, "a map");
      }
      if (next == null) {
        boolean container = current.type() == ParamType.MAP || current.type() == ParamType.LIST;
        throw new ParamsException(
            container ? ParamsProblem.MISSING_KEY : ParamsProblem.NOT_A_MAP,
            absolute(path),
            current.source(),
            DottedPath.whyMissing(DottedPath.concat(prefix, walked), current, key));
      }
      walked = DottedPath.append(walked, key);
      current = next;
    }
    return current;
  }

  /**
   * The node at {@code path} after checking that it can be read as {@code expected} (an integer
   * can be read as a float).
   *
   * @throws ParamsException if the path is absent, the value is {@code ???}, or has another type
   */
  public ParamNode require(String path, ParamType expected) {
    ParamNode node = node(path);
    if (node.type() == ParamType.MISSING && expected != ParamType.MISSING) {
      throw mandatoryMissing(path, DottedPath.split(path), node, expected.toString());
    }
    if (!expected.accepts(node.type())) {
      throw wrongType(path, node, expected.toString());
    }
    return node;
  }

  public String getString(String path) {
    return (String) require(path, ParamType.STRING).value();
  }

  public long getLong(String path) {
    return (Long) require(path, ParamType.INT).value();
  }

  public int getInt(String path) {
    long value = getLong(path);
    if (value != (int) value) {
      throw wrongType(path, node(path), "integer within the 32-bit range");
    }
    return (int) value;
  }

  public double getDouble(String path) {
    return ((Number) require(path, ParamType.FLOAT).value()).doubleValue();
  }

  public boolean getBoolean(String path) {
    return (Boolean) require(path, ParamType.BOOLEAN).value();
  }

  /** The list at {@code path} as plain values (see {@link ParamNode#value()}). */
  @SuppressWarnings("unchecked")
  public List<Object> getList(String path) {
    return (List<Object>) require(path, ParamType.LIST).value();
  }

  /** The list at {@code path}, every item of which must be a string. */
  public List<String> getStringList(String path) {
    ParamNode.ListNode list = (ParamNode.ListNode) require(path, ParamType.LIST);
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String itemPath = path.isEmpty() ? Integer.toString(i) : path + "." + i;
      strings.add(getString(itemPath));
    }
    return List.copyOf(strings);
  }

  /** The map at {@code path} as plain values (see {@link ParamNode#value()}). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> getMap(String path) {
    return (Map<String, Object>) require(path, ParamType.MAP).value();
  }

  /** The keys of the map at {@code path}, in definition order; for per-year maps, the years. */
  public Set<String> keys(String path) {
    return ((ParamNode.MapNode) require(path, ParamType.MAP)).entries().keySet();
  }

  /**
   * The file named at {@code path}: a {@link ParamPath} resolved against the current {@link
   * PathRoots}, or a plain string taken as a path (relative to the working directory).
   *
   * @throws ParamsException naming the parameter and its source if no root is configured for the
   *     reference or the file does not exist now
   */
  public Path getPath(String path) {
    ParamNode node = node(path);
    if (node.type() == ParamType.STRING) {
      Path file = Path.of((String) node.value());
      if (!Files.isRegularFile(file)) {
        throw new ParamsException(
            ParamsProblem.FILE_MISSING,
            absolute(path),
            node.source(),
            "the file " + file.toAbsolutePath() + " does not exist");
      }
      return file;
    }
    ParamNode reference = require(path, ParamType.PATH);
    return roots.resolve((ParamPath) reference.value(), absolute(path), reference.source());
  }

  /** A view of the map at {@code path}, e.g. {@code at("object_preselection.Muon")}. */
  public Params at(String path) {
    ParamNode.MapNode map = asMap(path, node(path));
    return new Params(map, DottedPath.concat(prefix, DottedPath.split(path)), roots, sources);
  }

  /**
   * The per-year map {@code path.year}, as PocketCoffea's {@code params.lumi.picobarns["2018"]}:
   * {@code forYear("lumi.picobarns", "2018").getDouble("tot")}.
   */
  public Params forYear(String path, String year) {
    ParamNode.MapNode years = asMap(path, node(path));
    if (!years.entries().containsKey(year)) {
      throw new ParamsException(
          ParamsProblem.MISSING_KEY,
          absolute(path.isEmpty() ? year : path + "." + year),
          years.source(),
          "no entry for year '" + year + "'; the years defined are " + years.entries().keySet());
    }
    return at(path.isEmpty() ? year : path + "." + year);
  }

  /** A copy that resolves file references against {@code roots}. */
  public Params withPathRoots(PathRoots roots) {
    return new Params(root, prefix, roots, sources);
  }

  /** The tree as YAML that loads back to the same values, headed by the list of sources. */
  public String toYaml() {
    return YamlWriter.write(root, sources);
  }

  /** Writes {@link #toYaml()} to {@code file}, e.g. next to a run's output. */
  public void writeYaml(Path file) {
    try {
      Files.writeString(file, toYaml(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write parameters to " + file, e);
    }
  }

  private ParamNode.MapNode asMap(String path, ParamNode node) {
    if (!(node instanceof ParamNode.MapNode)) {
      throw new ParamsException(
          ParamsProblem.NOT_A_MAP,
          absolute(path),
          node.source(),
          "expected a map, found " + describe(node));
    }
    return (ParamNode.MapNode) node;
  }

  private ParamsException mandatoryMissing(
      String path, List<String> missingAt, ParamNode missing, String expected) {
    return new ParamsException(
        ParamsProblem.MANDATORY_MISSING,
        absolute(path),
        missing.source(),
        "'" + DottedPath.join(DottedPath.concat(prefix, missingAt)) + "' is '???' (mandatory)"
            + " and no later parameter file sets it; expected " + expected);
  }

  private ParamsException wrongType(String path, ParamNode node, String expected) {
    return new ParamsException(
        ParamsProblem.WRONG_TYPE,
        absolute(path),
        node.source(),
        "expected " + expected + ", found " + describe(node));
  }

  private static String describe(ParamNode node) {
    switch (node.type()) {
      case MAP:
      case LIST:
      case NULL:
      case MISSING:
        return node.type().toString();
      case STRING:
        String text = (String) node.value();
        return "string \"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
      default:
        return node.type() + " " + node.value();
    }
  }

  private String absolute(String path) {
    return DottedPath.join(DottedPath.concat(prefix, DottedPath.split(path)));
  }
}
