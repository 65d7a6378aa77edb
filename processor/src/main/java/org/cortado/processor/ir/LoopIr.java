package org.cortado.processor.ir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cortado.processor.calibration.CalibratorPlan;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.Choice;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.PerPeriod;

/**
 * The event loop of one analysis as a dataflow graph, in the order the loop runs: the golden-JSON
 * mask and skim cuts, the collections built, the preselection, the category masks, the weights,
 * then per category the fills and exports. Derived columns are computed lazily, in
 * {@code derived} order when several are needed at once. Every list is deterministic: declaration
 * order, or sorted by name for reads.
 *
 * @param cutflow the cut-flow rows: {@code initial}, then the golden-JSON row if any, skim and
 *     preselection cuts; each {@link CutStep#row()} indexes it
 * @param params the distinct parameters read, in first-use order
 * @param choices the parameter choices the kernel checks when it is built
 * @param skimLoop whether this is the loop of the skim alone ({@link #skimOnly()})
 */
public record LoopIr(
    AnalysisModel model, List<String> cutflow, List<String> categories,
    List<Variation> variations, List<Read> reads, List<Offsets> offsets, List<ParamValue> params,
    List<Choice> choices, List<CutStep> skim, List<Build> builds, List<CutStep> preselection,
    List<Derive> derived, List<CutStep> masks, List<CategoryStep> categorySteps,
    List<SubsampleStep> subsamples, List<WeightStep> weights, List<FillStep> fills,
    List<ExportStep> exports, WeightColumns weightColumns, List<ViewImpl> views,
    List<FlagSet> flagSets, boolean skimLoop) {
  /** Copies the lists. */
  public LoopIr {
    cutflow = List.copyOf(cutflow);
    categories = List.copyOf(categories);
    variations = List.copyOf(variations);
    reads = List.copyOf(reads);
    offsets = List.copyOf(offsets);
    params = List.copyOf(params);
    choices = List.copyOf(choices);
    skim = List.copyOf(skim);
    builds = List.copyOf(builds);
    preselection = List.copyOf(preselection);
    derived = List.copyOf(derived);
    masks = List.copyOf(masks);
    categorySteps = List.copyOf(categorySteps);
    subsamples = List.copyOf(subsamples);
    weights = List.copyOf(weights);
    fills = List.copyOf(fills);
    exports = List.copyOf(exports);
    views = List.copyOf(views);
    flagSets = List.copyOf(flagSets);
  }

  /** Every step, in loop order. */
  public List<Step> steps() {
    List<Step> out = new ArrayList<>(skim);
    out.addAll(preselection);
    out.addAll(masks);
    out.addAll(categorySteps);
    out.addAll(weights);
    out.addAll(fills);
    out.addAll(exports);
    return out;
  }

  /** Every node: reads, offsets, builds, derived columns and steps. */
  public List<Node> nodes() {
    List<Node> out = new ArrayList<>(reads);
    out.addAll(offsets);
    out.addAll(builds);
    out.addAll(derived);
    out.addAll(steps());
    return out;
  }

  /** Everything {@code node} reads, directly or through other nodes. */
  public static Set<Node> upstream(Node node) {
    Set<Node> out = new LinkedHashSet<>();
    List<Node> todo = new ArrayList<>(node.inputs());
    while (!todo.isEmpty()) {
      Node n = todo.remove(todo.size() - 1);
      if (out.add(n)) {
        todo.addAll(n.inputs());
      }
    }
    return out;
  }

  /**
   * The nodes that read {@code changed}, directly or through others, in {@link #nodes()} order:
   * what must run again when {@code changed} takes another value (a shape variation).
   */
  public List<Node> downstream(Node changed) {
    List<Node> out = new ArrayList<>();
    for (Node n : nodes()) {
      if (n != changed && upstream(n).contains(changed)) {
        out.add(n);
      }
    }
    return out;
  }

  /** The calibrators, in run order; none in the skim alone, which runs before them. */
  public List<CalibratorPlan> calibrators() {
    return skimLoop ? List.of() : model.calibration().plans();
  }

  /** The shape variations run after the nominal pass, each a pass of its own. */
  public List<String> passes() {
    return skimLoop ? List.of() : model.calibration().passes();
  }

  /**
   * The loop of the skim alone, which tells the events a skim keeps: the skim cuts (golden JSON
   * included) and what they read, the generator weight the cut flow sums, and the cut-flow rows up
   * to the last skim cut. Nodes are this loop's own, so that one set of names serves both loops.
   */
  public LoopIr skimOnly() {
    Set<Node> needed = new LinkedHashSet<>();
    List<Call> calls = new ArrayList<>();
    for (CutStep c : skim) {
      needed.add(c);
      needed.addAll(upstream(c));
      if (c.call() != null) {
        calls.add(c.call());
      }
    }
    if (model.genWeight() != null) {
      needed.add(read(model.genWeight().field().branches()));
    }
    List<Derive> derives = derived.stream().filter(needed::contains).toList();
    derives.forEach(d -> calls.add(d.call()));
    List<ParamValue> usedParams = new ArrayList<>();
    List<ViewImpl> usedViews = new ArrayList<>();
    List<FlagSet> usedFlags = new ArrayList<>();
    for (Call call : calls) {
      for (Arg a : call.args()) {
        if (a instanceof Arg.Param p && !usedParams.contains(p.value())) {
          usedParams.add(p.value());
        } else if (a instanceof Arg.Column c) {
          views.stream().filter(v -> c.ref().kind() == ColumnRef.Kind.VIEW
              && v.type().name().equals(c.ref().view().type().name())
              && v.collection().equals(c.ref().collection()) && !usedViews.contains(v))
              .forEach(usedViews::add);
          flagSets.stream().filter(f -> c.ref().kind() == ColumnRef.Kind.FLAGS
              && f.template().equals(c.ref().requested()) && f.on() == c.on()
              && !usedFlags.contains(f)).forEach(usedFlags::add);
        }
      }
    }
    return new LoopIr(model, cutflow.subList(0, 1 + skim.size()), List.of(),
        variations.subList(0, 1), reads.stream().filter(needed::contains).toList(),
        offsets.stream().filter(needed::contains).toList(),
        params.stream().filter(usedParams::contains).toList(), choices, skim, List.of(),
        List.of(), derives, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        new WeightColumns(List.of(), List.of()), views.stream().filter(usedViews::contains).toList(),
        flagSets.stream().filter(usedFlags::contains).toList(), true);
  }

  /**
   * The nodes a shape variation changes: the columns calibrators replace, the collections they
   * re-sort, and everything that reads them. Only these run again in a variation's pass.
   */
  public Set<Node> varied() {
    Set<Node> roots = new LinkedHashSet<>();
    for (Read r : reads) {
      if (r.source() == Read.Source.CALIBRATED) {
        roots.add(r);
      }
    }
    for (Offsets o : offsets) {
      if (o.reordered()) {
        roots.add(o);
      }
    }
    Set<Node> out = new LinkedHashSet<>(roots);
    for (Node n : nodes()) {
      Set<Node> up = upstream(n);
      if (roots.stream().anyMatch(up::contains)) {
        out.add(n);
      }
    }
    return out;
  }

  /** The read of {@code branches}. */
  public Read read(PerPeriod branches) {
    for (Read r : reads) {
      if (r.branches().equals(branches)) {
        return r;
      }
    }
    throw new IllegalStateException("no read of " + branches);
  }

  /** The offsets of raw collection {@code collection}. */
  public Offsets offsets(String collection) {
    for (Offsets o : offsets) {
      if (o.collection().equals(collection)) {
        return o;
      }
    }
    throw new IllegalStateException("no offsets of " + collection);
  }

  /** The build of declared collection {@code name}. */
  public Build build(String name) {
    for (Build b : builds) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new IllegalStateException("no build of " + name);
  }

  /** The derived column read as {@code columnName}. */
  public Derive derive(String columnName) {
    for (Derive d : derived) {
      if (d.model().columnName().equals(columnName)) {
        return d;
      }
    }
    throw new IllegalStateException("no derived column " + columnName);
  }
}
