package org.cortado.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cortado.params.Choices;
import org.cortado.params.EditDistance;
import org.cortado.params.Params;
import org.cortado.params.ParamsException;
import org.cortado.processor.model.ColumnRef.Kind;
import org.cortado.processor.model.ColumnRef.Problem;

/**
 * Resolves column names: first the parameter choices in them, once per period, then each name
 * against the {@link Catalogue}. A name is a per-event branch, derived column or collection size
 * ({@code nMuonGood}); a field of a raw, selected or merged collection ({@code MuonGood_pt}), read
 * for the current object of a loop or by position; a whole collection for a view; or, for
 * {@code Flags}, a list of boolean branches. Problems are recorded in the {@link ColumnRef};
 * validation reports them.
 */
final class ColumnBinder {
  private final Catalogue catalogue;
  private final Periods periods;
  private final Supplier<Params> params;

  /** {@code params} gives the compile-time parameters, or null when they failed to load. */
  ColumnBinder(Catalogue catalogue, Periods periods, Supplier<Params> params) {
    this.catalogue = catalogue;
    this.periods = periods;
    this.params = params;
  }

  Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Resolves a scalar column. {@code element} is the collection looped over when the value is
   * read per object, or null per event; {@code built} says whether collections exist yet.
   */
  ColumnRef bind(String requested, int pos, String element, boolean built) {
    Expanded e = expand(requested, false);
    if (e.failure != null) {
      return e.failure;
    }
    List<ColumnRef> perPeriod = new ArrayList<>();
    for (List<String> names : e.names.values()) {
      perPeriod.add(one(names.get(0), requested, pos, element, built));
    }
    return combine(requested, perPeriod).withChoice(e.choice);
  }

  /** Resolves a whole collection for the view interface {@code type}. */
  ColumnRef bindView(String requested, ViewType type, boolean built) {
    Expanded e = expand(requested, false);
    if (e.failure != null) {
      return e.failure;
    }
    if (e.names.varies()) {
      return ColumnRef.invalid(requested, Problem.PERIODS_DISAGREE,
          "names the collections " + e.names.all() + " in different periods", -1);
    }
    String c = e.names.first();
    if (!catalogue.isCollection(c)) {
      return ColumnRef.invalid(requested, Problem.VIEW_OF_NON_COLLECTION,
          EditDistance.closest(c, catalogue.allCollections()), -1);
    }
    if (!built && !catalogue.isRaw(c)) {
      return ColumnRef.invalid(requested, Problem.NOT_YET_BUILT, c, -1);
    }
    List<ViewBinding.Bound> bound = new ArrayList<>();
    for (ViewType.Accessor a : type.accessors()) {
      bound.add(accessor(c, a));
    }
    return new ColumnRef(Kind.VIEW, requested, null, null, c, -1,
        new ViewBinding(type, c, bound), null, null, Problem.NONE, "").withChoice(e.choice);
  }

  /** Resolves a set of boolean per-event branches for a {@code Flags} parameter. */
  ColumnRef bindFlags(String requested) {
    Expanded e = expand(requested, true);
    if (e.failure != null) {
      return e.failure;
    }
    for (String name : e.names.all()) {
      NanoAodSchema.Branch b = catalogue.schema().branch(name).orElse(null);
      if (b == null || b.jagged()) {
        return ColumnRef.invalid(name, Problem.UNKNOWN, suggestion(name), -1);
      }
      if (b.type() != LeafType.BOOLEAN) {
        return ColumnRef.invalid(name, Problem.FLAGS_NOT_BOOLEAN, b.type().javaName(), -1);
      }
    }
    return new ColumnRef(Kind.FLAGS, requested, LeafType.BOOLEAN, null, "", -1, null, e.names,
        null, Problem.NONE, "").withChoice(e.choice);
  }

