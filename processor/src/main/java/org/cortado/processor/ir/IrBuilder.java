package org.cortado.processor.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cortado.annotations.EventKind;
import org.cortado.annotations.Stage;
import org.cortado.processor.calibration.CalibratorPlan;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.CategoryModel;
import org.cortado.processor.model.CollectionModel;
import org.cortado.processor.model.ColumnRef;
import org.cortado.processor.model.CutModel;
import org.cortado.processor.model.Dependencies;
import org.cortado.processor.model.DerivedModel;
import org.cortado.processor.model.Field;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.model.LeafType;
import org.cortado.processor.model.MethodModel;
import org.cortado.processor.model.ParamModel;
import org.cortado.processor.model.PerPeriod;
import org.cortado.processor.model.Ref;
import org.cortado.processor.model.SubsampleModel;
import org.cortado.processor.model.ViewBinding;
import org.cortado.processor.model.WeightModel;

/**
 * Lowers a validated model to its {@link LoopIr}. In two passes: the first finds which kinds of
 * events reach every branch and offsets (a branch read only by weights, by {@code on = MC} steps
 * or through {@code Flags} of one kind is read only for that kind); the second makes the nodes in
 * dependency order, each with the nodes it reads.
 */
public final class IrBuilder {
  private static final int DATA = 1;
  private static final int MC = 2;
  private static final int ALL = DATA | MC;

  private final AnalysisModel model;
  private final Dependencies deps;
  private final List<DerivedModel> derivedModels = new ArrayList<>();
  private final Map<String, ColumnRef[]> histogramValues = new LinkedHashMap<>();
  private final Map<PerPeriod, Integer> readKinds = new TreeMap<>(IrBuilder::compare);
  private final Map<PerPeriod, LeafType> readTypes = new LinkedHashMap<>();
  private final Map<String, Integer> offsetKinds = new TreeMap<>();
  private final Set<String> visited = new LinkedHashSet<>();
  private final Set<PerPeriod> valueReads = new LinkedHashSet<>();
  private final Set<PerPeriod> calibratorReads = new LinkedHashSet<>();
  private final Set<String> loopOffsets = new LinkedHashSet<>();
  private final Map<PerPeriod, Read> reads = new LinkedHashMap<>();
  private final Map<String, Offsets> offsets = new LinkedHashMap<>();
  private final Map<String, Build> builds = new LinkedHashMap<>();
  private final Map<String, Derive> derived = new LinkedHashMap<>();

  private IrBuilder(AnalysisModel model) {
    this.model = model;
    this.deps = new Dependencies(model);
    derivedModels.addAll(model.derived());
    for (int h = 0; h < model.histograms().size(); h++) {
      histogramValues.put(model.histograms().get(h).name(), histogramValues(h));
    }
  }

  /** The loop IR of {@code model}, which must have validated clean. */
  public static LoopIr build(AnalysisModel model) {
    return new IrBuilder(model).lower();
  }

