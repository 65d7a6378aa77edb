package org.cortado.processor.codegen;

import static org.cortado.processor.RuntimeNames.COLUMN_BUFFER;
import static org.cortado.processor.RuntimeNames.HIST_1D;
import static org.cortado.processor.RuntimeNames.HIST_2D;
import static org.cortado.processor.RuntimeNames.KERNELS;
import static org.cortado.processor.RuntimeNames.LUMI_MASK;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cortado.annotations.EventKind;
import org.cortado.processor.RuntimeNames;
import org.cortado.processor.ir.CategoryStep;
import org.cortado.processor.ir.ColumnSlot;
import org.cortado.processor.ir.CutStep;
import org.cortado.processor.ir.ExportStep;
import org.cortado.processor.ir.FillStep;
import org.cortado.processor.ir.FlagSet;
import org.cortado.processor.ir.LoopIr;
import org.cortado.processor.ir.Node;
import org.cortado.processor.ir.Offsets;
import org.cortado.processor.ir.ParamValue;
import org.cortado.processor.ir.Read;
import org.cortado.processor.ir.Step;
import org.cortado.processor.ir.SubsampleStep;
import org.cortado.processor.ir.ViewImpl;
import org.cortado.processor.ir.WeightStep;
import org.cortado.processor.model.LeafType;
import org.cortado.processor.model.WeightEvaluation;

/**
 * Writes the {@code EventLoop} of a kernel: the chunk's arrays, parameters, evaluators and
 * outputs bound once in its constructor, and the loop cut into per-event methods that share the
 * event's values through fields: {@code select} (cut flow, skim, collections, preselection),
 * {@code categorize}, {@code weigh}, then one method per category for its yields, fills and
 * columns. One method holding a whole analysis's loop is more than C2 compiles ("out of nodes"),
 * which left it to the far slower C1 code. Each block is commented with the annotation it comes
 * from.
 */
final class LoopWriter {
  private final LoopIr ir;
  private final Names names;
  private final Exprs exprs;
  private final LoopClass loop = new LoopClass();

  LoopWriter(LoopIr ir, Names names) {
    this.ir = ir;
    this.names = names;
    this.exprs = new Exprs(ir, names);
  }

  TypeSpec write(ClassName kernel, ClassName loopType) {
    bind();
    CodeBlock.Builder run = eventLoop();
    boolean calibrated = !ir.calibrators().isEmpty();
    CalibrationEmitter calibration = new CalibrationEmitter(exprs, loop);
    if (calibrated) {
      calibration.nominal(run, skim(), preselect(calibration));
    } else {
      run.beginControlFlow("if (!select(e))").addStatement("continue").endControlFlow();
      loop.method(LoopClass.step("select", TypeName.BOOLEAN, select(),
          "Cut flow, skim cuts, collections and preselection of event {@code e}; false if a cut"
              + "\nrejects it."));
    }
    CodeBlock categorize = categorize();
    if (!categorize.isEmpty()) {
      run.addStatement("categorize(e)");
      loop.method(LoopClass.step("categorize", TypeName.VOID, categorize,
          "Which categories event {@code e} belongs to."));
    }
    CodeBlock weigh = new WeightEmitter(exprs, loop).weigh();
    if (!weigh.isEmpty()) {
      run.addStatement("weigh(e)");
      loop.method(LoopClass.step("weigh", TypeName.VOID, weigh,
          "The weights of event {@code e} and their variations."));
    }
    CategoryEmitter categories = new CategoryEmitter(exprs);
    for (int c = 0; c < ir.categories().size(); c++) {
      String in = names.of(ir.categorySteps().get(c), "in");
      String method = names.of(ir.categorySteps().get(c), "fill");
      run.beginControlFlow("if ($L)", in).addStatement("$L(e)", method).endControlFlow();
      loop.method(LoopClass.step(method, TypeName.VOID, categories.category(c),
          "Yields, histograms and columns of event {@code e} in category \""
              + ir.categories().get(c) + "\"."));
    }
    if (calibrated) {
      run.endControlFlow();
      calibration.shapes(run, !categorize.isEmpty(), !weigh.isEmpty(), this);
    }
    run.endControlFlow();
    new DerivedEmitter(exprs, loop).emit();
    new ViewEmitter(exprs, loop).emit();
    loop.first(runMethod(MethodSpec.methodBuilder("run"), run.build())
        .addJavadoc("Processes every event of the chunk; a failure names the event and the"
            + " analysis method.\n")
        .build());
    return loop.build(loopType, kernel, RuntimeNames.COLUMN_CHUNK, RuntimeNames.KERNEL_OUTPUTS,
        "One chunk: its columns and outputs bound once, and the event loop. The current event's\n"
            + "values are fields so that the loop's steps are separate methods, each small enough"
            + " for the JIT\nto compile.\n");
  }

