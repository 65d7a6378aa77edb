package org.cortado.runtime.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Combines the output folders of several runs of one analysis, as runs split by dataset or by
 * files produce them. Counts add. A dataset present in several runs is renormalised: each run's
 * sums are divided by that run's scale, added in argument order, and multiplied by the scale of
 * the combined generator-weight sum ({@code 1 / sum}, when the runs normalise); such sums agree with a single
 * run to rounding, not bit for bit. The column parts of such a dataset follow each other in
 * argument order.
 */
public final class OutputMerger {
  private OutputMerger() {}

  /** Merges {@code inputs} (complete output folders) into {@code output}. */
  public static void merge(List<Path> inputs, Path output) throws IOException {
    List<JsonNode> cutflows = new ArrayList<>();
    List<JsonNode> histograms = new ArrayList<>();
    String analysis = null;
    for (Path in : inputs) {
      if (!Files.isRegularFile(in.resolve(OutputWriter.METADATA))) {
        throw new IOException(in + " is not a complete output folder (it has no "
            + OutputWriter.METADATA + "; did that run fail?)");
      }
      JsonNode cutflow = Json.read(in.resolve(OutputWriter.CUTFLOW));
      String a = cutflow.get("analysis").asText();
      if (analysis != null && !analysis.equals(a)) {
        throw new IOException(in + " holds analysis '" + a + "', not '" + analysis + "'; only runs of one analysis merge");
      }
      analysis = a;
      cutflows.add(cutflow);
      histograms.add(Json.read(in.resolve(OutputWriter.HISTOGRAMS)));
    }
    Map<String, Norm> norms = norms(cutflows);
    ObjectNode mergedHistograms = mergeHistograms(histograms, cutflows, norms);
    Map<String, Object> meta = new LinkedHashMap<>();
    List<String> from = new ArrayList<>();
    inputs.forEach(p -> from.add(p.toString()));
    meta.put("merged_from", from);
    List<JsonNode> failures = new ArrayList<>();
    long events = 0;
    for (Path in : inputs) {
      JsonNode run = Json.read(in.resolve(OutputWriter.METADATA));
      events += run.path("events").asLong();
      run.path("failures").forEach(failures::add);
    }
    meta.put("events", events);
    meta.put("failures", failures);
    try (OutputFolder folder = OutputFolder.open(output)) {
      folder.write(Path.of(OutputWriter.HISTOGRAMS), file -> Json.write(file, mergedHistograms));
      folder.write(Path.of(OutputWriter.HISTOGRAMS_ROOT),
          file -> HistogramsRoot.write(file, mergedHistograms));
      folder.write(Path.of(OutputWriter.CUTFLOW),
          file -> Json.write(file, mergeCutflows(cutflows, norms)));
      mergeColumns(inputs, folder);
      copyFirst(inputs, folder, OutputWriter.CONFIG);
      copyFirst(inputs, folder, OutputWriter.PARAMETERS);
      folder.write(Path.of(OutputWriter.METADATA), file -> Json.write(file, meta));
      folder.commit();
    }
  }

  /** Per dataset: the old scale of each input (by input index) and the new scale. */
  private record Norm(double[] oldScales, double scale, double sumGenweights) {}

  private static Map<String, Norm> norms(List<JsonNode> cutflows) throws IOException {
    Map<String, Norm> norms = new LinkedHashMap<>();
    for (String name : datasetNames(cutflows)) {
      double[] old = new double[cutflows.size()];
      double sum = 0;
      JsonNode first = null;
      for (int i = 0; i < cutflows.size(); i++) {
        JsonNode d = cutflows.get(i).get("datasets").get(name);
        if (d == null) {
          continue;
        }
        if (first != null && d.get("isMC").asBoolean()
            && d.path("normalised").asBoolean() != first.path("normalised").asBoolean()) {
          throw new IOException("dataset '" + name + "' was normalised by its generator-weight sum"
              + " in some inputs and not in others; merge runs of the same analysis");
        }
        first = first == null ? d : first;
        old[i] = d.get("scale").asDouble();
        sum += d.path("sum_genweights").asDouble();
      }
      boolean mc = first.get("isMC").asBoolean();
      if (mc && first.path("isSkim").asBoolean()) {
        sum = first.get("sum_genweights").asDouble();
      }
      double scale = !mc || !first.path("normalised").asBoolean() ? 1 : sum == 0 ? 0 : 1 / sum;
      norms.put(name, new Norm(old, scale, sum));
    }
    return norms;
  }

