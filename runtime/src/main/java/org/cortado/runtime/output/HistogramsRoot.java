package org.cortado.runtime.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.cortado.rootio.Compression;
import org.cortado.rootio.write.HistogramData;
import org.cortado.rootio.write.RootWriter;
import org.cortado.rootio.write.WriteOptions;

/**
 * {@code histograms.root}: every histogram of {@code histograms.json} as a TH1D or TH2D (with sumw2)
 * at {@code variable/sample/dataset/category/variation}, in nested directories, as PocketCoffea keys
 * its output. It is made from the {@code histograms.json} tree itself, for a run and for a merge
 * alike, so both files hold the same numbers.
 *
 * <p>Regular and integer axes become fixed-width TAxis binnings, variable axes keep their edges.
 * An integer-category axis becomes {@code n} unit bins on {@code [0, n)}, bin {@code k} holding the
 * {@code k}-th listed value, as uproot writes a {@code hist} IntCategory axis (without its bin labels:
 * the values are listed in {@code histograms.json} and {@code config.json}). Flow bins are copied
 * as they are; a disabled flow bin is zero.
 */
final class HistogramsRoot {
  /** zlib level 1, uproot's default for writing: every ROOT version and reader decompresses it. */
  private static final WriteOptions OPTIONS = WriteOptions.of(Compression.ZLIB, 1);

  private HistogramsRoot() {}

  /** Writes {@code histograms}, a {@code histograms.json} tree, to {@code file} atomically. */
  static void write(Path file, JsonNode histograms) throws IOException {
    try (RootWriter out = RootWriter.create(file, OPTIONS)) {
      for (Iterator<Map.Entry<String, JsonNode>> hs = histograms.get("histograms").fields(); hs.hasNext(); ) {
        Map.Entry<String, JsonNode> h = hs.next();
        write(out, h.getKey(), h.getValue());
      }
      out.commit();
    }
  }

  /**
   * Writes the histograms of {@code histograms}, as {@link HistogramsJson#of} makes them, to
   * {@code file} atomically: one histogram at a time through the JSON tree, so that a run's
   * histograms are never all held as JSON nodes, which take ten times their arrays.
   */
  static void write(Path file, Map<String, Object> histograms) throws IOException {
    try (RootWriter out = RootWriter.create(file, OPTIONS)) {
      for (Map.Entry<String, Object> h : HistogramsJson.entries(histograms).entrySet()) {
        write(out, h.getKey(), Json.MAPPER.valueToTree(h.getValue()));
      }
      out.commit();
    }
  }

  /** Every variation of histogram {@code name}, its {@code histograms.json} entry {@code entry}. */
  private static void write(RootWriter out, String name, JsonNode entry) throws IOException {
    JsonNode axes = entry.get("axes");
    HistogramData.Axis x = axis(axes.get(0));
    HistogramData.Axis y = axes.size() > 1 ? axis(axes.get(1)) : null;
    for (Iterator<Map.Entry<String, JsonNode>> samples = entry.get("samples").fields(); samples.hasNext(); ) {
      Map.Entry<String, JsonNode> sample = samples.next();
      for (Iterator<Map.Entry<String, JsonNode>> ds = sample.getValue().fields(); ds.hasNext(); ) {
        Map.Entry<String, JsonNode> dataset = ds.next();
        for (Iterator<Map.Entry<String, JsonNode>> cs = dataset.getValue().fields(); cs.hasNext(); ) {
          Map.Entry<String, JsonNode> category = cs.next();
          for (Iterator<Map.Entry<String, JsonNode>> vs = category.getValue().fields(); vs.hasNext(); ) {
            Map.Entry<String, JsonNode> variation = vs.next();
            String key = String.join("/", part(name), part(sample.getKey()), part(dataset.getKey()),
                part(category.getKey()), part(variation.getKey()));
            out.histogram(key, histogram(name, x, y, variation.getValue()));
          }
        }
      }
    }
  }

  /** A name as one directory level: a '/' would open another one. */
  private static String part(String name) {
    return name.replace('/', '_');
  }

  private static HistogramData.Axis axis(JsonNode axis) {
    String title = axis.path("label").asText("");
    title = title.isEmpty() ? axis.path("name").asText("") : title;
    JsonNode values = axis.get("values");
    if (values != null) {
      return HistogramData.Axis.regular(title, values.size(), 0, values.size());
    }
    JsonNode edges = axis.get("edges");
    int bins = edges.size() - 1;
    if (!"variable".equals(axis.path("kind").asText())) {
      return HistogramData.Axis.regular(title, bins, edges.get(0).asDouble(), edges.get(bins).asDouble());
    }
    double[] e = new double[edges.size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = edges.get(i).asDouble();
    }
    return HistogramData.Axis.variable(title, e);
  }

  /** JSON holds 2D contents as {@code [x][y]}; ROOT wants one array with x varying fastest. */
  private static HistogramData histogram(String name, HistogramData.Axis x, HistogramData.Axis y, JsonNode content) {
    JsonNode sumw = content.get("sumw");
    JsonNode sumw2 = content.get("sumw2");
    int nx = x.bins() + 2;
    int ny = y == null ? 1 : y.bins() + 2;
    double[] w = new double[nx * ny];
    double[] w2 = new double[nx * ny];
    double sumOfWeights = 0;
    for (int ix = 0; ix < nx; ix++) {
      for (int iy = 0; iy < ny; iy++) {
        int cell = ix + nx * iy;
        w[cell] = y == null ? sumw.get(ix).asDouble() : sumw.get(ix).get(iy).asDouble();
        w2[cell] = y == null ? sumw2.get(ix).asDouble() : sumw2.get(ix).get(iy).asDouble();
        sumOfWeights += w[cell];
      }
    }
    // fEntries is the number of fills; a histograms.json written before fills were counted has
    // none, and then, like uproot for weighted histograms, it is the sum of weights with flow.
    JsonNode fills = content.get("entries");
    return new HistogramData(name, x, y, w, w2, fills != null ? fills.asDouble() : sumOfWeights);
  }
}