  /**
   * Writes the {@code SkimLoop} of {@link LoopIr#skimOnly()}: the skim cuts of the event loop's
   * {@code select}, over the columns they read only, noting the events that pass them all. It
   * counts its own cut flow, which the kernel discards, so that its cuts are the event loop's
   * line for line.
   */
  TypeSpec writeSkim(ClassName kernel, ClassName loopType) {
    bind();
    CodeBlock.Builder run = eventLoop();
    run.beginControlFlow("if (select(e))").addStatement("passing[k++] = e").endControlFlow();
    run.endControlFlow();
    loop.method(LoopClass.step("select", TypeName.BOOLEAN, skim(),
        "Cut flow and skim cuts of event {@code e}; false if a cut rejects it."));
    new DerivedEmitter(exprs, loop).emit();
    new ViewEmitter(exprs, loop).emit();
    MethodSpec.Builder start = MethodSpec.methodBuilder("run")
        .addParameter(ArrayTypeName.of(TypeName.INT), "passing").returns(TypeName.INT)
        .addStatement("int k = 0");
    loop.first(runMethod(start, run.build())
        .addJavadoc("Writes the index of every event of the chunk that passes the skim to"
            + " {@code passing} and\nreturns how many did; a failure names the event and the"
            + " analysis method.\n")
        .addStatement("return k")
        .build());
    return loop.build(loopType, kernel, RuntimeNames.COLUMN_CHUNK, RuntimeNames.KERNEL_OUTPUTS,
        "The skim alone, for saving the events that pass it: the skim cuts of {@link EventLoop}"
            + " over the\ncolumns they read, bound once per chunk.\n");
  }

  /** Opens the loop over the chunk's events, pointing views and flags at the current one. */
  private CodeBlock.Builder eventLoop() {
    CodeBlock.Builder run = CodeBlock.builder();
    run.beginControlFlow("for (; e < n; e++)");
    if (ViewEmitter.needsEvent(ir)) {
      run.addStatement("currentEvent = e");
      loop.state(TypeName.INT, "currentEvent");
    }
    return run;
  }

  /** {@code run}: the loop in a {@code try} that turns a failure into one naming the event. */
  private MethodSpec.Builder runMethod(MethodSpec.Builder start, CodeBlock loopCode) {
    return start
        .addStatement("int e = 0")
        .beginControlFlow("try")
        .addCode(loopCode)
        .nextControlFlow("catch ($T ex)", RuntimeException.class)
        .addStatement("throw $T.failed(ex, $S, e, USER_METHODS)", KERNELS, ir.model().name())
        .endControlFlow();
  }