  private LoopIr lower() {
    reachAll();
    for (Map.Entry<PerPeriod, Integer> r : readKinds.entrySet()) {
      reads.put(r.getKey(), new Read(r.getKey(), readTypes.get(r.getKey()), kind(r.getValue()),
          source(r.getKey())));
    }
    for (Map.Entry<String, Integer> o : offsetKinds.entrySet()) {
      offsets.put(o.getKey(), new Offsets(o.getKey(), counter(o.getKey()), kind(o.getValue()),
          loopOffsets.contains(o.getKey()),
          model.calibration().reorder(o.getKey()).isPresent()));
    }
    // Derived columns nothing reads are never computed, so they are left out.
    for (String key : order()) {
      String name = key.substring(key.indexOf(' ') + 1);
      if (key.startsWith("collection ")) {
        builds.put(name, build(model.catalogue().declared(name).orElseThrow()));
      } else if (reached(key)) {
        derived.put(name, derive(derivedModel(name)));
      }
    }
    for (DerivedModel d : derivedModels) {
      if (reached("derived " + d.columnName())) {
        derived.computeIfAbsent(d.columnName(), k -> derive(d));
      }
    }

    List<String> cutflow = new ArrayList<>(List.of("initial"));
    List<CutStep> skim = new ArrayList<>();
    List<CutStep> preselection = new ArrayList<>();
    List<CutStep> masks = new ArrayList<>();
    if (model.goldenJson()) {
      List<Node> in = new ArrayList<>();
      for (ColumnRef r : model.lumiColumns()) {
        in.addAll(nodes(r));
      }
      skim.add(new CutStep(GOLDEN_JSON_ROW, Stage.SKIM, cutflow.size(), EventKind.DATA, null, in));
      cutflow.add(GOLDEN_JSON_ROW);
    }
    for (Stage stage : new Stage[] {Stage.SKIM, Stage.PRESELECTION}) {
      for (CutModel c : model.cuts()) {
        if (c.stage() == stage) {
          Call call = call(c.method());
          (stage == Stage.SKIM ? skim : preselection).add(new CutStep(c.name(), stage,
              cutflow.size(), c.on(), call, nodes(call)));
          cutflow.add(c.name());
        }
      }
    }
    List<String> categories = new ArrayList<>();
    for (CategoryModel c : model.categories()) {
      categories.add(c.name());
    }
    for (CutModel c : model.cuts()) {
      if (c.stage() == Stage.CATEGORY && referenced(c.name())) {
        Call call = call(c.method());
        masks.add(new CutStep(c.name(), c.stage(), -1, c.on(), call, nodes(call)));
      }
    }
    List<CategoryStep> categorySteps = new ArrayList<>();
    for (int k = 0; k < model.categories().size(); k++) {
      List<Node> in = new ArrayList<>();
      for (Ref r : model.categories().get(k).cuts()) {
        for (CutStep m : masks) {
          if (m.name().equals(r.name()) && !in.contains(m)) {
            in.add(m);
          }
        }
      }
      categorySteps.add(new CategoryStep(categories.get(k), k, in));
    }
    List<SubsampleStep> subsamples = new ArrayList<>();
    for (SubsampleModel s : model.subsamples()) {
      List<CutStep> in = new ArrayList<>();
      for (Ref r : s.cuts()) {
        masks.stream().filter(m -> m.name().equals(r.name()) && !in.contains(m)).forEach(in::add);
      }
      subsamples.add(new SubsampleStep(s, subsamples.size(), in));
    }
    List<WeightStep> weights = weights(categories);
    List<FillStep> fills = new ArrayList<>();
    for (int h = 0; h < model.histograms().size(); h++) {
      fills.add(fill(h, categories));
    }
    List<ExportStep> exports = ColumnSlots.exports(model, categories, this::nodes);
    List<Variation> variations = variations(weights);
    return new LoopIr(model, cutflow, categories, variations, List.copyOf(reads.values()),
        List.copyOf(offsets.values()), params(), model.choices(), skim,
        List.copyOf(builds.values()), preselection, List.copyOf(derived.values()), masks,
        categorySteps, subsamples, weights, fills, exports, ColumnSlots.weights(exports, variations),
        views(), flagSets(), false);
  }

  /** The cut-flow row of the golden-JSON mask, PocketCoffea's name. */
  static final String GOLDEN_JSON_ROW = "golden_json_lumi";

  private Read.Source source(PerPeriod branches) {
    if (valueReads.contains(branches)) {
      return model.calibration().calibratorOf(branches.first()).isPresent()
          ? Read.Source.CALIBRATED : Read.Source.CHUNK;
    }
    return calibratorReads.contains(branches) ? Read.Source.CALIBRATOR : Read.Source.FLAGS;
  }

  /** The counter of a collection the analysis or a calibrator reads. */
  private String counter(String collection) {
    String c = model.catalogue().counter(collection);
    return c.isEmpty() ? "n" + collection : c;
  }

  // ---- Pass 1: which events reach each branch and offsets.

  private void reachAll() {
    reachCalibrators();
    if (model.goldenJson()) {
      for (ColumnRef r : model.lumiColumns()) {
        reach(r, EventKind.ALL, DATA);
      }
    }
    if (model.genWeight() != null) {
      reach(model.genWeight(), EventKind.ALL, MC);
    }
    for (CutModel c : model.cuts()) {
      if (c.stage() != Stage.CATEGORY || referenced(c.name())) {
        reach(c.method(), bits(c.on()));
      }
    }
    for (CollectionModel c : model.collections()) {
      reach("collection " + c.name(), ALL);
    }
    for (WeightModel w : model.weights()) {
      for (ColumnRef r : w.inputs()) {
        reach(r, EventKind.ALL, MC);
      }
      for (MethodModel m : new MethodModel[] {w.method(), w.upMethod(), w.downMethod()}) {
        if (m != null) {
          reach(m, MC);
        }
      }
    }
    for (HistogramModel h : model.histograms()) {
      for (ColumnRef r : histogramValues.get(h.name())) {
        reach(r, EventKind.ALL, bits(h.on()));
      }
    }
    for (var c : model.colOuts()) {
      for (ColumnRef r : c.refs()) {
        reach(r, EventKind.ALL, bits(c.on()));
      }
      if (!c.perEvent()) {
        reachCollection(c.collection(), bits(c.on()));
      }
    }
  }

