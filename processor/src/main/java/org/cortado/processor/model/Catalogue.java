package org.cortado.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every collection and column name an analysis can use: the schema's NanoAOD collections and
 * branches, the analysis's own selections and merges, and its derived columns. It answers, for
 * one resolved name, what it is and where its values live; it knows nothing of periods or
 * parameters, which {@link ColumnBinder} resolves first.
 */
public final class Catalogue {
  private final NanoAodSchema schema;
  private final Map<String, CollectionModel> declared = new LinkedHashMap<>();
  private final Map<String, DerivedModel> perEvent = new LinkedHashMap<>();
  private final List<DerivedModel> perObject = new ArrayList<>();
  private final Map<String, String> bases = new LinkedHashMap<>();

  Catalogue(NanoAodSchema schema, List<CollectionModel> collections, List<DerivedModel> derived) {
    this.schema = schema;
    for (CollectionModel c : collections) {
      // One that takes a NanoAOD collection's name is reported, and ignored here.
      if (schema.counterOf(c.name()).isEmpty()) {
        declared.putIfAbsent(c.name(), c);
      }
    }
    for (DerivedModel d : derived) {
      if (d.perObject()) {
        perObject.add(d);
      } else {
        perEvent.putIfAbsent(d.name(), d);
      }
    }
    for (String name : declared.keySet()) {
      bases.put(name, findBase(name, new HashSet<>()));
    }
  }

  /** The schema behind it. */
  public NanoAodSchema schema() {
    return schema;
  }

  /** Whether {@code name} is a NanoAOD collection (it has a counter branch in the schema). */
  public boolean isRaw(String name) {
    return !declared.containsKey(name) && schema.counterOf(name).isPresent();
  }

  /** Whether {@code name} is any collection, raw or declared. */
  public boolean isCollection(String name) {
    return declared.containsKey(name) || schema.counterOf(name).isPresent();
  }

  /** A declared collection, if {@code name} is one. */
  public Optional<CollectionModel> declared(String name) {
    return Optional.ofNullable(declared.get(name));
  }

  /**
   * The collection whose storage {@code name}'s objects index: itself for a raw or merged
   * collection, the base of its source for a selection, or empty when unresolvable.
   */
  public String base(String name) {
    if (isRaw(name)) {
      return name;
    }
    return bases.getOrDefault(name, "");
  }

  /** Whether the base of {@code name} is a NanoAOD collection (read through its offsets). */
  public boolean rawBased(String name) {
    return isRaw(base(name));
  }

  /** The counter branch of a raw collection ({@code Muon} → {@code nMuon}). */
  public String counter(String raw) {
    return schema.counterOf(raw).orElse("");
  }

  /** Whether every object of {@code inner} is an object of {@code outer} (a selection chain). */
  public boolean within(String inner, String outer) {
    String c = inner;
    for (int steps = 0; steps <= declared.size(); steps++) {
      if (c.equals(outer)) {
        return true;
      }
      CollectionModel m = declared.get(c);
      if (m == null || !m.selection()) {
        return false;
      }
      c = m.source();
    }
    return false;
  }

  /** The per-event derived column {@code name}, if declared. */
  public Optional<DerivedModel> eventDerived(String name) {
    return Optional.ofNullable(perEvent.get(name));
  }

  /**
   * The per-object derived field {@code field} visible on {@code collection}: declared on it or
   * on a collection it is selected from.
   */
  public Optional<DerivedModel> objectDerived(String collection, String field) {
    for (DerivedModel d : perObject) {
      if (d.name().equals(field) && within(collection, d.collection())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Field {@code field} of {@code collection}: a branch of its raw base, a derived field, a
   * merged field, or a merge's {@code source}; empty if it has none.
   */
  public Optional<Field> field(String collection, String field) {
    return field(collection, field, 0);
  }

  private Optional<Field> field(String collection, String field, int depth) {
    String base = base(collection);
    if (base.isEmpty() || depth > declared.size()) {
      return Optional.empty();
    }
    if (isRaw(base)) {
      Optional<NanoAodSchema.Branch> b = schema.branch(base + "_" + field)
          .filter(br -> br.counter().equals(counter(base)));
      if (b.isPresent()) {
        return Optional.of(new Field(Field.Storage.BRANCH, base, field, b.get().type(),
            PerPeriod.of(b.get().name()), List.of()));
      }
    }
    Optional<DerivedModel> d = objectDerived(collection, field);
    if (d.isPresent()) {
      return Optional.of(new Field(Field.Storage.DERIVED, d.get().collection(), field,
          d.get().type(), null, List.of()));
    }
    if (isRaw(base)) {
      return Optional.empty();
    }
    if (field.equals("source")) {
      return Optional.of(new Field(Field.Storage.SOURCE, base, field, LeafType.INT, null,
          List.of()));
    }
    List<Field> perSource = new ArrayList<>();
    for (String s : declared.get(base).sources()) {
      Optional<Field> f = field(s, field, depth + 1);
      if (f.isEmpty() || (!perSource.isEmpty() && perSource.get(0).type() != f.get().type())) {
        return Optional.empty();
      }
      perSource.add(f.get());
    }
    return Optional.of(new Field(Field.Storage.MERGED, base, field, perSource.get(0).type(), null,
        perSource));
  }

  /**
   * The longest collection name that prefixes {@code name} as {@code <collection>_}, or empty.
   */
  public String collectionPrefix(String name) {
    String best = "";
    for (String c : allCollections()) {
      if (name.startsWith(c + "_") && c.length() > best.length()) {
        best = c;
      }
    }
    return best;
  }

  /** Every collection name: declared ones, then the schema's. */
  public List<String> allCollections() {
    List<String> out = new ArrayList<>(declared.keySet());
    schema.collectionNames().forEach(out::add);
    return out;
  }

  /** Every name a column may have, for "did you mean" suggestions. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    schema.names().forEach(out::add);
    out.addAll(perEvent.keySet());
    for (CollectionModel c : declared.values()) {
      out.add("n" + c.name());
      out.add(c.name());
      for (String b : schema.names()) {
        String raw = base(c.name());
        if (!raw.isEmpty() && b.startsWith(raw + "_")) {
          out.add(c.name() + "_" + b.substring(raw.length() + 1));
        }
      }
    }
    for (DerivedModel d : perObject) {
      out.add(d.columnName());
    }
    return out;
  }

  /** Follows sources to a raw or merged collection; empty on an unknown source or a cycle. */
  private String findBase(String name, Set<String> seen) {
    if (!seen.add(name)) {
      return "";
    }
    CollectionModel c = declared.get(name);
    if (c == null) {
      return schema.counterOf(name).isPresent() ? name : "";
    }
    if (c.kind() == CollectionModel.Kind.MERGE) {
      for (String s : c.sources()) {
        if (findBase(s, new HashSet<>(seen)).isEmpty()) {
          return "";
        }
      }
      return name;
    }
    return findBase(c.source(), seen);
  }
}