  /** The constructor: everything the loop reads or fills, bound once per chunk. */
  private void bind() {
    loop.bind(TypeName.INT, "n", CodeBlock.of("chunk.size()"));
    loop.bind(TypeName.BOOLEAN, "mc", CodeBlock.of("$T.isMC(chunk, out)", KERNELS));
    if (!ir.skimLoop()) {
      loop.bind(TypeName.INT, "nvar", CodeBlock.of("out.variationCount()"));
    }
    if (!ir.subsamples().isEmpty()) {
      loop.bind(TypeName.INT, "subsample", CodeBlock.of("$T.subsample(SUBSAMPLES, chunk.sample())",
          KERNELS));
    }
    if (KernelWriter.perPeriod(ir)) {
      loop.bind(TypeName.INT, "period",
          CodeBlock.of("$T.period(PERIODS, chunk.year(), $S)", KERNELS, ir.model().name()));
    }
    CalibrationEmitter calibration = new CalibrationEmitter(exprs, loop);
    calibration.bind();
    if (calibration.stamped()) {
      loop.state(TypeName.INT, "stamp");
    }
    for (Read r : ir.reads()) {
      if (!r.bound()) {
        continue;
      }
      if (r.source() == Read.Source.CALIBRATED) {
        calibration.bindCalibrated(r, readers(r, r.readFor()));
        continue;
      }
      CodeBlock name = r.branches().varies()
          ? CodeBlock.of("$L_BRANCHES[period]", names.of(r)) : CodeBlock.of("$S", r.branches().first());
      loop.bind(ArrayTypeName.of(primitive(r.type())), names.of(r),
          only(r.readFor(), CodeBlock.of("chunk.$L($L)", r.type().accessor(), name)),
          readers(r, r.readFor()));
    }
    for (Offsets o : ir.offsets()) {
      if (!o.bound()) {
        continue;
      }
      loop.bind(ArrayTypeName.of(TypeName.INT), names.of(o),
          only(o.readFor(), CodeBlock.of("chunk.offsets($S)", o.counter())), readers(o, o.readFor()));
      if (o.reordered() && !ir.calibrators().isEmpty()) {
        calibration.bindOrder(o);
      }
    }
    new CollectionEmitter(exprs, loop).bindStorage();
    for (ParamValue p : ir.params()) {
      loop.bind(ParamsEmitter.javaType(p), names.of(p), p.perPeriod()
          ? CodeBlock.of("kernel.$L[period]", names.of(p)) : CodeBlock.of("kernel.$L", names.of(p)));
    }
    for (WeightStep w : ir.weights()) {
      if (!w.samples().isEmpty()) {
        loop.bind(TypeName.BOOLEAN, names.of(w, "samples"), CodeBlock.of(
            "mc && $T.sampleIn(chunk.sample(), $L)", KERNELS, KernelWriter.quoted(w.samples())));
      }
      WeightEvaluation how = w.model().isStandard() ? w.model().standard().evaluation() : null;
      if (how instanceof WeightEvaluation.PerChunk c) {
        loop.bind(TypeName.DOUBLE, c.field(), CodeBlock.of("mc ? $L : 1.0", c.value()));
      } else if (how instanceof WeightEvaluation.Evaluator ev) {
        loop.bind(ev.type(), names.of(w, "evaluator"), CodeBlock.of(
            "mc ? kernel.$L.bind(chunk.year()) : null", names.of(w, "factory")));
      }
    }
    if (ir.model().goldenJson()) {
      loop.bind(LUMI_MASK, "lumiMask",
          CodeBlock.of("mc ? null : kernel.goldenJson.forYear(chunk.year())"));
    }
    // The skim loop counts its cut flow, and needs no weights nor yields.
    int variations = ir.variations().size();
    if (!ir.skimLoop()) {
      loop.bind(TypeName.INT, "nw", variations == 1 ? CodeBlock.of("1")
          : CodeBlock.of("mc ? $L : 1", variations));
      loop.bind(ArrayTypeName.of(TypeName.DOUBLE), "wt", CodeBlock.of("new double[$L]", variations));
    }
    loop.bind(ArrayTypeName.of(TypeName.LONG), "cutflow", CodeBlock.of("out.cutflowCounts()"));
    loop.bind(ArrayTypeName.of(TypeName.DOUBLE), "cutflowSumw", CodeBlock.of("out.cutflowSumw()"));
    if (!ir.skimLoop()) {
      loop.bind(ArrayTypeName.of(TypeName.LONG), "counts", CodeBlock.of("out.categoryCounts()"));
      loop.bind(ArrayTypeName.of(TypeName.DOUBLE), "sumw", CodeBlock.of("out.sumw()"));
      loop.bind(ArrayTypeName.of(TypeName.DOUBLE), "sumw2", CodeBlock.of("out.sumw2()"));
    }
    for (FillStep f : ir.fills()) {
      if (!f.model().samples().isEmpty()) {
        loop.bind(TypeName.BOOLEAN, names.of(f, "samples"), CodeBlock.of(
            "$T.sampleIn(chunk.sample(), $L)", KERNELS, KernelWriter.quoted(f.model().samples())));
      }
      boolean twoD = f.values().size() == 2;
      loop.bind(ArrayTypeName.of(twoD ? HIST_2D : HIST_1D), names.of(f),
          CodeBlock.of("out.$L($L)", twoD ? "hist2d" : "hist1d", f.index()));
    }
    List<ColumnSlot> columns = new ArrayList<>();
    ir.exports().forEach(x -> columns.addAll(x.slots()));
    columns.addAll(ir.weightColumns().slots());
    for (ColumnSlot s : columns) {
      loop.bind(ArrayTypeName.of(COLUMN_BUFFER), names.of(s),
          CodeBlock.of("out.columns($L)", s.index()));
    }
    for (ViewImpl v : ir.views()) {
      ClassName type = ClassName.get("", names.of(v, "class"));
      loop.bind(type, names.of(v, "field"), CodeBlock.of("new $T()", type));
    }
    for (FlagSet f : ir.flagSets()) {
      CodeBlock list = CodeBlock.of("$L[period]", names.of(f, "branches"));
      CodeBlock branches = f.on() == EventKind.ALL ? list : CodeBlock.of("$L ? $L : new String[0]",
          f.on() == EventKind.MC ? "mc" : "!mc", list);
      loop.bind(ViewEmitter.FLAGS_CLASS, names.of(f),
          CodeBlock.of("new $T(chunk, $L)", ViewEmitter.FLAGS_CLASS, branches));
    }
    reserveColumns();
  }

