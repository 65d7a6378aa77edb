package org.cortado.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.cortado.processor.RuntimeNames;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.CategoryModel;
import org.cortado.processor.model.ColOutModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.Ref;
import org.cortado.processor.model.StandardWeightSpec;
import org.cortado.processor.model.WeightModel;

/**
 * The event loop and the per-event methods it calls: cut flow, skim cuts, object selections and
 * preselection ({@code select}), category masks ({@code categorize}), weights ({@code weigh}),
 * histogram values ({@code values}) and per category the yields, histogram fills and columns
 * ({@code category<c>}). The methods share the current event's values through fields
 * ({@link #eventFields}), so each stays small enough for the JIT to compile on its own whatever
 * the size of the analysis. One comment per user annotation maps each block back to the source.
 */
final class LoopEmitter {
  private final KernelPlan plan;
  private final ClassName owner;
  private final Map<String, FieldSpec> eventFields = new LinkedHashMap<>();

  LoopEmitter(KernelPlan plan) {
    this.plan = plan;
    this.owner = plan.model.analysis();
  }

  /** The fields holding the current event's values; complete once {@link #methods} ran. */
  List<FieldSpec> eventFields() {
    return List.copyOf(eventFields.values());
  }

  /** {@code run()}, the event loop, followed by the methods it calls for each event. */
  List<MethodSpec> methods() {
    List<MethodSpec> steps = new ArrayList<>();
    CodeBlock.Builder loop = CodeBlock.builder();
    loop.beginControlFlow("for (int e = 0; e < n; e++)");
    loop.beginControlFlow("if (!select(e))").addStatement("continue").endControlFlow();
    steps.add(step("select", TypeName.BOOLEAN, select(),
        "Cut flow, skim cuts, object selections and preselection of event {@code e}; false if a"
            + " cut\nrejects it."));
    CodeBlock.Builder categorize = CodeBlock.builder();
    categoryMasks(categorize);
    CodeBlock.Builder weigh = CodeBlock.builder();
    weights(weigh);
    CodeBlock.Builder values = CodeBlock.builder();
    for (int h = 0; h < plan.model.histograms().size(); h++) {
      eventValues(values, h, plan.model.histograms().get(h));
    }
    optionalStep(loop, steps, "categorize", categorize.build(),
        "Which categories event {@code e} belongs to.");
    optionalStep(loop, steps, "weigh", weigh.build(),
        "The weights of event {@code e} and their variations.");
    optionalStep(loop, steps, "values", values.build(),
        "The histogram values of event {@code e}, shared by its categories.");
    for (int c = 0; c < plan.model.categories().size(); c++) {
      String name = "category" + c;
      loop.beginControlFlow("if (in_$L)", c).addStatement("$L(e)", name).endControlFlow();
      steps.add(step(name, TypeName.VOID, category(c), "Yields, histograms and columns of event"
          + " {@code e} in category \"" + plan.model.categories().get(c).name() + "\"."));
    }
    loop.endControlFlow();
    steps.add(0, MethodSpec.methodBuilder("run").addJavadoc("Processes every event of the chunk.\n")
        .addCode(loop.build()).build());
    return steps;
  }

  private void optionalStep(CodeBlock.Builder loop, List<MethodSpec> steps, String name,
      CodeBlock body, String doc) {
    if (!body.isEmpty()) {
      loop.addStatement("$L(e)", name);
      steps.add(step(name, TypeName.VOID, body, doc));
    }
  }

