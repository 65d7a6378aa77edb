package org.cortado.processor.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The NanoAOD branches the processor checks columns against: name, leaf type and counter branch,
 * read from a tab-separated file ({@code name<TAB>type<TAB>counter}, {@code #} comments). The
 * default is the committed {@code nanoaod-v9.schema.tsv}; {@code -Acortado.schema=path} replaces it.
 */
public final class NanoAodSchema {
  /** Classpath location of the default schema. */
  public static final String DEFAULT_RESOURCE = "/org/cortado/processor/nanoaod-v9.schema.tsv";

  /** One branch. {@code counter} is empty for one value per event. */
  public record Branch(String name, LeafType type, String counter) {
    /** Whether the branch has one value per object. */
    public boolean jagged() {
      return !counter.isEmpty();
    }
  }

  private final Map<String, Branch> branches;
  private final Map<String, String> collections;

  private NanoAodSchema(Map<String, Branch> branches) {
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
    try (InputStream in = NanoAodSchema.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + DEFAULT_RESOURCE);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  /** A schema file. */
  public static NanoAodSchema load(Path path) throws IOException {
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return parse(r);
    }
  }

  private static NanoAodSchema parse(Reader reader) throws IOException {
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
    return new NanoAodSchema(map);
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