  private void reach(MethodModel m, int kinds) {
    for (ParamModel p : m.params()) {
      if (p.ref() != null) {
        reach(p.ref(), p.on(), kinds);
      }
    }
  }

  private void reach(ColumnRef ref, EventKind on, int kinds) {
    int k = kinds & bits(on);
    if (k == 0) {
      return;
    }
    switch (ref.kind()) {
      case EVENT -> reachField(ref.field(), "", k);
      case ELEMENT, POSITIONAL -> {
        reachCollection(ref.collection(), k);
        reachField(ref.field(), ref.collection(), k);
      }
      case VIEW -> {
        reachCollection(ref.collection(), k);
        for (ViewBinding.Bound b : ref.view().accessors()) {
          reachField(b.field(), ref.collection(), k);
        }
      }
      case FLAGS -> {
        for (PerPeriod p : flagReads(ref.flags())) {
          addRead(p, LeafType.BOOLEAN, k);
        }
      }
      default -> throw new IllegalStateException("unresolved column " + ref.requested());
    }
  }

  private void reachField(Field f, String collection, int kinds) {
    switch (f.storage()) {
      case BRANCH -> {
        addRead(f.branches(), f.type(), kinds);
        valueReads.add(f.branches());
      }
      case DERIVED -> reach("derived " + (f.owner().isEmpty() ? f.name()
          : f.owner() + "_" + f.name()), kinds);
      case COUNT, MERGED, SOURCE -> reachCollection(f.owner(), kinds);
      default -> throw new IllegalStateException("unknown storage " + f.storage());
    }
  }

  private void reachCollection(String name, int kinds) {
    if (model.catalogue().isRaw(name)) {
      offsetKinds.merge(name, kinds, (a, b) -> a | b);
      loopOffsets.add(name);
    } else {
      reach("collection " + name, ALL);
    }
  }

  /** Reaches a declared collection (built for every event) or a derived column. */
  private void reach(String key, int kinds) {
    if (!visited.add(key + "/" + kinds)) {
      return;
    }
    String name = key.substring(key.indexOf(' ') + 1);
    if (key.startsWith("collection ")) {
      CollectionModel c = modelCollection(name);
      for (String s : c.sources()) {
        reachCollection(s, ALL);
      }
      if (c.method() != null) {
        reach(c.method(), ALL);
      }
      if (!c.selection()) {
        for (String field : mergedFields(name)) {
          for (String s : c.sources()) {
            reachField(model.catalogue().field(s, field).orElseThrow(), s, ALL);
          }
        }
      }
      return;
    }
    DerivedModel d = derivedModel(name);
    int k = kinds & bits(d.on());
    if (d.perObject()) {
      reachCollection(d.collection(), ALL);
    }
    reach(d.method(), k == 0 ? kinds : k);
  }

  /**
   * The branches calibrators read themselves, in every kind of events they run for: their types
   * are the file's, except for a branch they replace, which the analysis sees as a double.
   */
  private void reachCalibrators() {
    for (CalibratorPlan p : model.calibration().plans()) {
      for (CalibratorPlan.Input in : p.inputs()) {
        int kinds = bits(in.on());
        if (in.counter()) {
          offsetKinds.merge(in.perPeriod().get(0).substring(1), kinds, (a, b) -> a | b);
          continue;
        }
        PerPeriod branches = new PerPeriod(in.perPeriod().stream()
            .map(b -> b.isEmpty() ? List.<String>of() : List.of(b)).toList());
        LeafType type = model.calibration().calibratorOf(branches.first()).isPresent()
            ? LeafType.DOUBLE
            : model.catalogue().schema().branch(branches.first()).map(b -> b.type())
                .orElse(LeafType.FLOAT);
        addRead(branches, type, kinds);
        calibratorReads.add(branches);
      }
    }
  }

  private boolean reached(String key) {
    return visited.stream().anyMatch(v -> v.startsWith(key + "/"));
  }

