package org.cortado.runtime.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The top-right label of a run's figures, from its {@code cutflow.json}: the integrated luminosity
 * of its periods (each period's, as the run normalised simulation with, counted once) and the
 * centre-of-mass energy, 13 TeV for Run 2 and 13.6 TeV from 2022.
 */
public final class LumiLabel {
  private LumiLabel() {}

  /**
   * The label for the run whose {@code histograms.json} is {@code histograms}; just the energy when
   * there is no {@code cutflow.json} beside it or it names no luminosity.
   */
  public static String of(Path histograms) throws IOException {
    Path cutflow = histograms.resolveSibling("cutflow.json");
    if (!Files.isRegularFile(cutflow)) {
      return "(13 TeV)";
    }
    JsonNode datasets = new ObjectMapper().readTree(cutflow.toFile()).path("datasets");
    Map<String, Double> perYear = new TreeMap<>();
    datasets.forEach(d -> {
      if (d.has("year") && d.path("lumi").isNumber()) {
        perYear.put(d.get("year").asText(), d.get("lumi").asDouble());
      }
    });
    return of(perYear);
  }

  /** The label for these periods and their luminosities in pb⁻¹. */
  static String of(Map<String, Double> picobarnsPerYear) {
    double pb = 0;
    boolean run2 = false;
    boolean run3 = false;
    for (Map.Entry<String, Double> e : picobarnsPerYear.entrySet()) {
      pb += e.getValue();
      boolean late = e.getKey().compareTo("2022") >= 0;
      run3 |= late;
      run2 |= !late;
    }
    String energy = run2 && run3 ? "(13 + 13.6 TeV)" : run3 ? "(13.6 TeV)" : "(13 TeV)";
    if (pb <= 0) {
      return energy;
    }
    return pb >= 1000
        ? String.format(Locale.ROOT, "%.1f fb\u207b\u00b9 %s", pb / 1000, energy)
        : String.format(Locale.ROOT, "%.1f pb\u207b\u00b9 %s", pb, energy);
  }
}
