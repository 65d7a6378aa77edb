package org.cortado.processor.validation.rules;

import java.util.List;
import org.cortado.processor.model.AnalysisModel;
import org.cortado.processor.model.AxisModel;
import org.cortado.processor.model.HistogramModel;
import org.cortado.processor.validation.Diagnostic;
import org.cortado.processor.validation.ValidationReport;
import org.cortado.processor.validation.ValidationRule;

/** Binning is valid at compile time: bins > 0, low < high, increasing edges, some values. */
public final class HistogramBinningRule implements ValidationRule {
  @Override
  public void check(AnalysisModel model, ValidationReport.Builder report) {
    for (HistogramModel h : model.histograms()) {
      for (AxisModel a : h.axes()) {
        switch (a.type()) {
          case REGULAR -> {
            if (a.bins() <= 0) {
              report.error(Diagnostic.HISTOGRAM_BINS_NOT_POSITIVE, a.site().at("bins"), a.name(),
                  h.name(), a.bins());
            }
            range(h, a, report);
          }
          case INTEGER -> range(h, a, report);
          case VARIABLE -> {
            if (!increasing(a.edges())) {
              report.error(Diagnostic.HISTOGRAM_BAD_EDGES, a.site().at("edges"), a.name(),
                  h.name(), a.edges());
            }
          }
          case CATEGORICAL -> {
            if (a.values().isEmpty()) {
              report.error(Diagnostic.HISTOGRAM_NO_VALUES, a.site().at("values"), a.name(),
                  h.name());
            }
          }
          default -> { }
        }
      }
    }
  }

  private static void range(HistogramModel h, AxisModel a, ValidationReport.Builder report) {
    if (!(a.low() < a.high())) {
      report.error(Diagnostic.HISTOGRAM_EMPTY_RANGE,
          a.site().at(a.site().at("high").value() != null ? "high" : "low"), a.name(), h.name(),
          a.low(), a.high());
    }
  }

  private static boolean increasing(List<Double> edges) {
    if (edges.size() < 2) {
      return false;
    }
    for (int i = 1; i < edges.size(); i++) {
      if (!(edges.get(i - 1) < edges.get(i))) {
        return false;
      }
    }
    return true;
  }
}
