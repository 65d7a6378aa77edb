package org.cortado.runtime.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the one-dimensional histograms of a run's {@code histograms.json} (format
 * {@code cortado-histograms/1}) per sample, summing a sample's datasets and dropping the flow bins.
 */
public final class HistogramFile {
  private final Path file;
  private final JsonNode histograms;

  private HistogramFile(Path file, JsonNode histograms) {
    this.file = file;
    this.histograms = histograms;
  }

  /** Opens {@code histograms.json}, or the one inside {@code path} when it is a run's output folder. */
  public static HistogramFile open(Path path) throws IOException {
    Path file = Files.isDirectory(path) ? path.resolve("histograms.json") : path;
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no histograms.json (is this a cortado run output?)");
    }
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode histograms = root.get("histograms");
    if (histograms == null || !histograms.isObject()) {
      throw new IOException(file + ": not a cortado histogram file (no 'histograms' object)");
    }
    return new HistogramFile(file, histograms);
  }

  /** The {@code histograms.json} read. */
  public Path path() {
    return file;
  }

  public List<String> variables() {
    List<String> names = new ArrayList<>();
    histograms.fieldNames().forEachRemaining(names::add);
    return names;
  }

  public List<String> samples(String variable) throws IOException {
    List<String> names = new ArrayList<>();
    histogram(variable).get("samples").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The categories any sample of {@code variable} has, in order of first appearance. */
  public List<String> categories(String variable) throws IOException {
    List<String> names = new ArrayList<>();
    for (JsonNode datasets : histogram(variable).get("samples")) {
      for (JsonNode categories : datasets) {
        categories.fieldNames().forEachRemaining(c -> {
          if (!names.contains(c)) {
            names.add(c);
          }
        });
      }
    }
    return names;
  }

  /** The variations any sample of {@code variable} has, in order of first appearance. */
  public List<String> variations(String variable) throws IOException {
    List<String> names = new ArrayList<>();
    for (JsonNode datasets : histogram(variable).get("samples")) {
      for (JsonNode categories : datasets) {
        for (JsonNode variations : categories) {
          variations.fieldNames().forEachRemaining(v -> {
            if (!names.contains(v)) {
              names.add(v);
            }
          });
        }
      }
    }
    return names;
  }

  public String label(String variable) throws IOException {
    return title(axis(variable), variable);
  }

  /** An axis's label, or its name when it has none, or {@code fallback} when it has neither. */
  private static String title(JsonNode axis, String fallback) {
    String label = axis.path("label").asText("");
    return label.isEmpty() ? axis.path("name").asText(fallback) : label;
  }

  private JsonNode histogram(String variable) throws IOException {
    JsonNode h = histograms.get(variable);
    if (h == null) {
      throw new IOException(file + ": no histogram '" + variable + "'; it has " + variables());
    }
    return h;
  }

  private JsonNode axis(String variable) throws IOException {
    JsonNode axes = histogram(variable).get("axes");
    if (axes == null || axes.size() != 1) {
      throw new IOException(file + ": histogram '" + variable + "' is not one-dimensional");
    }
    return axes.get(0);
  }

  /** Whether {@code variable} has two axes. */
  public boolean twoDimensional(String variable) throws IOException {
    JsonNode axes = histogram(variable).get("axes");
    return axes != null && axes.size() == 2;
  }

  /**
   * The 2D histogram of {@code sample} in {@code category} for {@code variation} (the nominal for
   * data), summed over datasets, without flow bins.
   */
  public SampleHistogram2D sample2d(String variable, String sample, String category,
      String variation) throws IOException {
    if (!twoDimensional(variable)) {
      throw new IOException(file + ": histogram '" + variable + "' is not two-dimensional");
    }
    JsonNode axes = histogram(variable).get("axes");
    double[] x = edges(axes.get(0), variable);
    double[] y = edges(axes.get(1), variable);
    double[][] sumw = new double[x.length - 1][y.length - 1];
    for (JsonNode content : contents(variable, sample, category, variation, dataset -> true)) {
      JsonNode w = content.get("sumw");
      if (w == null || w.size() != sumw.length + 2) {
        throw new IOException(file + ": histogram '" + variable + "' content does not match its axes");
      }
      for (int i = 0; i < sumw.length; i++) {
        JsonNode row = w.get(i + 1);
        if (row.size() != sumw[i].length + 2) {
          throw new IOException(file + ": histogram '" + variable + "' content does not match its axes");
        }
        for (int j = 0; j < sumw[i].length; j++) {
          sumw[i][j] += row.get(j + 1).asDouble();
        }
      }
    }
    return new SampleHistogram2D(sample, title(axes.get(0), ""), x, title(axes.get(1), ""), y,
        sumw);
  }

  /**
   * The histogram of {@code sample} in {@code category} for {@code variation}, summed over datasets.
   * Data samples have only the nominal variation, which is used whatever is asked.
   */
  public SampleHistogram sample(String variable, String sample, String category, String variation) throws IOException {
    return sample(variable, sample, category, variation, dataset -> true);
  }

  /**
   * The histogram of {@code sample} in {@code category} for {@code variation}, summed over those of
   * its datasets that {@code datasets} accepts (a datacard's per-period columns).
   */
  public SampleHistogram sample(String variable, String sample, String category, String variation,
      Predicate<String> datasets) throws IOException {
    JsonNode axis = axis(variable);
    double[] edges = edges(axis, variable);
    int bins = edges.length - 1;
    double[] sumw = new double[bins];
    double[] sumw2 = new double[bins];
    for (JsonNode content : contents(variable, sample, category, variation, datasets)) {
      add(content.get("sumw"), sumw, variable);
      add(content.get("sumw2"), sumw2, variable);
    }
    return new SampleHistogram(sample, edges, sumw, sumw2);
  }

  /**
   * Whether any dataset of {@code sample} has {@code variation} in {@code category}; where none
   * has, {@link #sample} gives the nominal.
   */
  public boolean hasVariation(String variable, String sample, String category, String variation)
      throws IOException {
    for (JsonNode categories : datasets(variable, sample)) {
      if (categories.path(category).has(variation)) {
        return true;
      }
    }
    return false;
  }

  /** The datasets of {@code sample} in histogram {@code variable}. */
  public List<String> datasetNames(String variable, String sample) throws IOException {
    List<String> names = new ArrayList<>();
    datasets(variable, sample).fieldNames().forEachRemaining(names::add);
    return names;
  }

  private JsonNode datasets(String variable, String sample) throws IOException {
    JsonNode datasets = histogram(variable).path("samples").get(sample);
    if (datasets == null) {
      throw new IOException(file + ": histogram '" + variable + "' has no sample '" + sample + "'");
    }
    return datasets;
  }

  /**
   * The content of {@code sample} in {@code category} for {@code variation} in each of its
   * accepted datasets that has the category; the nominal where the variation is missing (data).
   */
  private List<JsonNode> contents(String variable, String sample, String category,
      String variation, Predicate<String> accepted) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = datasets(variable, sample).fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> dataset = it.next();
      JsonNode variations = dataset.getValue().get(category);
      if (variations == null || !accepted.test(dataset.getKey())) {
        continue;
      }
      JsonNode content = variations.has(variation) ? variations.get(variation)
          : variations.get("nominal");
      if (content == null) {
        throw new IOException(file + ": sample '" + sample + "' has no variation '" + variation + "'");
      }
      out.add(content);
    }
    return out;
  }

  private double[] edges(JsonNode axis, String variable) throws IOException {
    JsonNode edges = axis.get("edges");
    if (edges != null) {
      double[] out = new double[edges.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = edges.get(i).asDouble();
      }
      return out;
    }
    JsonNode values = axis.get("values");
    if (values == null) {
      throw new IOException(file + ": histogram '" + variable + "' axis has neither edges nor values");
    }
    double[] out = new double[values.size() + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = i - 0.5;
    }
    return out;
  }

  /** Adds the in-range bins of one content array (which starts with the underflow bin). */
  private void add(JsonNode content, double[] into, String variable) throws IOException {
    if (content == null || content.size() != into.length + 2) {
      throw new IOException(file + ": histogram '" + variable + "' content does not match its axis");
    }
    for (int i = 0; i < into.length; i++) {
      into[i] += content.get(i + 1).asDouble();
    }
  }
}