  private void addRead(PerPeriod branches, LeafType type, int kinds) {
    readKinds.merge(branches, kinds, (a, b) -> a | b);
    readTypes.put(branches, type);
  }

  // ---- Pass 2: nodes.

  private Build build(CollectionModel c) {
    CollectionModel full = modelCollection(c.name());
    List<Node> in = new ArrayList<>();
    for (String s : c.sources()) {
      in.add(collectionNode(s));
    }
    Call call = null;
    List<String> fields = List.of();
    if (full.selection()) {
      call = call(full.method());
      addAll(in, nodes(call));
    } else {
      fields = mergedFields(c.name());
      for (String f : fields) {
        for (String s : c.sources()) {
          addAll(in, fieldNodes(model.catalogue().field(s, f).orElseThrow(), s));
        }
      }
    }
    return new Build(full, call, fields, model.catalogue().base(c.name()), in);
  }

  private Derive derive(DerivedModel d) {
    Call call = call(d.method());
    List<Node> in = new ArrayList<>();
    if (d.perObject()) {
      in.add(collectionNode(d.collection()));
    }
    addAll(in, nodes(call));
    boolean missable = !d.perObject() && deps.missable(d.method());
    String label = d.name().startsWith("@") ? "@Histogram \"" + histogramOf(d) + "\""
        : "@Derived \"" + d.columnName() + "\"";
    return new Derive(d, call, missable, d.perObject() ? model.catalogue().base(d.collection())
        : "", label, in);
  }

  private FillStep fill(int h, List<String> categories) {
    HistogramModel hm = model.histograms().get(h);
    List<ColumnRef> values = List.of(histogramValues.get(hm.name()));
    List<Node> in = new ArrayList<>();
    String perObject = "";
    for (ColumnRef r : values) {
      addAll(in, nodes(r));
      if (r.kind() == ColumnRef.Kind.ELEMENT) {
        perObject = r.collection();
      }
    }
    return new FillStep(hm, h, values, perObject, indices(hm.categories(), categories), in);
  }

  private List<WeightStep> weights(List<String> categories) {
    Map<String, List<WeightModel>> byName = new LinkedHashMap<>();
    for (WeightModel w : model.weights()) {
      byName.computeIfAbsent(w.name(), k -> new ArrayList<>()).add(w);
    }
    List<WeightStep> out = new ArrayList<>();
    for (List<WeightModel> parts : byName.values()) {
      WeightModel w = parts.get(0);
      List<Node> in = new ArrayList<>();
      for (WeightModel p : parts) {
        for (ColumnRef r : p.inputs()) {
          addAll(in, nodes(r));
        }
      }
      Call nominal = w.method() == null ? null : call(w.method());
      Call up = w.hasVariations() && w.upMethod() != null ? call(w.upMethod()) : null;
      Call down = w.hasVariations() && w.downMethod() != null ? call(w.downMethod()) : null;
      for (Call c : new Call[] {nominal, up, down}) {
        if (c != null) {
          addAll(in, nodes(c));
        }
      }
      out.add(new WeightStep(w.name(), parts, nominal, up, down,
          w.isStandard() ? w.standard().sources() : List.of(),
          indices(w.categories(), categories), w.samples(), in));
    }
    return out;
  }

  private static List<Variation> variations(List<WeightStep> weights) {
    List<Variation> out = new ArrayList<>(List.of(new Variation("nominal", -1, false, -1)));
    Map<String, Variation> shifted = new TreeMap<>();
    for (int w = 0; w < weights.size(); w++) {
      WeightStep ws = weights.get(w);
      if (!ws.varies()) {
        continue;
      }
      if (ws.sources().isEmpty()) {
        shifted.put(ws.name() + "Up", new Variation(ws.name() + "Up", w, true, -1));
        shifted.put(ws.name() + "Down", new Variation(ws.name() + "Down", w, false, -1));
      }
      for (int k = 0; k < ws.sources().size(); k++) {
        String base = ws.name() + "_" + ws.sources().get(k);
        shifted.put(base + "Up", new Variation(base + "Up", w, true, k));
        shifted.put(base + "Down", new Variation(base + "Down", w, false, k));
      }
    }
    out.addAll(shifted.values());
    return out;
  }