  private static List<String> datasetNames(List<JsonNode> cutflows) {
    List<String> names = new ArrayList<>();
    for (JsonNode c : cutflows) {
      c.get("datasets").fieldNames().forEachRemaining(n -> {
        if (!names.contains(n)) {
          names.add(n);
        }
      });
    }
    return names;
  }

  private static ObjectNode mergeCutflows(List<JsonNode> cutflows, Map<String, Norm> norms) {
    ObjectNode root = cutflows.get(0).deepCopy();
    ObjectNode datasets = root.putObject("datasets");
    for (Map.Entry<String, Norm> e : norms.entrySet()) {
      ObjectNode merged = null;
      for (int i = 0; i < cutflows.size(); i++) {
        JsonNode d = cutflows.get(i).get("datasets").get(e.getKey());
        if (d == null) {
          continue;
        }
        if (merged == null) {
          merged = d.deepCopy();
          zero(merged);
        }
        addCounts(merged.withObjectProperty("cutflow"), d.get("cutflow"));
        if (d.has("cutflow_sumw")) {
          addDoubles(merged.withObjectProperty("cutflow_sumw"), d.get("cutflow_sumw"), 1);
        }
        double s = e.getValue().oldScales()[i];
        for (Iterator<Map.Entry<String, JsonNode>> it = d.get("categories").properties().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> c = it.next();
          ObjectNode target = merged.withObjectProperty("categories").withObjectProperty(c.getKey());
          target.put("events", target.get("events").asLong() + c.getValue().get("events").asLong());
          double n = e.getValue().scale();
          addDoubles(target.withObjectProperty("sumw"), c.getValue().get("sumw"), s == 0 ? 0 : n / s);
          addDoubles(target.withObjectProperty("sumw2"), c.getValue().get("sumw2"), s == 0 ? 0 : (n / s) * (n / s));
        }
      }
      merged.put("scale", e.getValue().scale());
      if (merged.get("isMC").asBoolean()) {
        merged.put("sum_genweights", e.getValue().sumGenweights());
      }
      datasets.set(e.getKey(), merged);
    }
    return root;
  }

  /** Zeroes every count and sum of a dataset entry, keeping its shape. */
  private static void zero(ObjectNode d) {
    d.withObjectProperty("cutflow").fieldNames().forEachRemaining(k -> d.withObjectProperty("cutflow").put(k, 0L));
    if (d.has("cutflow_sumw")) {
      d.withObjectProperty("cutflow_sumw").fieldNames().forEachRemaining(k -> d.withObjectProperty("cutflow_sumw").put(k, 0.0));
    }
    d.withObjectProperty("categories").properties().iterator().forEachRemaining(c -> {
      ObjectNode cat = (ObjectNode) c.getValue();
      cat.put("events", 0L);
      cat.withObjectProperty("sumw").fieldNames().forEachRemaining(k -> cat.withObjectProperty("sumw").put(k, 0.0));
      cat.withObjectProperty("sumw2").fieldNames().forEachRemaining(k -> cat.withObjectProperty("sumw2").put(k, 0.0));
    });
  }

  private static void addCounts(ObjectNode into, JsonNode add) {
    add.properties().iterator().forEachRemaining(e -> into.put(e.getKey(), into.path(e.getKey()).asLong() + e.getValue().asLong()));
  }

  private static void addDoubles(ObjectNode into, JsonNode add, double factor) {
    add.properties().iterator().forEachRemaining(e ->
        into.put(e.getKey(), into.path(e.getKey()).asDouble() + e.getValue().asDouble() * factor));
  }