  private static MethodSpec step(String name, TypeName returns, CodeBlock body, String doc) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE).returns(returns)
        .addParameter(TypeName.INT, "e").addJavadoc(doc + "\n").addCode(body).build();
  }

  /** Assigns {@code name}, a field of the current event declared on first use. */
  private void set(CodeBlock.Builder b, TypeName type, String name, String format, Object... args) {
    eventFields.putIfAbsent(name, FieldSpec.builder(type, name, Modifier.PRIVATE).build());
    b.addStatement("$L = $L", name, CodeBlock.of(format, args));
  }

  private CodeBlock select() {
    CodeBlock.Builder b = CodeBlock.builder();
    if (plan.model.genWeight() != null) {
      set(b, TypeName.DOUBLE, "gw", "mc ? $L : 1.0", Expressions.column(plan.model.genWeight()));
    } else {
      set(b, TypeName.DOUBLE, "gw", "1.0");
    }
    b.addStatement("cutflow[0]++");
    b.addStatement("cutflowSumw[0] += gw");
    int row = 1;
    if (plan.model.goldenJson()) {
      b.add("// @Analysis(goldenJson = true): lumi.goldenJSON.<year>, data only\n");
      b.beginControlFlow("if (!mc && !lumiMask.accepts($L, $L))",
          Expressions.column(plan.model.lumiColumns().get(0)),
          Expressions.column(plan.model.lumiColumns().get(1)));
      b.addStatement("return false");
      b.endControlFlow();
      b.addStatement("cutflow[$L]++", row);
      b.addStatement("cutflowSumw[$L] += gw", row++);
    }
    for (CutModel c : plan.skim) {
      cut(b, c, row++);
    }
    for (CollectionModel c : plan.model.collections()) {
      selection(b, c);
    }
    for (CutModel c : plan.preselection) {
      cut(b, c, row++);
    }
    b.addStatement("return true");
    return b.build();
  }

  private void categoryMasks(CodeBlock.Builder b) {
    for (int k = 0; k < plan.categoryCuts.size(); k++) {
      CutModel c = plan.categoryCuts.get(k);
      b.add("// @Cut $S (category mask): $T.$N\n", c.name(), owner, c.method().name());
      set(b, TypeName.BOOLEAN, "k_" + k, "$L$L", Expressions.guardPrefix(guards(c)),
          Expressions.call(owner, c.method()));
    }
    for (int c = 0; c < plan.model.categories().size(); c++) {
      CategoryModel cat = plan.model.categories().get(c);
      b.add("// @Category $S\n", cat.name());
      set(b, TypeName.BOOLEAN, "in_" + c, "$L", mask(cat));
    }
  }

  private static List<String> guards(CutModel c) {
    return Expressions.guards(Expressions.refs(c.method()));
  }

  private void cut(CodeBlock.Builder b, CutModel c, int row) {
    b.add("// @Cut $S ($L): $T.$N\n", c.name(), c.stage(), owner, c.method().name());
    if (guards(c).isEmpty()) {
      b.beginControlFlow("if (!$L)", Expressions.call(owner, c.method()));
    } else {
      b.beginControlFlow("if (!($L$L))", Expressions.guardPrefix(guards(c)),
          Expressions.call(owner, c.method()));
    }
    b.addStatement("return false");
    b.endControlFlow();
    b.addStatement("cutflow[$L]++", row);
    b.addStatement("cutflowSumw[$L] += gw", row);
  }

  private void selection(CodeBlock.Builder b, CollectionModel c) {
    b.add("// @ObjectSelection $S from $S: $T.$N\n", c.name(), c.source(), owner,
        c.method().name());
    String n = Names.count(c.name());
    set(b, TypeName.INT, n, "0");
    objectLoop(b, c.fromRaw() ? c.source() : c.parent(), c.fromRaw(), c.counter());
    b.beginControlFlow("if ($L$L)",
        Expressions.guardPrefix(Expressions.guards(Expressions.refs(c.method()))),
        Expressions.call(owner, c.method()));
    b.addStatement("$L[$L++] = i", Names.indices(c.name()), n);
    b.endControlFlow();
    b.endControlFlow();
  }

  /** Opens a loop that sets {@code i} to the raw index of each object of {@code collection}. */
  private static void objectLoop(CodeBlock.Builder b, String collection, boolean raw,
      String counter) {
    if (raw) {
      String o = Names.offsets(counter);
      b.beginControlFlow("for (int i = $L[e], end = $L[e + 1]; i < end; i++)", o, o);
    } else {
      b.beginControlFlow("for (int k = 0; k < $L; k++)", Names.count(collection));
      b.addStatement("int i = $L[k]", Names.indices(collection));
    }
  }

  private String mask(CategoryModel cat) {
    List<String> parts = new ArrayList<>();
    for (Ref r : cat.cuts()) {
      int k = -1;
      for (int j = 0; j < plan.categoryCuts.size(); j++) {
        if (plan.categoryCuts.get(j).name().equals(r.name())) {
          k = j;
        }
      }
      if (k >= 0 && !parts.contains("k_" + k)) {
        parts.add("k_" + k);
      }
    }
    return parts.isEmpty() ? "true" : String.join(" && ", parts);
  }

  private void weights(CodeBlock.Builder b) {
    List<WeightModel> ws = plan.model.weights();
    for (int w = 0; w < ws.size(); w++) {
      WeightModel wm = ws.get(w);
      if (wm.isStandard()) {
        standardWeight(b, w, wm);
        continue;
      }
      b.add("// @Weight $S: $T.$N\n", wm.name(), owner, wm.method().name());
      set(b, TypeName.DOUBLE, "w_" + w, "1.0");
      if (wm.hasVariations()) {
        set(b, TypeName.DOUBLE, "w_" + w + "_up", "1.0");
        set(b, TypeName.DOUBLE, "w_" + w + "_down", "1.0");
      }
      List<ColumnRef> refs = Expressions.refs(wm.method());
      String active = wm.samples().isEmpty() ? "mc" : "ws_" + w;
      b.beginControlFlow("if ($L$L)", active, guardSuffix(Expressions.guards(refs)));
      b.addStatement("w_$L = $L", w, Expressions.call(owner, wm.method()));
      if (wm.hasVariations()) {
        b.addStatement("w_$L_up = $L", w, Expressions.call(owner, wm.upMethod()));
        b.addStatement("w_$L_down = $L", w, Expressions.call(owner, wm.downMethod()));
      }
      b.endControlFlow();
    }
  }

  /** A standard weight: inline for genWeight, lumi and XS, else the bound runtime evaluator. */
  private void standardWeight(CodeBlock.Builder b, int w, WeightModel wm) {
    StandardWeightSpec spec = wm.standard();
    b.add("// @Weight $S (StandardWeight.$L)\n", wm.name(), spec);
    set(b, TypeName.DOUBLE, "w_" + w, "1.0");
    if (!spec.sources().isEmpty()) {
      sourcesWeight(b, w, wm);
      return;
    }
    if (spec.variations()) {
      set(b, TypeName.DOUBLE, "w_" + w + "_up", "1.0");
      set(b, TypeName.DOUBLE, "w_" + w + "_down", "1.0");
    }
    b.beginControlFlow("if ($L)", wm.samples().isEmpty() ? "mc" : "ws_" + w);
    List<String> args = new ArrayList<>();
    for (ColumnRef r : wm.inputs()) {
      args.add(Expressions.column(r));
    }
    String a = String.join(", ", args);
    switch (spec) {
      case GEN_WEIGHT -> b.addStatement("w_$L = $L", w, a);
      case LUMI -> b.addStatement("w_$L = lumi_$L", w, w);
      case XS -> b.addStatement("w_$L = xs_$L", w, w);
      default -> {
        // One evaluation per event or object: up() and down() read the values nominal(...) found.
        if (spec.perObject()) {
          ColumnRef first = wm.inputs().get(0);
          objectLoop(b, first.collection(), first.rawCollection(), first.counter());
          b.addStatement("w_$L *= sw_$L.nominal($L)", w, w, a);
          b.addStatement("w_$L_up *= sw_$L.up()", w, w);
          b.addStatement("w_$L_down *= sw_$L.down()", w, w);
          b.endControlFlow();
        } else {
          b.addStatement("w_$L = sw_$L.nominal($L)", w, w, a);
          b.addStatement("w_$L_up = sw_$L.up()", w, w);
          b.addStatement("w_$L_down = sw_$L.down()", w, w);
        }
      }
    }
    b.endControlFlow();
  }

  /**
   * A per-object standard weight with named uncertainty sources: {@code jet(...)} selects the
   * object and returns its central factor, {@code up(k)}/{@code down(k)} its factor for source
   * {@code k} (the central one when the source does not apply to it).
   */
  private void sourcesWeight(CodeBlock.Builder b, int w, WeightModel wm) {
    List<String> sources = wm.standard().sources();
    for (String s : sources) {
      set(b, TypeName.DOUBLE, variable(w, s, true), "1.0");
      set(b, TypeName.DOUBLE, variable(w, s, false), "1.0");
    }
    b.beginControlFlow("if ($L)", wm.samples().isEmpty() ? "mc" : "ws_" + w);
    List<String> args = new ArrayList<>();
    for (ColumnRef r : wm.inputs()) {
      args.add(Expressions.column(r));
    }
    ColumnRef first = wm.inputs().get(0);
    objectLoop(b, first.collection(), first.rawCollection(), first.counter());
    b.addStatement("w_$L *= sw_$L.jet($L)", w, w, String.join(", ", args));
    for (int k = 0; k < sources.size(); k++) {
      b.addStatement("$L *= sw_$L.up($L)", variable(w, sources.get(k), true), w, k);
      b.addStatement("$L *= sw_$L.down($L)", variable(w, sources.get(k), false), w, k);
    }
    b.endControlFlow();
    b.endControlFlow();
  }

  /** The local holding weight {@code w} shifted by one source. */
  private static String variable(int w, String source, boolean up) {
    return "w_" + w + "_" + source + (up ? "_up" : "_down");
  }

  private static String guardSuffix(List<String> guards) {
    StringBuilder s = new StringBuilder();
    for (String g : guards) {
      s.append(" && ").append(g);
    }
    return s.toString();
  }

  /** Per-event axis values, computed once per event before the category blocks. */
  private void eventValues(CodeBlock.Builder b, int h, HistogramModel hm) {
    List<String> guards = Expressions.guards(guardRefs(hm));
    List<String> methods = new ArrayList<>();
    if (hm.method() != null) {
      methods.add(owner.simpleName() + "." + hm.method().name());
    }
    for (AxisModel a : hm.axes()) {
      if (a.method() != null) {
        methods.add(owner.simpleName() + "." + a.method().name());
      }
    }
    b.add("// @Histogram $S$L\n", hm.name(),
        methods.isEmpty() ? "" : ": " + String.join(", ", methods));
    if (!guards.isEmpty()) {
      set(b, TypeName.BOOLEAN, "ok_" + h, "$L", String.join(" && ", guards));
    }
    for (int a = 0; a < hm.axes().size(); a++) {
      AxisModel ax = hm.axes().get(a);
      CodeBlock value;
      if (ax.method() != null) {
        value = Expressions.call(owner, ax.method());
      } else if (hm.method() != null) {
        value = Expressions.call(owner, hm.method());
      } else if (ax.ref().kind() != ColumnRef.Kind.ELEMENT) {
        value = CodeBlock.of("$L", Expressions.column(ax.ref()));
      } else {
        continue;
      }
      if (guards.isEmpty()) {
        set(b, TypeName.DOUBLE, "x_" + h + "_" + a, "$L", value);
      } else {
        set(b, TypeName.DOUBLE, "x_" + h + "_" + a, "ok_$L ? $L : 0.0", h, value);
      }
    }
  }

  private CodeBlock category(int c) {
    CodeBlock.Builder b = CodeBlock.builder();
    CategoryModel cat = plan.model.categories().get(c);
    b.addStatement("int cb = $L * nvar", c);
    for (int v = 0; v < plan.variations.size(); v++) {
      b.addStatement("wt[$L] = $L", v, product(c, plan.variations.get(v)));
    }
    b.addStatement("counts[$L]++", c);
    b.addStatement("$T.addYields(sumw, sumw2, cb, nw, wt)", RuntimeNames.KERNELS);
    for (int h = 0; h < plan.model.histograms().size(); h++) {
      HistogramModel hm = plan.model.histograms().get(h);
      if (plan.categoriesOf(hm.categories()).contains(cat.name())) {
        fill(b, h, hm);
      }
    }
    List<ColumnSlots.Slot> slots = ColumnSlots.of(plan.model);
    for (ColOutModel co : plan.model.colOuts()) {
      if (plan.categoriesOf(co.categories()).contains(cat.name())) {
        columns(b, c, co, ColumnSlots.of(slots, co));
      }
    }
    return b.build();
  }

  private String product(int c, KernelPlan.Variation v) {
    List<String> factors = new ArrayList<>();
    List<WeightModel> ws = plan.model.weights();
    for (int w = 0; w < ws.size(); w++) {
      if (!plan.weightApplies(ws.get(w), c)) {
        continue;
      }
      if (v.weight() != w) {
        factors.add("w_" + w);
      } else if (v.source() >= 0) {
        factors.add(variable(w, ws.get(w).standard().sources().get(v.source()), v.up()));
      } else {
        factors.add("w_" + w + (v.up() ? "_up" : "_down"));
      }
    }
    return factors.isEmpty() ? "1.0" : String.join(" * ", factors);
  }

  private void fill(CodeBlock.Builder b, int h, HistogramModel hm) {
    ColumnRef perObject = null;
    for (AxisModel a : hm.axes()) {
      if (a.ref() != null && a.ref().kind() == ColumnRef.Kind.ELEMENT) {
        perObject = a.ref();
      }
    }
    boolean guarded = hasGuards(hm);
    List<String> conds = new ArrayList<>();
    if (!hm.samples().isEmpty()) {
      conds.add("hs_" + h);
    }
    if (guarded) {
      conds.add("ok_" + h);
    }
    if (!conds.isEmpty()) {
      b.beginControlFlow("if ($L)", String.join(" && ", conds));
    }
    if (perObject != null) {
      boolean raw = perObject.rawCollection();
      objectLoop(b, perObject.collection(), raw, perObject.counter());
    }
    List<String> xs = new ArrayList<>();
    for (int a = 0; a < hm.axes().size(); a++) {
      AxisModel ax = hm.axes().get(a);
      boolean element = ax.method() == null && hm.method() == null
          && ax.ref().kind() == ColumnRef.Kind.ELEMENT;
      xs.add(element ? Expressions.column(ax.ref()) : "x_" + h + "_" + a);
    }
    b.addStatement("$T.fill(h_$L, cb, $L, $L, wt)", hm.axes().size() == 2 ? RuntimeNames.HIST_2D
        : RuntimeNames.HIST_1D, h, hm.variations() ? "nw" : "1", String.join(", ", xs));
    if (perObject != null) {
      b.endControlFlow();
    }
    if (!conds.isEmpty()) {
      b.endControlFlow();
    }
  }

  private static boolean hasGuards(HistogramModel hm) {
    return !Expressions.guards(guardRefs(hm)).isEmpty();
  }

  /** The inputs a histogram's per-event values read: its methods' and per-event axes' columns. */
  private static List<ColumnRef> guardRefs(HistogramModel hm) {
    List<ColumnRef> refs = new ArrayList<>();
    if (hm.method() != null) {
      refs.addAll(Expressions.refs(hm.method()));
    }
    for (AxisModel a : hm.axes()) {
      if (a.method() != null) {
        refs.addAll(Expressions.refs(a.method()));
      }
      if (a.ref() != null && a.ref().kind() != ColumnRef.Kind.ELEMENT) {
        refs.add(a.ref());
      }
    }
    return refs;
  }

  private void columns(CodeBlock.Builder b, int c, ColOutModel co, List<ColumnSlots.Slot> slots) {
    b.add("// @ColOut $S$L\n", co.collection(), co.positional()
        ? " (positions " + co.posStart() + " to " + (co.posEnd() - 1) + ")"
        : co.flatten() ? " (flatten)" : "");
    boolean raw = co.refs().isEmpty() || co.refs().get(0).rawCollection();
    String counter = counterOf(co);
    boolean fields = false;
    for (ColumnSlots.Slot s : slots) {
      fields |= s.role() == ColumnSlots.Role.FIELD;
    }
    if (fields) {
      objectLoop(b, co.collection(), raw, counter);
      for (ColumnSlots.Slot s : slots) {
        if (s.role() == ColumnSlots.Role.FIELD) {
          b.addStatement("c_$L[$L].add($L)", s.index(), c,
              ColumnSlots.asDouble(Expressions.column(s.ref()), s.ref().type()));
        }
      }
      b.endControlFlow();
    }
    for (ColumnSlots.Slot s : slots) {
      if (s.role() == ColumnSlots.Role.POSITION) {
        ColumnRef e = s.ref();
        ColumnRef at = new ColumnRef(ColumnRef.Kind.POSITIONAL, e.requested(), e.branch(),
            e.type(), e.collection(), e.counter(), s.pos(), ColumnRef.Problem.NONE, "");
        b.addStatement("c_$L[$L].add($L ? $L : $L)", s.index(), c,
            Expressions.guards(List.of(at)).get(0),
            ColumnSlots.asDouble(Expressions.column(at), at.type()),
            ColumnSlots.fill(co.fill(), at.type()));
      }
    }
    String size = raw ? Names.offsets(counter) + "[e + 1] - " + Names.offsets(counter) + "[e]"
        : Names.count(co.collection());
    for (ColumnSlots.Slot s : slots) {
      if (s.role() == ColumnSlots.Role.SIZE) {
        b.addStatement("c_$L[$L].add($L)", s.index(), c, size);
      }
    }
  }

  private String counterOf(ColOutModel co) {
    if (!co.refs().isEmpty()) {
      return co.refs().get(0).counter();
    }
    for (CollectionModel m : plan.model.collections()) {
      if (m.name().equals(co.collection())) {
        return m.counter();
      }
    }
    return "n" + co.collection();
  }
}