  /**
   * What reads {@code node} directly, and how many steps depend on it through collections and
   * derived columns: what a change of this branch (a variation) would have to run again.
   */
  private String readers(Node node, EventKind readFor) {
    List<String> direct = new ArrayList<>();
    for (Node n : ir.nodes()) {
      if (n.inputs().contains(node) && !(n instanceof CategoryStep)) {
        direct.add("{@code " + n.label() + "}");
      }
    }
    String only = readFor == EventKind.MC ? " Simulation only."
        : readFor == EventKind.DATA ? " Data only." : "";
    if (direct.isEmpty()) {
      // Only the cut flow's generator-weight sum reads it in the skim loop.
      return "Summed in the cut flow." + only;
    }
    long steps = ir.downstream(node).stream().filter(n -> n instanceof Step).count();
    return "Read by " + String.join(", ", direct) + "; " + steps + (steps == 1 ? " step depends"
        : " steps depend") + " on it." + only;
  }

  /** {@code init} for the events that need it, {@code null} for the other kind. */
  private static CodeBlock only(EventKind kind, CodeBlock init) {
    switch (kind) {
      case MC: return CodeBlock.of("mc ? $L : null", init);
      case DATA: return CodeBlock.of("mc ? null : $L", init);
      default: return init;
    }
  }

  private CodeBlock select() {
    CodeBlock.Builder b = CodeBlock.builder();
    skimCuts(b);
    new CollectionEmitter(exprs, loop).builds(b);
    for (CutStep c : ir.preselection()) {
      cut(b, c);
    }
    b.addStatement("return true");
    return b.build();
  }

  /** The cut flow and skim cuts alone: with calibrators, and in the skim loop. */
  private CodeBlock skim() {
    CodeBlock.Builder b = CodeBlock.builder();
    skimCuts(b);
    b.addStatement("return true");
    return b.build();
  }

