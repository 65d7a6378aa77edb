package org.cortado.processor.model;

import java.util.ArrayList;
import java.util.List;
import org.cortado.processor.model.ColumnRef.Kind;
import org.cortado.processor.model.ColumnRef.Problem;

/**
 * Resolves column names against the schema and the object collections declared so far. A name
 * is a NanoAOD branch ({@code Muon_pt}), a field of a selected collection ({@code MuonGood_pt},
 * read from {@code Muon_pt} through the selection's indices) or a selection's size
 * ({@code nMuonGood}). Problems are recorded in the {@link ColumnRef}; validation reports them.
 */
final class ColumnBinder {
  private final NanoAodSchema schema;
  private final List<CollectionModel> collections;

  ColumnBinder(NanoAodSchema schema, List<CollectionModel> collections) {
    this.schema = schema;
    this.collections = collections;
  }

  /**
   * Resolves {@code name}. {@code element} is the collection looped over (raw or selected) when
   * the value is read per object, or null per event; {@code built} says whether selections exist.
   */
  ColumnRef bind(String name, int pos, String element, boolean built) {
    String elementRaw = element == null ? null : rawOf(element);
    CollectionModel counted = selectionCountedBy(name);
    if (counted != null) {
      if (pos >= 0) {
        return ColumnRef.invalid(name, Problem.POS_ON_EVENT, "", pos);
      }
      if (!built) {
        return ColumnRef.invalid(name, Problem.NOT_YET_BUILT, counted.name(), pos);
      }
      return new ColumnRef(Kind.COUNT, name, "", LeafType.INT, counted.name(), counted.counter(),
          pos, Problem.NONE, "");
    }
    NanoAodSchema.Branch branch = schema.branch(name).orElse(null);
    String collection = "";
    if (branch != null && branch.jagged()) {
      collection = branch.counter().substring(1);
    } else if (branch == null) {
      CollectionModel sel = selectionPrefixOf(name);
      if (sel == null || sel.counter().isEmpty()) {
        return ColumnRef.invalid(name, Problem.UNKNOWN, suggest(name), pos);
      }
      String real = sel.raw() + name.substring(sel.name().length());
      branch = schema.branch(real).orElse(null);
      if (branch == null || !branch.jagged()) {
        return ColumnRef.invalid(name, Problem.UNKNOWN, suggest(name), pos);
      }
      collection = sel.name();
    }
    if (!branch.jagged()) {
      if (pos >= 0) {
        return ColumnRef.invalid(name, Problem.POS_ON_EVENT, "", pos);
      }
      return new ColumnRef(Kind.EVENT, name, branch.name(), branch.type(), "", "", pos,
          Problem.NONE, "");
    }
    String raw = branch.counter().substring(1);
    if (pos >= 0) {
      if (!collection.equals(raw) && !built) {
        return ColumnRef.invalid(name, Problem.NOT_YET_BUILT, collection, pos);
      }
      return new ColumnRef(Kind.POSITIONAL, name, branch.name(), branch.type(), collection,
          branch.counter(), pos, Problem.NONE, "");
    }
    if (element != null && (raw.equals(elementRaw) || elementRaw == null)) {
      // elementRaw == null: the looped collection is unknown, which is reported on its own
      return new ColumnRef(Kind.ELEMENT, name, branch.name(), branch.type(), element,
          branch.counter(), pos, Problem.NONE, "");
    }
    if (element != null) {
      return ColumnRef.invalid(name, Problem.WRONG_COLLECTION, element, pos);
    }
    return ColumnRef.invalid(name, Problem.NEEDS_POS, collection, pos);
  }

  /** The NanoAOD collection under a raw or selected collection, or null if unknown. */
  String rawOf(String collection) {
    for (CollectionModel c : collections) {
      if (c.name().equals(collection)) {
        return c.raw().isEmpty() ? null : c.raw();
      }
    }
    return schema.counterOf(collection).isPresent() ? collection : null;
  }

  private CollectionModel selectionCountedBy(String name) {
    for (CollectionModel c : collections) {
      if (("n" + c.name()).equals(name)) {
        return c;
      }
    }
    return null;
  }

  private CollectionModel selectionPrefixOf(String name) {
    CollectionModel best = null;
    for (CollectionModel c : collections) {
      if (name.startsWith(c.name() + "_")
          && (best == null || c.name().length() > best.name().length())) {
        best = c;
      }
    }
    return best;
  }

  /** The closest known name by edit distance, or empty if nothing is close. */
  String suggest(String name) {
    List<String> candidates = new ArrayList<>();
    schema.names().forEach(candidates::add);
    for (CollectionModel c : collections) {
      candidates.add("n" + c.name());
      String prefix = c.raw() + "_";
      for (String b : schema.names()) {
        if (b.startsWith(prefix)) {
          candidates.add(c.name() + "_" + b.substring(prefix.length()));
        }
      }
    }
    return EditDistance.closest(name, candidates);
  }
}
