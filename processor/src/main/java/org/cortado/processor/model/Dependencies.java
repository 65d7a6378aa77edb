package org.cortado.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis's own collections and derived columns need from each other: a selection its
 * source and whatever its method reads, a merge its sources and the derived fields it gathers, a
 * derived column whatever its method reads (and, per object, its collection). Keys are
 * {@code "collection MuonGood"}, {@code "derived mll"} and {@code "derived JetGood_ptRaw"}; raw
 * NanoAOD collections and branches are leaves and do not appear. Validation finds cycles and skim
 * cuts that need collections here; the IR orders the loop with it.
 */
public final class Dependencies {
  private final Map<String, Set<String>> edges = new LinkedHashMap<>();
  private final Map<String, DerivedModel> derived = new LinkedHashMap<>();
  private final Catalogue catalogue;

  public Dependencies(AnalysisModel model) {
    this.catalogue = model.catalogue();
    for (DerivedModel d : model.derived()) {
      derived.putIfAbsent(d.columnName(), d);
    }
    for (CollectionModel c : model.collections()) {
      Set<String> needs = new LinkedHashSet<>();
      for (String s : c.sources()) {
        if (catalogue.declared(s).isPresent()) {
          needs.add(collection(s));
        }
      }
      if (c.method() != null) {
        needs.addAll(of(c.method()));
      }
      edges.put(collection(c.name()), needs);
    }
    for (DerivedModel d : model.derived()) {
      Set<String> needs = new LinkedHashSet<>();
      if (d.perObject() && catalogue.declared(d.collection()).isPresent()) {
        needs.add(collection(d.collection()));
      }
      needs.addAll(of(d.method()));
      edges.put(derived(d.columnName()), needs);
    }
    // A merge gathers the fields read from it; those that are derived on its sources come first.
    for (ColumnRef r : model.columnRefs()) {
      for (Field f : fields(r)) {
        if (f.storage() == Field.Storage.MERGED) {
          edges.computeIfAbsent(collection(f.owner()), k -> new LinkedHashSet<>())
              .addAll(of(f.perSource()));
        }
      }
    }
  }

  /** The key of a declared collection. */
  public static String collection(String name) {
    return "collection " + name;
  }

  /** The key of a derived column, by its column name ({@code mll}, {@code JetGood_ptRaw}). */
  public static String derived(String columnName) {
    return "derived " + columnName;
  }

  /** What {@code key} needs directly. */
  public Set<String> needs(String key) {
    return edges.getOrDefault(key, Set.of());
  }

  /** What the method's columns need directly. */
  public Set<String> of(MethodModel m) {
    Set<String> out = new LinkedHashSet<>();
    for (ParamModel p : m.params()) {
      if (p.ref() != null) {
        out.addAll(of(p.ref()));
      }
    }
    return out;
  }

  /** What reading {@code ref} needs directly. */
  public Set<String> of(ColumnRef ref) {
    Set<String> out = new LinkedHashSet<>();
    if (!ref.collection().isEmpty() && catalogue.declared(ref.collection()).isPresent()) {
      out.add(collection(ref.collection()));
    }
    out.addAll(of(fields(ref)));
    return out;
  }

  /** Everything {@code keys} need, transitively, themselves excluded unless on a cycle. */
  public Set<String> closure(Set<String> keys) {
    Set<String> out = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(keys);
    while (!todo.isEmpty()) {
      for (String n : needs(todo.remove(todo.size() - 1))) {
        if (out.add(n)) {
          todo.add(n);
        }
      }
    }
    return out;
  }

  /**
   * Whether a per-event derived column can be missing in an event: its method reads a positional
   * input, or a derived column that can be missing. False on a cycle, which is reported apart.
   */
  public boolean missable(String columnName) {
    return missable(columnName, new java.util.HashSet<>());
  }

  /** Whether any column argument of {@code m} can be missing. */
  public boolean missable(MethodModel m) {
    return missable(m, new java.util.HashSet<>());
  }

  private boolean missable(String columnName, Set<String> seen) {
    DerivedModel d = derived.get(columnName);
    return d != null && !d.perObject() && seen.add(columnName) && missable(d.method(), seen);
  }

  private boolean missable(MethodModel m, Set<String> seen) {
    for (ParamModel p : m.params()) {
      ColumnRef r = p.ref();
      if (r != null && (r.positional() || r.kind() == ColumnRef.Kind.EVENT
          && r.field().storage() == Field.Storage.DERIVED && missable(r.field().name(), seen))) {
        return true;
      }
    }
    return false;
  }

  /** Every key, in declaration order (collections, then derived columns). */
  public Set<String> keys() {
    return edges.keySet();
  }

  private Set<String> of(List<Field> fields) {
    Set<String> out = new LinkedHashSet<>();
    for (Field f : fields) {
      switch (f.storage()) {
        case DERIVED -> out.add(derived(f.owner().isEmpty() ? f.name() : f.owner() + "_" + f.name()));
        case COUNT -> out.add(collection(f.owner()));
        case MERGED, SOURCE -> out.add(collection(f.owner()));
        default -> { }
      }
    }
    return out;
  }

  /** The fields {@code ref} reads: its own, or its view's. */
  private static List<Field> fields(ColumnRef ref) {
    List<Field> out = new ArrayList<>();
    if (ref.field() != null) {
      out.add(ref.field());
    }
    if (ref.view() != null) {
      for (ViewBinding.Bound b : ref.view().accessors()) {
        if (b.field() != null) {
          out.add(b.field());
        }
      }
    }
    return out;
  }
}
