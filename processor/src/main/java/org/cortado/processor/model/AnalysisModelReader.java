package org.cortado.processor.model;

import static org.cortado.processor.model.AnnotationNames.*;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.EventKind;
import org.cortado.annotations.Stage;
import org.cortado.annotations.StandardWeight;
import org.cortado.params.Choices;
import org.cortado.params.Params;
import org.cortado.processor.calibration.CalibrationResolver;
import org.cortado.processor.calibration.CalibratorRegistry;

/**
 * Element → model: the only class in the processor that walks the user's elements. It reads the
 * {@code @Analysis} header first (the parameter files and the schema it names are needed to
 * resolve the rest), then every declared collection and derived column, which make the
 * {@link Catalogue} of names, then every annotation of the class in declaration order, binding each
 * column through {@link ColumnBinder}. It never reports: problems stay in the model for validation.
 */
public final class AnalysisModelReader {
  private final Mirrors mirrors;
  private final ViewTypes viewTypes;

  public AnalysisModelReader(Elements elements, Types types) {
    this.mirrors = new Mirrors(elements);
    this.viewTypes = new ViewTypes(elements, types, mirrors);
  }

  /** The {@code @Analysis} annotation of {@code type}. */
  public AnalysisHeader header(TypeElement type) {
    AnnotationMirror analysis = Mirrors.find(type, ANALYSIS);
    AnnotationSite site = new AnnotationSite(type, analysis, analysis);
    return new AnalysisHeader(type, site, mirrors.string(analysis, "name"),
        mirrors.refs(site, "params"), mirrors.refs(site, "years"),
        mirrors.bool(analysis, "goldenJson"), mirrors.string(analysis, "genWeight"),
        mirrors.string(analysis, "schema"), mirrors.refs(site, "calibrators"),
        mirrors.refs(site, "shapeVariations"));
  }