  private ViewBinding.Bound accessor(String collection, ViewType.Accessor a) {
    Expanded e = expand(a.field(), false);
    if (e.failure != null) {
      return new ViewBinding.Bound(a, null, null, e.failure.problem(), e.failure.detail());
    }
    List<Field> fields = new ArrayList<>();
    for (List<String> names : e.names.values()) {
      Field f = catalogue.field(collection, names.get(0)).orElse(null);
      if (f == null) {
        return new ViewBinding.Bound(a, null, e.choice, Problem.UNKNOWN, names.get(0));
      }
      fields.add(f);
    }
    Field merged = mergePeriods(fields);
    if (merged == null) {
      return new ViewBinding.Bound(a, null, e.choice, Problem.PERIODS_DISAGREE,
          "reads fields of different kinds or types in different periods: " + e.names.all());
    }
    return new ViewBinding.Bound(a, merged, e.choice, Problem.NONE, "");
  }

  /** One period's resolution of {@code name}. */
  private ColumnRef one(String name, String requested, int pos, String element, boolean built) {
    Field event = eventField(name);
    if (event != null) {
      if (pos >= 0) {
        return ColumnRef.invalid(requested, Problem.POS_ON_EVENT, "", pos);
      }
      if (event.storage() == Field.Storage.COUNT && !built && !catalogue.isRaw(event.owner())) {
        return ColumnRef.invalid(requested, Problem.NOT_YET_BUILT, event.owner(), pos);
      }
      return new ColumnRef(Kind.EVENT, requested, event.type(), event, "", pos, null, null, null,
          Problem.NONE, "");
    }
    String collection = catalogue.collectionPrefix(name);
    Field field = collection.isEmpty() ? null
        : catalogue.field(collection, name.substring(collection.length() + 1)).orElse(null);
    if (field == null) {
      if (catalogue.isCollection(name)) {
        return ColumnRef.invalid(requested, Problem.NOT_A_VIEW, name, pos);
      }
      return ColumnRef.invalid(requested, Problem.UNKNOWN, suggestion(name), pos);
    }
    if (!built && !catalogue.isRaw(collection)) {
      return ColumnRef.invalid(requested, Problem.NOT_YET_BUILT, collection, pos);
    }
    if (pos >= 0) {
      if (element != null) {
        return ColumnRef.invalid(requested, Problem.POS_IN_LOOP, element, pos);
      }
      return new ColumnRef(Kind.POSITIONAL, requested, field.type(), field, collection, pos, null,
          null, null, Problem.NONE, "");
    }
    if (element != null) {
      // An unknown looped collection is reported on its own selection or derived column.
      if (catalogue.within(element, collection) || catalogue.base(element).isEmpty()) {
        return new ColumnRef(Kind.ELEMENT, requested, field.type(), field, collection, pos, null,
            null, null, Problem.NONE, "");
      }
      return ColumnRef.invalid(requested, Problem.WRONG_COLLECTION, element, pos);
    }
    return ColumnRef.invalid(requested, Problem.NEEDS_POS, collection, pos);
  }

  /** A per-event meaning of {@code name}, or null. */
  private Field eventField(String name) {
    if (name.startsWith("n")) {
      String c = name.substring(1);
      // A raw collection stored as vectors (an RDataFrame skim's RVec columns) has no counter
      // branch: its size is the vectors' size, as a declared collection's is its count.
      boolean vectors = catalogue.isRaw(c) && catalogue.schema().branch(name).isEmpty();
      if (catalogue.declared(c).isPresent() || vectors) {
        return new Field(Field.Storage.COUNT, c, name, LeafType.INT, null, List.of());
      }
    }
    NanoAodSchema.Branch b = catalogue.schema().branch(name).orElse(null);
    if (b != null && !b.jagged()) {
      return Field.eventBranch(PerPeriod.of(name), b.type());
    }
    return catalogue.eventDerived(name).map(d -> new Field(Field.Storage.DERIVED, "", d.name(),
        d.type(), null, List.of())).orElse(null);
  }