  /**
   * With calibrators: the collections and the preselection of the nominal pass, calibrating the
   * event once those that read nothing calibrated have passed, and noting in {@code reached} how
   * many preselection cuts the event passed (all of them when it returns true), which decides
   * whether a shape variation can change its fate.
   */
  private CodeBlock preselect(CalibrationEmitter calibration) {
    CodeBlock.Builder b = CodeBlock.builder();
    // What reads nothing calibrated runs first: an event it rejects is never calibrated.
    Set<Node> varied = ir.varied();
    CollectionEmitter collections = new CollectionEmitter(exprs, loop);
    collections.builds(b, build -> !varied.contains(build));
    boolean track = !ir.passes().isEmpty();
    int j = 0;
    for (; j < ir.preselection().size() && !varied.contains(ir.preselection().get(j)); j++) {
      if (track) {
        b.addStatement("reached = $L", j);
      }
      cut(b, ir.preselection().get(j));
    }
    calibration.calibrateHere(b);
    collections.builds(b, varied::contains);
    for (; j < ir.preselection().size(); j++) {
      if (track) {
        b.addStatement("reached = $L", j);
      }
      cut(b, ir.preselection().get(j));
    }
    if (track) {
      b.addStatement("reached = $L", ir.preselection().size());
    }
    b.addStatement("return true");
    return b.build();
  }

  private void skimCuts(CodeBlock.Builder b) {
    loop.state(TypeName.DOUBLE, "gw");
    if (ir.model().genWeight() != null) {
      b.addStatement("gw = mc ? $L : 1.0", exprs.value(ir.model().genWeight()));
    } else {
      b.addStatement("gw = 1.0");
    }
    b.addStatement("cutflow[0]++");
    b.addStatement("cutflowSumw[0] += gw");
    for (CutStep c : ir.skim()) {
      cut(b, c);
    }
  }

  /** A cut: rejects the event ({@code return false}) or counts it in the cut flow. */
  void cut(CodeBlock.Builder b, CutStep c) {
    test(b, c);
    b.addStatement("return false");
    b.endControlFlow();
    b.addStatement("cutflow[$L]++", c.row());
    b.addStatement("cutflowSumw[$L] += gw", c.row());
  }

  /** Opens {@code if (<c rejects the event>)}, commented with the cut. */
  void test(CodeBlock.Builder b, CutStep c) {
    if (c.goldenJson()) {
      b.add("// @Analysis(goldenJson = true): lumi.goldenJSON.<year>, data only\n");
      b.beginControlFlow("if (!mc && !lumiMask.accepts($L, $L))",
          exprs.value(ir.model().lumiColumns().get(0)), exprs.value(ir.model().lumiColumns().get(1)));
    } else {
      b.add("// @Cut $S ($L$L): $L\n", c.name(), c.stage(),
          c.on() == EventKind.ALL ? "" : ", " + c.on() + " only", exprs.method(c.call()));
      CodeBlock test = exprs.guards(c.call()).isEmpty() ? CodeBlock.of("!$L", exprs.call(c.call()))
          : CodeBlock.of("!($L)", exprs.guardedCall(c.call()));
      b.beginControlFlow("if ($L$L)", appliesTo(c.on()), test);
    }
  }

  private CodeBlock categorize() {
    CodeBlock.Builder b = CodeBlock.builder();
    // With shape variations, masks that read no varied column are computed once per event.
    Set<Node> varied = ir.varied();
    List<CutStep> fixed = ir.passes().isEmpty() ? List.of()
        : ir.masks().stream().filter(c -> !varied.contains(c)).toList();
    if (!fixed.isEmpty()) {
      loop.state(TypeName.INT, "masks_event", "-1");
      b.beginControlFlow("if (masks_event != e)").addStatement("masks_event = e");
      fixed.forEach(c -> mask(b, c));
      b.endControlFlow();
    }
    for (CutStep c : ir.masks()) {
      if (!fixed.contains(c)) {
        mask(b, c);
      }
    }
    boolean split = !ir.subsamples().isEmpty();
    if (split) {
      subsample(b);
    }
    for (var cat : ir.categorySteps()) {
      String in = names.of(cat, "in");
      loop.state(TypeName.BOOLEAN, in);
      b.add("// @Category $S\n", cat.name());
      List<String> masks = new ArrayList<>(split ? List.of("inSubsample") : List.of());
      cat.inputs().forEach(n -> masks.add(names.of(n)));
      b.addStatement("$L = $L", in, masks.isEmpty() ? "true" : String.join(" && ", masks));
    }
    return b.build();
  }

