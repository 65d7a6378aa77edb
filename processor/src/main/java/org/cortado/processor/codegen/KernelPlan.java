package org.cortado.processor.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cortado.annotations.Stage;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.CategoryModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.LeafType;
import org.cortado.processor.model.MethodModel;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.ParamRef;
import org.cortado.processor.model.Ref;
import org.cortado.processor.model.WeightModel;

/**
 * What the writer needs beyond the model, derived once and deterministically: the cut-flow rows,
 * the variations, and the branches and counters read (sorted), split into those every chunk
 * needs and those only simulation needs (weight inputs).
 */
final class KernelPlan {
  /**
   * A weight variation: {@code weight} is -1 for nominal; {@code source} is the index in the
   * weight's {@code sources()}, or -1 for a weight with one up/down pair.
   */
  record Variation(String name, int weight, boolean up, int source) {}

  final AnalysisModel model;
  final List<CutModel> skim = new ArrayList<>();
  final List<CutModel> preselection = new ArrayList<>();
  final List<CutModel> categoryCuts = new ArrayList<>();
  final List<String> cutflow = new ArrayList<>();
  final List<Variation> variations = new ArrayList<>();
  final SortedMap<String, LeafType> branches = new TreeMap<>();
  final SortedSet<String> counters = new TreeSet<>();
  final SortedSet<String> mcBranches = new TreeSet<>();
  final SortedSet<String> mcCounters = new TreeSet<>();
  final List<String> categoryNames = new ArrayList<>();
  /** Distinct {@code @Param}s (path and Java type), in first-use order. */
  final List<ParamRef> params = new ArrayList<>();

  /** The cut-flow row of the golden-JSON mask, PocketCoffea's name. */
  static final String GOLDEN_JSON_ROW = "golden_json_lumi";

  KernelPlan(AnalysisModel model) {
    this.model = model;
    cutflow.add("initial");
    if (model.goldenJson()) {
      cutflow.add(GOLDEN_JSON_ROW);
    }
    for (ParamRef p : model.paramRefs()) {
      boolean seen = false;
      for (ParamRef q : params) {
        seen |= q.path().equals(p.path()) && q.kind() == p.kind();
      }
      if (!seen) {
        params.add(p);
      }
    }
    for (CutModel c : model.cuts()) {
      if (c.stage() == Stage.SKIM) {
        skim.add(c);
        cutflow.add(c.name());
      }
    }
    for (CutModel c : model.cuts()) {
      if (c.stage() == Stage.PRESELECTION) {
        preselection.add(c);
        cutflow.add(c.name());
      }
    }
    for (CutModel c : model.cuts()) {
      if (c.stage() == Stage.CATEGORY && referenced(c.name())) {
        categoryCuts.add(c);
      }
    }
    for (CategoryModel c : model.categories()) {
      categoryNames.add(c.name());
    }
    variations.add(new Variation("nominal", -1, false, -1));
    SortedMap<String, Variation> shifted = new TreeMap<>();
    for (int w = 0; w < model.weights().size(); w++) {
      WeightModel wm = model.weights().get(w);
      if (!wm.hasVariations()) {
        continue;
      }
      List<String> sources = wm.isStandard() ? wm.standard().sources() : List.of();
      if (sources.isEmpty()) {
        shifted.put(wm.name() + "Up", new Variation(wm.name() + "Up", w, true, -1));
        shifted.put(wm.name() + "Down", new Variation(wm.name() + "Down", w, false, -1));
      }
      for (int k = 0; k < sources.size(); k++) {
        String base = wm.name() + "_" + sources.get(k);
        shifted.put(base + "Up", new Variation(base + "Up", w, true, k));
        shifted.put(base + "Down", new Variation(base + "Down", w, false, k));
      }
    }
    variations.addAll(shifted.values());

    Map<String, LeafType> always = new TreeMap<>();
    SortedSet<String> alwaysCounters = new TreeSet<>();
    for (CutModel c : model.cuts()) {
      addMethod(c.method(), always, alwaysCounters);
    }
    for (CollectionModel c : model.collections()) {
      alwaysCounters.add(c.counter());
      addMethod(c.method(), always, alwaysCounters);
    }
    for (HistogramModel h : model.histograms()) {
      if (h.method() != null) {
        addMethod(h.method(), always, alwaysCounters);
      }
      for (AxisModel a : h.axes()) {
        if (a.ref() != null) {
          add(a.ref(), always, alwaysCounters);
        }
        if (a.method() != null) {
          addMethod(a.method(), always, alwaysCounters);
        }
      }
    }
    for (ColOutModel c : model.colOuts()) {
      for (ColumnRef r : c.refs()) {
        add(r, always, alwaysCounters);
      }
    }
    Map<String, LeafType> mc = new TreeMap<>();
    SortedSet<String> mcOnlyCounters = new TreeSet<>();
    for (ColumnRef r : model.lumiColumns()) {
      add(r, always, alwaysCounters);
    }
    for (WeightModel w : model.weights()) {
      for (ColumnRef r : w.inputs()) {
        add(r, mc, mcOnlyCounters);
      }
      if (w.method() == null) {
        continue;
      }
      addMethod(w.method(), mc, mcOnlyCounters);
      if (w.hasVariations()) {
        addMethod(w.upMethod(), mc, mcOnlyCounters);
        addMethod(w.downMethod(), mc, mcOnlyCounters);
      }
    }
    if (model.genWeight() != null) {
      add(model.genWeight(), mc, mcOnlyCounters);
    }
    branches.putAll(always);
    branches.putAll(mc);
    counters.addAll(alwaysCounters);
    counters.addAll(mcOnlyCounters);
    for (String b : mc.keySet()) {
      if (!always.containsKey(b)) {
        mcBranches.add(b);
      }
    }
    for (String c : mcOnlyCounters) {
      if (!alwaysCounters.contains(c)) {
        mcCounters.add(c);
      }
    }
  }

  private boolean referenced(String cut) {
    for (CategoryModel c : model.categories()) {
      for (Ref r : c.cuts()) {
        if (r.name().equals(cut)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void addMethod(MethodModel m, Map<String, LeafType> into, SortedSet<String> cs) {
    for (ParamModel p : m.params()) {
      if (p.ref() != null) {
        add(p.ref(), into, cs);
      }
    }
  }

  private static void add(ColumnRef r, Map<String, LeafType> into, SortedSet<String> cs) {
    if (r.kind() == ColumnRef.Kind.EVENT || r.kind() == ColumnRef.Kind.ELEMENT
        || r.kind() == ColumnRef.Kind.POSITIONAL) {
      into.put(r.branch(), r.type());
    }
    if ((r.kind() == ColumnRef.Kind.POSITIONAL || r.kind() == ColumnRef.Kind.ELEMENT)
        && r.rawCollection()) {
      cs.add(r.counter());
    }
  }

  /** Categories (indices) a weight applies in. */
  boolean weightApplies(WeightModel w, int category) {
    if (w.categories().isEmpty()) {
      return true;
    }
    for (Ref r : w.categories()) {
      if (r.name().equals(categoryNames.get(category))) {
        return true;
      }
    }
    return false;
  }

  /** Category names a histogram or column output is filled in. */
  List<String> categoriesOf(List<Ref> refs) {
    if (refs.isEmpty()) {
      return categoryNames;
    }
    List<String> out = new ArrayList<>();
    for (String c : categoryNames) {
      for (Ref r : refs) {
        if (r.name().equals(c)) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }
}