  /** The per-period resolutions as one, or a {@link Problem#PERIODS_DISAGREE}. */
  private ColumnRef combine(String requested, List<ColumnRef> perPeriod) {
    ColumnRef first = perPeriod.get(0);
    if (perPeriod.stream().distinct().count() == 1 || first.kind() == Kind.INVALID) {
      return first;
    }
    List<Field> fields = new ArrayList<>();
    for (ColumnRef r : perPeriod) {
      if (r.kind() != first.kind() || !r.collection().equals(first.collection())
          || r.pos() != first.pos()) {
        return disagree(requested, perPeriod);
      }
      fields.add(r.field());
    }
    Field merged = mergePeriods(fields);
    if (merged == null) {
      return disagree(requested, perPeriod);
    }
    return new ColumnRef(first.kind(), requested, merged.type(), merged, first.collection(),
        first.pos(), null, null, null, Problem.NONE, "");
  }

  /** Branch fields that differ only in their branch, as one field per period; else null. */
  private static Field mergePeriods(List<Field> fields) {
    Field first = fields.get(0);
    if (fields.stream().distinct().count() == 1) {
      return first;
    }
    List<List<String>> branches = new ArrayList<>();
    for (Field f : fields) {
      if (f.storage() != Field.Storage.BRANCH || first.storage() != Field.Storage.BRANCH
          || f.type() != first.type() || !f.owner().equals(first.owner())) {
        return null;
      }
      branches.add(List.of(f.branches().first()));
    }
    return new Field(Field.Storage.BRANCH, first.owner(), first.name(), first.type(),
        new PerPeriod(branches), List.of());
  }

  private ColumnRef disagree(String requested, List<ColumnRef> perPeriod) {
    List<String> what = new ArrayList<>();
    for (int k = 0; k < perPeriod.size(); k++) {
      ColumnRef r = perPeriod.get(k);
      what.add(periods.get(k) + ": " + (r.kind() == Kind.INVALID ? "unresolved"
          : r.field().describe() + " (" + r.type().javaName() + ")"));
    }
    return ColumnRef.invalid(requested, Problem.PERIODS_DISAGREE, String.join(", ", what), -1);
  }

  /** The names a template gives in each period, or why it gives none. */
  private Expanded expand(String template, boolean lists) {
    if (!Choices.isTemplate(template)) {
      return new Expanded(PerPeriod.of(template), null, null);
    }
    Params p = params.get();
    if (p == null) {
      return new Expanded(null, null, ColumnRef.invalid(template, Problem.CHOICE_FAILED,
          "the parameter files could not be loaded", -1));
    }
    List<List<String>> out = new ArrayList<>();
    for (String period : periods.names()) {
      try {
        Choices.Expansion x = Choices.expand(template, p, period);
        if (x.list() && !lists) {
          return new Expanded(null, null, ColumnRef.invalid(template, Problem.CHOICE_FAILED,
              "it expands to the list " + x.values() + (period.isEmpty() ? "" : " for " + period)
                  + "; only a Flags parameter reads several branches", -1));
        }
        out.add(x.values());
      } catch (ParamsException ex) {
        return new Expanded(null, null, ColumnRef.invalid(template, Problem.CHOICE_FAILED,
            ex.getMessage(), -1));
      }
    }
    PerPeriod names = new PerPeriod(out);
    return new Expanded(names, new Choice(template, names), null);
  }

  /**
   * A parameter path with choices, resolved for every period.
   *
   * @throws RuntimeException naming the problem: parameters not loaded, a missing or mistyped
   *     parameter ({@code ParamsException}), or a list where one path is needed
   */
  PerPeriod expandPath(String template) {
    Params p = params.get();
    if (p == null) {
      throw new IllegalStateException("the parameter files could not be loaded");
    }
    List<List<String>> out = new ArrayList<>();
    for (String period : periods.names()) {
      Choices.Expansion x = Choices.expand(template, p, period);
      if (x.list()) {
        throw new IllegalArgumentException("'" + template + "' expands to the list " + x.values()
            + "; a parameter path must name one parameter");
      }
      out.add(x.values());
    }
    return new PerPeriod(out);
  }

  private String suggestion(String name) {
    return EditDistance.closest(name, catalogue.names());
  }

  /** A template's names per period, the choice to check at run time, or a failure. */
  private record Expanded(PerPeriod names, Choice choice, ColumnRef failure) {}
}