  private static ObjectNode mergeHistograms(List<JsonNode> inputs, List<JsonNode> cutflows, Map<String, Norm> norms)
      throws IOException {
    ObjectNode root = inputs.get(0).deepCopy();
    ObjectNode histograms = root.withObjectProperty("histograms");
    for (int i = 1; i < inputs.size(); i++) {
      for (Iterator<Map.Entry<String, JsonNode>> it = inputs.get(i).get("histograms").properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> h = it.next();
        if (!histograms.has(h.getKey())) {
          histograms.set(h.getKey(), h.getValue().deepCopy());
        } else if (!histograms.get(h.getKey()).get("axes").equals(h.getValue().get("axes"))) {
          throw new IOException("histogram '" + h.getKey() + "' has different axes in the inputs");
        }
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> hs = histograms.properties().iterator(); hs.hasNext(); ) {
      Map.Entry<String, JsonNode> h = hs.next();
      ObjectNode samples = ((ObjectNode) h.getValue()).putObject("samples");
      for (Map.Entry<String, Norm> n : norms.entrySet()) {
        String dataset = n.getKey();
        for (int i = 0; i < inputs.size(); i++) {
          JsonNode ds = cutflows.get(i).get("datasets").get(dataset);
          JsonNode hist = inputs.get(i).get("histograms").get(h.getKey());
          if (ds == null || hist == null) {
            continue;
          }
          String sample = ds.get("sample").asText();
          JsonNode cats = hist.get("samples").path(sample).path(dataset);
          if (cats.isMissingNode()) {
            continue;
          }
          double s = n.getValue().oldScales()[i];
          double f = s == 0 ? 0 : n.getValue().scale() / s;
          ObjectNode target = samples.withObjectProperty(sample).withObjectProperty(dataset);
          cats.properties().iterator().forEachRemaining(c -> c.getValue().properties().iterator().forEachRemaining(v -> {
            ObjectNode into = target.withObjectProperty(c.getKey()).withObjectProperty(v.getKey());
            into.set("sumw", add(into.get("sumw"), v.getValue().get("sumw"), f));
            into.set("sumw2", add(into.get("sumw2"), v.getValue().get("sumw2"), f * f));
            if (v.getValue().has("entries")) { // fills are counted, not scaled
              into.put("entries", into.path("entries").asDouble()
                  + v.getValue().get("entries").asDouble());
            }
          }));
        }
      }
    }
    return root;
  }

  /** {@code into + factor * add}, element-wise over nested arrays; {@code into} may be null. */
  private static JsonNode add(JsonNode into, JsonNode add, double factor) {
    if (add.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = Json.MAPPER.createArrayNode();
      for (int i = 0; i < add.size(); i++) {
        out.add(add(into == null ? null : into.get(i), add.get(i), factor));
      }
      return out;
    }
    double base = into == null ? 0 : into.asDouble();
    return Json.MAPPER.getNodeFactory().numberNode(base + add.asDouble() * factor);
  }

  /**
   * Copies the column parts of every input into the columns folder of {@code output}, per
   * {@code <dataset>/<category>} folder renumbered in input order, so that a dataset split over
   * several runs reads in order.
   */
  private static void mergeColumns(List<Path> inputs, OutputFolder output) throws IOException {
    Map<Path, List<Path>> byFolder = new LinkedHashMap<>();
    for (Path in : inputs) {
      Path dir = in.resolve(OutputWriter.COLUMNS);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList()) {
          byFolder.computeIfAbsent(dir.relativize(f.getParent()), k -> new ArrayList<>()).add(f);
        }
      }
    }
    for (Map.Entry<Path, List<Path>> e : byFolder.entrySet()) {
      List<Path> sources = e.getValue();
      for (int i = 0; i < sources.size(); i++) {
        Path source = sources.get(i);
        output.write(Path.of(OutputWriter.COLUMNS).resolve(e.getKey()).resolve(OutputWriter.partFile(i)),
            file -> Files.copy(source, file));
      }
    }
  }

  private static void copyFirst(List<Path> inputs, OutputFolder output, String name) throws IOException {
    Path source = inputs.get(0).resolve(name);
    if (Files.isRegularFile(source)) {
      output.write(Path.of(name), file -> Files.copy(source, file));
    }
  }
}
