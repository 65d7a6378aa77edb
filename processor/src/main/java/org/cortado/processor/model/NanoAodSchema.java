package org.cortado.processor.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The branches the processor checks columns against: name, leaf type and counter branch, read
 * from a tab-separated file ({@code name<TAB>type<TAB>counter}, {@code #} comments), as
 * {@code cortado schema FILE} writes it. The processor ships {@code nanoaod-v9} (Run 2 UL) and
 * {@code nanoaod-v12} (Run 3); an analysis names another with {@code @Analysis(schema)}, and
 * {@code -Acortado.schema=path} replaces it.
 */
public final class NanoAodSchema {
  /** The schema used when an analysis names none. */
  public static final String DEFAULT = "nanoaod-v9";

  /** The schemas shipped with the processor. */
  public static final List<String> SHIPPED = List.of("nanoaod-v9",
      "nanoaod-v12");

  /** Classpath location of the default schema. */
  public static final String DEFAULT_RESOURCE = resource(DEFAULT);

  /** One branch. {@code counter} is empty for one value per event. */
  public record Branch(String name, LeafType type, String counter) {
    /** Whether the branch has one value per object. */
    public boolean jagged() {
      return !counter.isEmpty();
    }
  }

  private final String name;
  private final Map<String, Branch> branches;
  private final Map<String, String> collections;

  private NanoAodSchema(String name, Map<String, Branch> branches) {
    this.name = name;
    this.branches = Collections.unmodifiableMap(branches);
    Map<String, String> colls = new TreeMap<>();
    for (Branch b : branches.values()) {
      if (b.jagged() && b.counter().startsWith("n")) {
        colls.put(b.counter().substring(1), b.counter());
      }
    }
    this.collections = Collections.unmodifiableMap(colls);
  }

  /** The committed default schema. */
  public static NanoAodSchema loadDefault() throws IOException {
    return builtin(DEFAULT).orElseThrow(() -> new IOException("missing resource "
        + DEFAULT_RESOURCE));
  }

  /** A schema shipped with the processor ({@code nanoaod-v9}, {@code nanoaod-v12}), if any. */
  public static Optional<NanoAodSchema> builtin(String name) throws IOException {
    try (InputStream in = NanoAodSchema.class.getResourceAsStream(resource(name))) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(parse(name, new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
  }

  /** A schema file. */
  public static NanoAodSchema load(Path path) throws IOException {
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return parse(path.toString(), r);
    }
  }

  /** A schema from its text, named {@code name} in messages. */
  public static NanoAodSchema parse(String name, String text) throws IOException {
    return parse(name, new StringReader(text));
  }

  private static String resource(String name) {
    return "/org/cortado/processor/" + name + ".schema.tsv";
  }

  /** The schema's name: a shipped one's, or the file or resource it was read from. */
  public String name() {
    return name;
  }

  private static NanoAodSchema parse(String name, Reader reader) throws IOException {
    Map<String, Branch> map = new TreeMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int no = 0;
    while ((line = in.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new IOException("line " + no + ": expected name<TAB>type<TAB>counter");
      }
      try {
        map.put(f[0], new Branch(f[0], LeafType.parse(f[1]), f.length > 2 ? f[2].trim() : ""));
      } catch (IllegalArgumentException e) {
        throw new IOException("line " + no + ": unknown leaf type '" + f[1] + "'", e);
      }
    }
    return new NanoAodSchema(name, map);
  }

  /**
   * The same schema with {@code replaced} branches of type {@code double}: what the analysis's
   * methods see once calibrators have replaced them. Branches it lacks are left out.
   */
  public NanoAodSchema calibrated(Iterable<String> replaced) {
    Map<String, Branch> map = new TreeMap<>(branches);
    for (String b : replaced) {
      map.computeIfPresent(b, (k, v) -> new Branch(v.name(), LeafType.DOUBLE, v.counter()));
    }
    return new NanoAodSchema(name, map);
  }

  /** A branch by name. */
  public Optional<Branch> branch(String name) {
    return Optional.ofNullable(branches.get(name));
  }

  /** The counter branch of a NanoAOD collection ({@code Muon} → {@code nMuon}). */
  public Optional<String> counterOf(String collection) {
    return Optional.ofNullable(collections.get(collection));
  }

  /** All branch names, sorted. */
  public Iterable<String> names() {
    return branches.keySet();
  }

  /** All collection names, sorted. */
  public Iterable<String> collectionNames() {
    return collections.keySet();
  }
}