  /**
   * The whole model. {@code params} gives the compile-time parameters (null if they failed to
   * load); it is asked only when a name holds a choice.
   */
  public AnalysisModel read(AnalysisHeader header, NanoAodSchema schema, Supplier<Params> params) {
    TypeElement type = header.type();
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD) {
        methods.add((ExecutableElement) e);
      }
    }
    Supplier<Params> memo = memoized(params);
    CalibrationModel calibration = header.calibrators().isEmpty()
        && header.shapeVariations().isEmpty() ? CalibrationModel.none()
        : new CalibrationResolver(CalibratorRegistry.load()).resolve(header.calibrators(),
            header.shapeVariations(), memo.get(), header.periods(), schema);
    // From the object selections on, methods see the calibrated columns, which are doubles.
    NanoAodSchema seen = schema.calibrated(calibration.plans().stream()
        .flatMap(p -> p.outputs().stream()).map(o -> o.branch()).toList());
    Catalogue shells = new Catalogue(seen, declaredCollections(type, methods, null),
        declaredDerived(methods, null));
    ColumnBinder binder = new ColumnBinder(shells, header.periods(), memo);
    List<CollectionModel> collections = declaredCollections(type, methods, binder);
    List<DerivedModel> derived = declaredDerived(methods, binder);

    List<CutModel> cuts = new ArrayList<>();
    List<WeightModel> weights = new ArrayList<>();
    List<HistogramModel> histograms = new ArrayList<>();
    for (AnnotationSite w : mirrors.findAll(type, WEIGHT, WEIGHTS)) {
      weights.add(readStandardWeight(w, binder));
    }
    for (AnnotationSite h : mirrors.findAll(type, HISTOGRAM, HISTOGRAMS)) {
      histograms.add(readHistogram(type, h, null, binder));
    }
    for (ExecutableElement m : methods) {
      AnnotationMirror cut = Mirrors.find(m, CUT);
      if (cut != null) {
        Stage stage = Stage.valueOf(mirrors.enumName(cut, "stage"));
        cuts.add(new CutModel(mirrors.string(cut, "name"), stage,
            EventKind.valueOf(mirrors.enumName(cut, "on")), new AnnotationSite(m, cut, cut),
            readMethod(m, binder, null, stage != Stage.SKIM)));
      }
      for (AnnotationSite weight : mirrors.findAll(m, WEIGHT, WEIGHTS)) {
        weights.add(readWeight(type, m, weight, binder));
      }
      for (AnnotationSite h : mirrors.findAll(m, HISTOGRAM, HISTOGRAMS)) {
        histograms.add(readHistogram(type, h, readMethod(m, binder, null, true), binder));
      }
    }

    List<CategoryModel> categories = new ArrayList<>();
    for (AnnotationSite c : mirrors.findAll(type, CATEGORY, CATEGORIES)) {
      categories.add(new CategoryModel(mirrors.string(c.mirror(), "name"),
          mirrors.refs(c, "cuts"), c.at("name"), "Category"));
    }
    List<AnalysisModel.MultiCutModel> multiCuts = new ArrayList<>();
    for (AnnotationSite mc : mirrors.findAll(type, MULTI_CUT, MULTI_CUTS)) {
      multiCuts.add(new AnalysisModel.MultiCutModel(mirrors.string(mc.mirror(), "name"),
          mirrors.refs(mc, "cuts"), mirrors.strings(mc.mirror(), "cutsNames").size(), mc));
    }
    categories.addAll(cartesian(multiCuts));
    if (categories.isEmpty()) {
      categories.add(new CategoryModel("baseline", List.of(), header.site().site(), "Category"));
    }

    List<SubsampleModel> subsamples = new ArrayList<>();
    for (AnnotationSite s : mirrors.findAll(type, SUBSAMPLE, SUBSAMPLES)) {
      subsamples.add(new SubsampleModel(mirrors.string(s.mirror(), "sample"),
          mirrors.string(s.mirror(), "name"), mirrors.refs(s, "cuts"), s));
    }

    List<ColOutModel> colOuts = new ArrayList<>();
    for (AnnotationSite c : mirrors.findAll(type, COL_OUT, COL_OUTS)) {
      colOuts.add(readColOut(c, binder));
    }

    List<ColumnRef> lumiColumns = new ArrayList<>();
    if (header.goldenJson()) {
      lumiColumns.add(binder.bind("run", -1, null, false));
      lumiColumns.add(binder.bind("luminosityBlock", -1, null, false));
    }
    ColumnRef genWeight = header.genWeight().isEmpty() ? null
        : binder.bind(header.genWeight(), -1, null, false);
    return new AnalysisModel(header, ClassName.get(type), genWeight, cuts, collections, derived,
        categories, weights, histograms, colOuts, multiCuts, subsamples, lumiColumns,
        binder.catalogue(), calibration);
  }

  /**
   * The {@code @ObjectSelection}s and {@code @Merge}s. Without a binder only their names and
   * sources are read (for the catalogue); with one, selection methods are bound too and each
   * collection gets its base.
   */
  private List<CollectionModel> declaredCollections(TypeElement type,
      List<ExecutableElement> methods, ColumnBinder binder) {
    List<CollectionModel> out = new ArrayList<>();
    for (AnnotationSite m : mirrors.findAll(type, MERGE, MERGES)) {
      String name = mirrors.string(m.mirror(), "name");
      out.add(new CollectionModel(CollectionModel.Kind.MERGE, name,
          mirrors.strings(m.mirror(), "collections"), m, null,
          mirrors.string(m.mirror(), "sortBy"), binder == null ? "" : binder.catalogue().base(name)));
    }
    for (ExecutableElement m : methods) {
      AnnotationMirror a = Mirrors.find(m, OBJECT_SELECTION);
      if (a == null) {
        continue;
      }
      String name = mirrors.string(a, "name");
      String source = mirrors.string(a, "collection");
      out.add(new CollectionModel(CollectionModel.Kind.SELECTION, name, List.of(source),
          new AnnotationSite(m, a, a), binder == null ? null : readMethod(m, binder, source, true),
          "", binder == null ? "" : binder.catalogue().base(name)));
    }
    return out;
  }

  /** The {@code @Derived} columns, their methods bound when a binder is given. */
  private List<DerivedModel> declaredDerived(List<ExecutableElement> methods,
      ColumnBinder binder) {
    List<DerivedModel> out = new ArrayList<>();
    for (ExecutableElement m : methods) {
      AnnotationMirror a = Mirrors.find(m, DERIVED);
      if (a == null) {
        continue;
      }
      String name = mirrors.string(a, "name");
      String collection = mirrors.string(a, "collection");
      out.add(new DerivedModel(name.isEmpty() ? m.getSimpleName().toString() : name, collection,
          binder == null ? null
              : readMethod(m, binder, collection.isEmpty() ? null : collection, true),
          LeafType.of(m.getReturnType().getKind()), EventKind.valueOf(mirrors.enumName(a, "on")),
          new AnnotationSite(m, a, a)));
    }
    return out;
  }

  private WeightModel readWeight(TypeElement type, ExecutableElement m, AnnotationSite site,
      ColumnBinder binder) {
    AnnotationMirror a = site.mirror();
    String up = mirrors.string(a, "up");
    String down = mirrors.string(a, "down");
    return new WeightModel(mirrors.string(a, "name"), site, readMethod(m, binder, null, true),
        up, findMethod(type, up, binder), down, findMethod(type, down, binder),
        mirrors.refs(site, "categories"), mirrors.strings(a, "samples"),
        StandardWeightSpec.of(mirrors.enumName(a, "standard")), mirrors.string(a, "collection"),
        List.of());
  }

  /** A {@code @Weight} on the class: a standard weight, its name defaulting to PocketCoffea's. */
  private WeightModel readStandardWeight(AnnotationSite site, ColumnBinder binder) {
    AnnotationMirror a = site.mirror();
    String standard = mirrors.enumName(a, "standard");
    StandardWeightSpec spec = StandardWeightSpec.of(standard);
    String name = mirrors.string(a, "name");
    if (name.isEmpty()) {
      name = StandardWeight.valueOf(standard).weightName();
    }
    String collection = mirrors.string(a, "collection");
    List<ColumnRef> inputs = new ArrayList<>();
    if (spec != null) {
      for (String field : spec.inputs()) {
        if (!spec.perObject()) {
          inputs.add(binder.bind(field, -1, null, true));
        } else if (!collection.isEmpty() && binder.catalogue().rawBased(collection)) {
          inputs.add(binder.bind(collection + "_" + field, -1, collection, true));
        }
      }
    }
    return new WeightModel(name, site, null, mirrors.string(a, "up"), null,
        mirrors.string(a, "down"), null, mirrors.refs(site, "categories"),
        mirrors.strings(a, "samples"), spec, collection, inputs);
  }

  private MethodModel findMethod(TypeElement type, String name, ColumnBinder binder) {
    if (name.isEmpty()) {
      return null;
    }
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals(name)) {
        return readMethod((ExecutableElement) e, binder, null, true);
      }
    }
    return null;
  }

  private HistogramModel readHistogram(TypeElement type, AnnotationSite site, MethodModel method,
      ColumnBinder binder) {
    AnnotationMirror h = site.mirror();
    List<AxisModel> axes = new ArrayList<>();
    for (AnnotationMirror ax : mirrors.annotations(h, "axes")) {
      axes.add(readAxis(type, new AnnotationSite(site.element(), site.top(), ax), binder,
          mirrors.string(h, "name")));
    }
    return new HistogramModel(mirrors.string(h, "name"), site, method, axes,
        mirrors.refs(site, "categories"), mirrors.strings(h, "samples"),
        mirrors.bool(h, "variations"), EventKind.valueOf(mirrors.enumName(h, "on")));
  }

  private AxisModel readAxis(TypeElement type, AnnotationSite site, ColumnBinder binder,
      String histogram) {
    AnnotationMirror a = site.mirror();
    String coll = mirrors.string(a, "coll");
    String field = mirrors.string(a, "field");
    int pos = mirrors.integer(a, "pos");
    List<Double> edges = mirrors.reals(a, "edges");
    AxisType axisType = AxisType.valueOf(mirrors.enumName(a, "type"));
    if (axisType == AxisType.AUTO) {
      axisType = edges.isEmpty() ? AxisType.REGULAR : AxisType.VARIABLE;
    }
    ColumnRef ref = null;
    boolean perEvent = coll.isEmpty() || coll.equals("events");
    if (!field.isEmpty()) {
      if (perEvent) {
        ref = binder.bind(field, pos, null, true);
      } else {
        ref = binder.bind(coll + "_" + field, pos, pos >= 0 ? null : coll, true);
      }
    }
    String method = mirrors.string(a, "method");
    String name = mirrors.string(a, "name");
    if (name.isEmpty()) {
      name = !field.isEmpty() ? (perEvent ? field : coll + "." + field)
          : !method.isEmpty() ? method : histogram;
    }
    return new AxisModel(name, mirrors.string(a, "label"), axisType, mirrors.integer(a, "bins"),
        mirrors.real(a, "low"), mirrors.real(a, "high"), edges, mirrors.integers(a, "values"),
        mirrors.bool(a, "underflow"), mirrors.bool(a, "overflow"), coll, field, pos, ref, site,
        method, findMethod(type, method, binder));
  }

  private ColOutModel readColOut(AnnotationSite site, ColumnBinder binder) {
    AnnotationMirror a = site.mirror();
    String written = mirrors.string(a, "collection");
    String coll = written.equals("events") ? "" : written;
    List<String> columns = mirrors.strings(a, "columns");
    boolean known = coll.isEmpty() || binder.catalogue().isCollection(coll);
    List<ColumnRef> refs = new ArrayList<>();
    for (String f : columns) {
      refs.add(coll.isEmpty() ? binder.bind(f, -1, null, true)
          : known ? binder.bind(coll + "_" + f, -1, coll, true)
          : ColumnRef.invalid(coll + "_" + f, ColumnRef.Problem.UNKNOWN, "", -1));
    }
    return new ColOutModel(coll, known, columns, refs, mirrors.refs(site, "categories"),
        mirrors.bool(a, "flatten"), mirrors.bool(a, "storeSize"), mirrors.real(a, "fill"),
        mirrors.integer(a, "posStart"), mirrors.integer(a, "posEnd"),
        EventKind.valueOf(mirrors.enumName(a, "on")), site);
  }

  private MethodModel readMethod(ExecutableElement m, ColumnBinder binder, String element,
      boolean built) {
    List<ParamModel> params = new ArrayList<>();
    for (VariableElement p : m.getParameters()) {
      AnnotationMirror col = Mirrors.find(p, COL);
      ColumnRef ref = null;
      EventKind on = EventKind.ALL;
      if (col != null) {
        String name = mirrors.string(col, "value");
        on = EventKind.valueOf(mirrors.enumName(col, "on"));
        ViewType view = viewTypes.viewType(p.asType());
        if (viewTypes.isFlags(p.asType())) {
          ref = binder.bindFlags(name);
        } else if (view != null) {
          ref = binder.bindView(name, view, built);
        } else {
          ref = binder.bind(name, mirrors.integer(col, "pos"), element, built);
        }
      }
      AnnotationMirror param = Mirrors.find(p, PARAM);
      params.add(new ParamModel(p, p.getSimpleName().toString(), p.asType().toString(),
          LeafType.of(p.asType().getKind()), col == null ? null : new AnnotationSite(p, col, col),
          ref, on, param == null ? null : paramRef(p, param, binder)));
    }
    return new MethodModel(m, m.getSimpleName().toString(),
        m.getModifiers().contains(Modifier.STATIC), m.getModifiers().contains(Modifier.PRIVATE),
        m.getReturnType().getKind(), m.getReturnType().toString(), params);
  }

  /** An {@code @Param}, with its path resolved for every period. */
  private ParamRef paramRef(VariableElement p, AnnotationMirror param, ColumnBinder binder) {
    String path = mirrors.string(param, "value");
    AnnotationSite site = new AnnotationSite(p, param, param);
    ParamKind kind = ParamKind.of(p.asType());
    if (!Choices.isTemplate(path)) {
      return new ParamRef(path, kind, site, PerPeriod.of(path), null);
    }
    try {
      return new ParamRef(path, kind, site, binder.expandPath(path), null);
    } catch (RuntimeException e) {
      return new ParamRef(path, kind, site, null, e.getMessage());
    }
  }

  /** PocketCoffea's CartesianSelection: one category per combination, names joined by "_". */
  private List<CategoryModel> cartesian(List<AnalysisModel.MultiCutModel> axes) {
    List<CategoryModel> out = new ArrayList<>();
    if (axes.isEmpty()) {
      return out;
    }
    List<List<String>> labels = new ArrayList<>();
    for (AnalysisModel.MultiCutModel mc : axes) {
      List<String> names = mirrors.strings(mc.site().mirror(), "cutsNames");
      List<String> l = new ArrayList<>();
      for (int i = 0; i < mc.cuts().size(); i++) {
        l.add(names.size() == mc.cuts().size() ? names.get(i) : mc.cuts().get(i).name());
      }
      labels.add(l);
    }
    int[] idx = new int[axes.size()];
    while (true) {
      List<Ref> cuts = new ArrayList<>();
      StringBuilder name = new StringBuilder();
      for (int a = 0; a < axes.size(); a++) {
        if (axes.get(a).cuts().isEmpty()) {
          return out;
        }
        cuts.add(axes.get(a).cuts().get(idx[a]));
        name.append(a == 0 ? "" : "_").append(labels.get(a).get(idx[a]));
      }
      out.add(new CategoryModel(name.toString(), cuts, axes.get(0).site().at("name"),
          "MultiCut"));
      int a = axes.size() - 1;
      while (a >= 0 && ++idx[a] == axes.get(a).cuts().size()) {
        idx[a--] = 0;
      }
      if (a < 0) {
        return out;
      }
    }
  }

  /** Loads the parameters at most once, and only if something asks. */
  private static Supplier<Params> memoized(Supplier<Params> params) {
    Params[] value = new Params[1];
    boolean[] done = new boolean[1];
    return () -> {
      if (!done[0]) {
        value[0] = params.get();
        done[0] = true;
      }
      return value[0];
    };
  }
}
