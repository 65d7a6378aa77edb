package org.cortado.processor.model;

import static org.cortado.processor.model.AnnotationNames.*;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.Stage;
import org.cortado.annotations.StandardWeight;

/**
 * Element → model: the only class in the processor that walks the user's elements. It reads
 * every annotation of one {@code @Analysis} class in declaration order and binds every column
 * through {@link ColumnBinder}. It never reports: problems stay in the model for validation.
 */
public final class AnalysisModelReader {
  private final Mirrors mirrors;
  private final NanoAodSchema schema;

  public AnalysisModelReader(Elements elements, NanoAodSchema schema) {
    this.mirrors = new Mirrors(elements);
    this.schema = schema;
  }

  public AnalysisModel read(TypeElement type) {
    AnnotationMirror analysis = Mirrors.find(type, ANALYSIS);
    AnnotationSite analysisSite = new AnnotationSite(type, analysis, analysis);
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD) {
        methods.add((ExecutableElement) e);
      }
    }

    List<CollectionModel> collections = new ArrayList<>();
    for (ExecutableElement m : methods) {
      AnnotationMirror a = Mirrors.find(m, OBJECT_SELECTION);
      if (a != null) {
        collections.add(readCollection(m, new AnnotationSite(m, a, a), collections));
      }
    }
    ColumnBinder binder = new ColumnBinder(schema, collections);

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
        cuts.add(new CutModel(mirrors.string(cut, "name"), stage, new AnnotationSite(m, cut, cut),
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
          mirrors.refs(c, "cuts"), c.at("name")));
    }
    List<AnalysisModel.MultiCutModel> multiCuts = new ArrayList<>();
    for (AnnotationSite mc : mirrors.findAll(type, MULTI_CUT, MULTI_CUTS)) {
      multiCuts.add(new AnalysisModel.MultiCutModel(mirrors.string(mc.mirror(), "name"),
          mirrors.refs(mc, "cuts"), mirrors.strings(mc.mirror(), "cutsNames").size(), mc));
    }
    categories.addAll(cartesian(multiCuts));
    if (categories.isEmpty()) {
      categories.add(new CategoryModel("baseline", List.of(), analysisSite.site()));
    }

    List<ColOutModel> colOuts = new ArrayList<>();
    for (AnnotationSite c : mirrors.findAll(type, COL_OUT, COL_OUTS)) {
      colOuts.add(readColOut(c, binder));
    }

    List<ColumnRef> lumiColumns = new ArrayList<>();
    if (mirrors.bool(analysis, "goldenJson")) {
      lumiColumns.add(binder.bind("run", -1, null, false));
      lumiColumns.add(binder.bind("luminosityBlock", -1, null, false));
    }
    String gw = mirrors.string(analysis, "genWeight");
    ColumnRef genWeight = gw.isEmpty() ? null : binder.bind(gw, -1, null, false);
    return new AnalysisModel(type, ClassName.get(type), mirrors.string(analysis, "name"),
        analysisSite, genWeight, cuts, collections, categories, weights, histograms, colOuts,
        multiCuts, mirrors.refs(analysisSite, "params"), mirrors.strings(analysis, "years"),
        mirrors.bool(analysis, "goldenJson"), lumiColumns);
  }

  private CollectionModel readCollection(ExecutableElement m, AnnotationSite site,
      List<CollectionModel> earlier) {
    String name = mirrors.string(site.mirror(), "name");
    String source = mirrors.string(site.mirror(), "collection");
    String parent = "";
    String raw = "";
    String counter = "";
    for (CollectionModel c : earlier) {
      if (c.name().equals(source)) {
        parent = source;
        raw = c.raw();
        counter = c.counter();
      }
    }
    if (parent.isEmpty() && schema.counterOf(source).isPresent()) {
      raw = source;
      counter = schema.counterOf(source).get();
    }
    ColumnBinder binder = new ColumnBinder(schema, earlier);
    MethodModel method = readMethod(m, binder, raw.isEmpty() ? source : raw, true);
    return new CollectionModel(name, source, parent, raw, counter, site, method);
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
        } else if (!collection.isEmpty() && binder.rawOf(collection) != null) {
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
        mirrors.bool(h, "variations"));
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
      } else if (pos >= 0) {
        ref = binder.bind(coll + "_" + field, pos, null, true);
      } else if (binder.rawOf(coll) == null) {
        ref = ColumnRef.invalid(coll + "_" + field, ColumnRef.Problem.UNKNOWN,
            binder.suggest(coll + "_" + field), pos);
      } else {
        ref = binder.bind(coll + "_" + field, pos, coll, true);
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
    String coll = mirrors.string(site.mirror(), "collection");
    List<String> columns = mirrors.strings(site.mirror(), "columns");
    boolean known = binder.rawOf(coll) != null;
    List<ColumnRef> refs = new ArrayList<>();
    for (String f : columns) {
      refs.add(known ? binder.bind(coll + "_" + f, -1, coll, true)
          : ColumnRef.invalid(coll + "_" + f, ColumnRef.Problem.UNKNOWN, "", -1));
    }
    AnnotationMirror a = site.mirror();
    return new ColOutModel(coll, known, columns, refs, mirrors.refs(site, "categories"),
        mirrors.bool(a, "flatten"), mirrors.bool(a, "storeSize"), mirrors.real(a, "fill"),
        mirrors.integer(a, "posStart"), mirrors.integer(a, "posEnd"), site);
  }

  private MethodModel readMethod(ExecutableElement m, ColumnBinder binder, String element,
      boolean built) {
    List<ParamModel> params = new ArrayList<>();
    for (VariableElement p : m.getParameters()) {
      AnnotationMirror col = Mirrors.find(p, COL);
      ColumnRef ref = col == null ? null
          : binder.bind(mirrors.string(col, "value"), mirrors.integer(col, "pos"), element, built);
      AnnotationMirror param = Mirrors.find(p, PARAM);
      ParamRef paramRef = param == null ? null : new ParamRef(mirrors.string(param, "value"),
          ParamKind.of(p.asType()), new AnnotationSite(p, param, param));
      params.add(new ParamModel(p, p.getSimpleName().toString(), p.asType().toString(),
          LeafType.of(p.asType().getKind()), col == null ? null : new AnnotationSite(p, col, col),
          ref, paramRef));
    }
    return new MethodModel(m, m.getSimpleName().toString(),
        m.getModifiers().contains(Modifier.STATIC), m.getModifiers().contains(Modifier.PRIVATE),
        m.getReturnType().getKind(), m.getReturnType().toString(), params);
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
      out.add(new CategoryModel(name.toString(), cuts, axes.get(0).site().at("name")));
      int a = axes.size() - 1;
      while (a >= 0 && ++idx[a] == axes.get(a).cuts().size()) {
        idx[a--] = 0;
      }
      if (a < 0) {
        return out;
      }
    }
  }
}