  private List<ParamValue> params() {
    List<ParamValue> out = new ArrayList<>();
    for (var p : model.paramRefs()) {
      ParamValue v = new ParamValue(p.path(), p.kind(), p.chosen());
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  private List<ViewImpl> views() {
    List<ViewImpl> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ColumnRef r : model.columnRefs()) {
      if (r.kind() == ColumnRef.Kind.VIEW
          && seen.add(r.view().type().name() + " " + r.collection())) {
        out.add(new ViewImpl(r.view().type(), r.collection(), r.view().accessors()));
      }
    }
    return out;
  }

  private List<FlagSet> flagSets() {
    List<FlagSet> out = new ArrayList<>();
    for (MethodModel m : model.methods()) {
      for (ParamModel p : m.params()) {
        if (p.ref() != null && p.ref().kind() == ColumnRef.Kind.FLAGS) {
          FlagSet f = new FlagSet(p.ref().requested(), p.ref().flags(), p.on());
          if (!out.contains(f)) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  // ---- Helpers.

  /** The call of {@code m}: its arguments in order. */
  private Call call(MethodModel m) {
    List<Arg> args = new ArrayList<>();
    for (ParamModel p : m.params()) {
      args.add(p.param() != null
          ? new Arg.Param(new ParamValue(p.param().path(), p.param().kind(), p.param().chosen()))
          : new Arg.Column(p.ref(), p.on()));
    }
    return new Call(m, args);
  }

  private List<Node> nodes(Call call) {
    List<Node> out = new ArrayList<>();
    for (Arg a : call.args()) {
      if (a instanceof Arg.Column c) {
        addAll(out, nodes(c.ref()));
      }
    }
    return out;
  }

  /** The nodes reading {@code ref} needs. */
  List<Node> nodes(ColumnRef ref) {
    List<Node> out = new ArrayList<>();
    switch (ref.kind()) {
      case EVENT -> addAll(out, fieldNodes(ref.field(), ""));
      case ELEMENT, POSITIONAL -> {
        out.add(collectionNode(ref.collection()));
        addAll(out, fieldNodes(ref.field(), ref.collection()));
      }
      case VIEW -> {
        out.add(collectionNode(ref.collection()));
        for (ViewBinding.Bound b : ref.view().accessors()) {
          addAll(out, fieldNodes(b.field(), ref.collection()));
        }
      }
      case FLAGS -> {
        for (PerPeriod p : flagReads(ref.flags())) {
          out.add(reads.get(p));
        }
      }
      default -> throw new IllegalStateException("unresolved column " + ref.requested());
    }
    return out;
  }

  private List<Node> fieldNodes(Field f, String collection) {
    switch (f.storage()) {
      case BRANCH:
        return List.of(reads.get(f.branches()));
      case DERIVED:
        Derive d = derived.get(f.owner().isEmpty() ? f.name() : f.owner() + "_" + f.name());
        return d == null ? List.of() : List.of(d);
      default:
        return List.of(collectionNode(f.owner()));
    }
  }

  private Node collectionNode(String name) {
    if (model.catalogue().isRaw(name)) {
      return offsets.get(name);
    }
    Build b = builds.get(name);
    if (b == null) {
      throw new IllegalStateException("collection " + name + " used before it is built");
    }
    return b;
  }

  /** Builds and derived columns in dependency order, declaration order among equals. */
  private List<String> order() {
    List<String> out = new ArrayList<>();
    List<String> left = new ArrayList<>(deps.keys());
    while (!left.isEmpty()) {
      String ready = null;
      for (String k : left) {
        if (out.containsAll(deps.needs(k))) {
          ready = k;
          break;
        }
      }
      if (ready == null) {
        throw new IllegalStateException("dependency cycle among " + left);
      }
      out.add(ready);
      left.remove(ready);
    }
    return out;
  }

  /**
   * The fields of merged collection {@code name} the loop reads, the sort field first: its
   * objects are gathered into per-event arrays of exactly these fields.
   */
  private List<String> mergedFields(String name) {
    Set<String> out = new LinkedHashSet<>();
    CollectionModel c = model.catalogue().declared(name).orElseThrow();
    out.add(c.sortBy());
    for (ColumnRef r : allRefs()) {
      List<Field> fields = new ArrayList<>();
      if (r.field() != null) {
        fields.add(r.field());
      }
      if (r.view() != null) {
        for (ViewBinding.Bound b : r.view().accessors()) {
          fields.add(b.field());
        }
      }
      for (Field f : fields) {
        collectMerged(f, name, out);
      }
    }
    return List.copyOf(out);
  }

  /** Adds the name of {@code f} and of the fields it gathers when they are fields of {@code merged}. */
  private static void collectMerged(Field f, String merged, Set<String> out) {
    if (f == null || f.storage() != Field.Storage.MERGED) {
      return;
    }
    if (f.owner().equals(merged)) {
      out.add(f.name());
    }
    for (Field s : f.perSource()) {
      collectMerged(s, merged, out);
    }
  }

  /** Every column reference, the histogram method values included. */
  private List<ColumnRef> allRefs() {
    List<ColumnRef> out = new ArrayList<>(model.columnRefs());
    for (ColumnRef[] v : histogramValues.values()) {
      out.addAll(List.of(v));
    }
    return out;
  }

  /**
   * The value of each axis of histogram {@code h}: the declared column, or the derived column
   * made of the method whose result it takes.
   */
  private ColumnRef[] histogramValues(int h) {
    HistogramModel hm = model.histograms().get(h);
    ColumnRef[] out = new ColumnRef[hm.axes().size()];
    for (int a = 0; a < out.length; a++) {
      AxisModel ax = hm.axes().get(a);
      MethodModel m = ax.method() != null ? ax.method() : ax.ref() == null ? hm.method() : null;
      if (m == null) {
        out[a] = ax.ref();
        continue;
      }
      String name = "@" + hm.name() + "#" + (ax.method() != null ? ax.methodName() : "");
      DerivedModel d = derivedModels.stream().filter(x -> x.name().equals(name)).findFirst()
          .orElse(null);
      if (d == null) {
        d = new DerivedModel(name, "", m,
            LeafType.of(m.returnKind()), hm.on(), hm.site());
        derivedModels.add(d);
      }
      Field f = new Field(Field.Storage.DERIVED, "", name, d.type(), null, List.of());
      out[a] = new ColumnRef(ColumnRef.Kind.EVENT, name, d.type(), f, "", -1, null, null, null,
          ColumnRef.Problem.NONE, "");
    }
    return out;
  }

  private String histogramOf(DerivedModel d) {
    return d.name().substring(1, d.name().lastIndexOf('#'));
  }

  private DerivedModel derivedModel(String columnName) {
    for (DerivedModel d : derivedModels) {
      if (d.columnName().equals(columnName)) {
        return d;
      }
    }
    throw new IllegalStateException("no derived column " + columnName);
  }

  private CollectionModel modelCollection(String name) {
    for (CollectionModel c : model.collections()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalStateException("no collection " + name);
  }

  /** Whether a category or a subsample names {@code cut}: only those cuts become masks. */
  private boolean referenced(String cut) {
    for (CategoryModel c : model.categories()) {
      for (Ref r : c.cuts()) {
        if (r.name().equals(cut)) {
          return true;
        }
      }
    }
    for (SubsampleModel s : model.subsamples()) {
      for (Ref r : s.cuts()) {
        if (r.name().equals(cut)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Category indices named by {@code refs}; all of them when empty. */
  static List<Integer> indices(List<Ref> refs, List<String> categories) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < categories.size(); k++) {
      String c = categories.get(k);
      if (refs.isEmpty() || refs.stream().anyMatch(r -> r.name().equals(c))) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * One read per flag branch: present in the periods whose list names it, absent (an empty
   * entry) in the others, so each period reads only its own flags.
   */
  private static List<PerPeriod> flagReads(PerPeriod flags) {
    List<PerPeriod> out = new ArrayList<>();
    for (String name : flags.all()) {
      List<List<String>> perPeriod = new ArrayList<>();
      for (List<String> period : flags.values()) {
        perPeriod.add(period.contains(name) ? List.of(name) : List.of());
      }
      out.add(new PerPeriod(perPeriod));
    }
    return out;
  }

  private static void addAll(List<Node> into, List<Node> nodes) {
    for (Node n : nodes) {
      if (!into.contains(n)) {
        into.add(n);
      }
    }
  }

  private static int bits(EventKind k) {
    return k == EventKind.DATA ? DATA : k == EventKind.MC ? MC : ALL;
  }

  private static EventKind kind(int bits) {
    return bits == DATA ? EventKind.DATA : bits == MC ? EventKind.MC : EventKind.ALL;
  }

  private static int compare(PerPeriod a, PerPeriod b) {
    int c = label(a).compareTo(label(b));
    return c != 0 ? c : a.values().toString().compareTo(b.values().toString());
  }

  private static String label(PerPeriod p) {
    return p.all().isEmpty() ? "" : p.all().get(0);
  }
}