  /**
   * Whether the event passes the cuts of the chunk's subsample: a dataset of a split sample is
   * run once per subsample, and only that subsample's events enter the categories.
   */
  private void subsample(CodeBlock.Builder b) {
    loop.state(TypeName.BOOLEAN, "inSubsample");
    b.add("// @Subsample: the chunk's subsample (-1 for a sample that is not split)\n");
    b.add("inSubsample = switch (subsample) {\n$>");
    for (SubsampleStep s : ir.subsamples()) {
      List<String> masks = s.masks().stream().map(m -> names.of(m)).toList();
      b.add("case $L -> $L; // $L\n", s.index(), masks.isEmpty() ? "true" : String.join(" && ", masks),
          s.model().fullName());
    }
    b.add("default -> true;\n$<};\n");
  }

  private void mask(CodeBlock.Builder b, CutStep c) {
    String name = names.of(c);
    loop.state(TypeName.BOOLEAN, name);
    b.add("// @Cut $S (category mask$L): $L\n", c.name(),
        c.on() == EventKind.ALL ? "" : ", " + c.on() + " only", exprs.method(c.call()));
    if (c.on() == EventKind.ALL) {
      b.addStatement("$L = $L", name, exprs.guardedCall(c.call()));
    } else {
      b.addStatement("$L = $L($L)", name, passesOthers(c.on()), exprs.guardedCall(c.call()));
    }
  }

  /** {@code "!mc && "} before a data-only cut's rejection, so simulation passes it. */
  private static String appliesTo(EventKind on) {
    return on == EventKind.DATA ? "!mc && " : on == EventKind.MC ? "mc && " : "";
  }

  /** {@code "mc || "} before a data-only mask, so simulation passes it. */
  private static String passesOthers(EventKind on) {
    return on == EventKind.DATA ? "mc || " : on == EventKind.MC ? "!mc || " : "";
  }

  /** Makes room for the whole chunk before the loop, so the loop never grows a buffer. */
  private void reserveColumns() {
    CollectionEmitter collections = new CollectionEmitter(exprs, loop);
    for (ExportStep x : ir.exports()) {
      for (ColumnSlot s : x.slots()) {
        CodeBlock bound = s.role() == ColumnSlot.Role.FIELD
            ? collections.totalObjects(x.model().collection()) : CodeBlock.of("n");
        reserve(s, x.categories(), bound);
      }
    }
    for (ColumnSlot s : ir.weightColumns().slots()) {
      reserve(s, ir.weightColumns().categories(), CodeBlock.of("n"));
    }
  }

  /**
   * Reserves {@code bound} values of column {@code s} in each of {@code categories}; a column
   * of the other kind of events has no buffers to reserve.
   */
  private void reserve(ColumnSlot s, List<Integer> categories, CodeBlock bound) {
    List<CodeBlock> reserves = new ArrayList<>();
    for (int k : categories) {
      reserves.add(CodeBlock.of("$L[$L].reserve($L)", names.of(s), k, bound));
    }
    if (s.on() == EventKind.ALL) {
      reserves.forEach(loop::construct);
    } else {
      loop.constructIf(CodeBlock.of(s.on() == EventKind.MC ? "mc" : "!mc"), reserves);
    }
  }

  static TypeName primitive(LeafType t) {
    switch (t) {
      case FLOAT: return TypeName.FLOAT;
      case INT: return TypeName.INT;
      case LONG: return TypeName.LONG;
      case DOUBLE: return TypeName.DOUBLE;
      case SHORT: return TypeName.SHORT;
      case BYTE: return TypeName.BYTE;
      default: return TypeName.BOOLEAN;
    }
  }
}
