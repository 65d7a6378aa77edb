package org.cortado.runtime.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.runtime.exec.DatasetResult;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.histograms.Axis;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.histograms.Hist2D;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * {@code histograms.json}: {@code histograms -> name -> {axes, samples -> sample -> dataset ->
 * category -> variation -> {sumw, sumw2, entries}}}, entries being the number of fills stored
 * (not scaled). Bins include flow: index 0 is the underflow, the last
 * index the overflow (zero when that flow bin is disabled); 2D contents are nested {@code [x][y]}.
 */
final class HistogramsJson {
  static final String FORMAT = "cortado-histograms/1";

  private HistogramsJson() {}

  static Map<String, Object> of(RunResult result) {
    KernelLayout layout = result.layout();
    Map<String, Object> histograms = new LinkedHashMap<>();
    for (int h = 0; h < layout.histograms().size(); h++) {
      KernelLayout.HistogramSpec spec = layout.histograms().get(h);
      Map<String, Object> samples = new LinkedHashMap<>();
      for (DatasetResult d : result.datasets()) {
        Map<String, Object> categories = categories(d, h);
        if (!categories.isEmpty()) {
          @SuppressWarnings("unchecked")
          Map<String, Object> datasets = (Map<String, Object>) samples.computeIfAbsent(
              d.dataset().sample(), k -> new LinkedHashMap<String, Object>());
          datasets.put(d.dataset().name(), categories);
        }
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      List<Object> axes = new ArrayList<>();
      spec.axes().forEach(a -> axes.add(axis(a)));
      entry.put("axes", axes);
      entry.put("samples", samples);
      histograms.put(spec.name(), entry);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("flow", "sumw and sumw2 hold the underflow bin first and the overflow bin last");
    root.put("histograms", histograms);
    return root;
  }

  /** The {@code histograms} map of {@code root}, made by {@link #of}: name to entry. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> entries(Map<String, Object> root) {
    return (Map<String, Object>) root.get("histograms");
  }

  private static Map<String, Object> categories(DatasetResult d, int h) {
    KernelOutputs out = d.outputs();
    KernelLayout layout = out.layout();
    int nvar = out.variationCount();
    Map<String, Object> categories = new LinkedHashMap<>();
    for (int c = 0; c < layout.categories().size(); c++) {
      Map<String, Object> variations = new LinkedHashMap<>();
      for (int v = 0; v < nvar; v++) {
        int i = c * nvar + v;
        Hist1D[] one = out.hist1d(h);
        Hist2D[] two = out.hist2d(h);
        Object content = one != null ? one1d(one[i], d.scale()) : one2d(two[i], d.scale());
        if (content != null) {
          variations.put(layout.variations().get(v), content);
        }
      }
      if (!variations.isEmpty()) {
        categories.put(layout.categories().get(c), variations);
      }
    }
    return categories;
  }

  private static Object one1d(Hist1D hist, double scale) {
    if (hist == null) {
      return null;
    }
    double[] sumw = hist.sumw();
    double[] sumw2 = hist.sumw2();
    for (int i = 0; i < sumw.length; i++) {
      sumw[i] *= scale;
      sumw2[i] *= scale * scale;
    }
    return content(sumw, sumw2, hist.entries());
  }

  private static Object one2d(Hist2D hist, double scale) {
    if (hist == null) {
      return null;
    }
    int nx = hist.xAxis().extent();
    int ny = hist.yAxis().extent();
    double[][] sumw = new double[nx][ny];
    double[][] sumw2 = new double[nx][ny];
    for (int ix = 0; ix < nx; ix++) {
      for (int iy = 0; iy < ny; iy++) {
        sumw[ix][iy] = hist.sumw(ix, iy) * scale;
        sumw2[ix][iy] = hist.sumw2(ix, iy) * scale * scale;
      }
    }
    return content(sumw, sumw2, hist.entries());
  }

  /** The sums, scaled, and the number of fills, which is not. */
  private static Map<String, Object> content(Object sumw, Object sumw2, double entries) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sumw", sumw);
    m.put("sumw2", sumw2);
    m.put("entries", entries);
    return m;
  }

  /** Name, label, kind, edges (or category values) and flow flags of an axis. */
  static Map<String, Object> axis(Axis a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("label", a.label());
    m.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (a.kind() == Axis.Kind.CATEGORY) {
      int[] values = new int[a.bins()];
      for (int b = 1; b <= a.bins(); b++) {
        values[b - 1] = (int) a.lowEdge(b);
      }
      m.put("values", values);
    } else {
      double[] edges = new double[a.bins() + 1];
      for (int b = 1; b <= a.bins() + 1; b++) {
        edges[b - 1] = a.lowEdge(b);
      }
      m.put("edges", edges);
    }
    m.put("underflow", a.underflow());
    m.put("overflow", a.overflow());
    return m;
  }
}
