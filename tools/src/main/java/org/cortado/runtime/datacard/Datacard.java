package org.cortado.runtime.datacard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.rootio.write.HistogramData;
import org.cortado.runtime.plot.SampleHistogram;

/**
 * One category's card: its bin name, one column per process and period, the observed data, the
 * nuisances and the {@code autoMCStats} line. Laid out as PocketCoffea lays out its cards, except
 * that the columns are wide enough for the longest {@code <process>_<year>} (PocketCoffea sizes
 * them by the process name alone and lets a long name run into the next column).
 */
record Datacard(String bin, String axisTitle, List<Column> columns, SampleHistogram data,
    List<Nuisance> nuisances, DatacardConfig.McStats mcStats) {

  /**
   * A process in one period: its combine id (signals 0, -1, ...; backgrounds 1, 2, ...), its
   * nominal shape and its shifted shapes by {@code <nuisance>Up/Down}.
   */
  record Column(String process, String year, int id, boolean rateParam, SampleHistogram nominal,
      Map<String, SampleHistogram> shifted) {
    String name() {
      return process + "_" + year;
    }

    boolean signal() {
      return id <= 0;
    }
  }

  /** A nuisance line: its value per column name; a column it does not list gets "-". */
  record Nuisance(String name, String type, Map<String, String> values) {}

  private static final String LINE = "\n";
  private static final String SECTION = "-".repeat(80) + LINE;

  /** The observed count: the data's in-range sum, or -1 without data, as PocketCoffea writes it. */
  String observation() {
    return data == null ? "-1" : PyFormat.repr(data.total());
  }

  /** The card's text, its shapes read from {@code shapesFile} (a path relative to the card). */
  String text(String shapesFile) {
    int first = "process".length();
    int nuisanceWidth = 0;
    for (Nuisance n : nuisances) {
      first = Math.max(first, (n.name() + " " + n.type()).length());
      nuisanceWidth = Math.max(nuisanceWidth, n.name().length());
    }
    first += 4;
    int width = bin.length();
    for (Column c : columns) {
      width = Math.max(width, c.name().length());
    }
    width += 4;
    StringBuilder out = new StringBuilder();
    out.append("imax 1 number of channels").append(LINE);
    out.append("jmax ").append(columns.size() - 1).append(" number of processes minus 1").append(LINE);
    out.append("kmax ").append(nuisances.size()).append(" number of nuisance parameters").append(LINE);
    out.append(SECTION);
    out.append("shapes * ").append(bin).append(' ').append(shapesFile)
        .append(" $PROCESS_nominal $PROCESS_$SYSTEMATIC").append(LINE);
    out.append(SECTION);
    out.append("bin ").append(bin).append(LINE);
    out.append("observation ").append(observation()).append(LINE);
    out.append(SECTION);
    StringBuilder bins = pad("bin", first);
    StringBuilder names = pad("process", first);
    StringBuilder ids = pad("process", first);
    StringBuilder rates = pad("rate", first);
    for (Column c : columns) {
      bins.append(pad(bin, width));
      names.append(pad(c.name(), width));
      ids.append(pad(Integer.toString(c.id()), width));
      rates.append(pad(PyFormat.g6(clippedTotal(c.nominal())), width));
    }
    out.append(bins).append(LINE).append(names).append(LINE).append(ids).append(LINE)
        .append(rates).append(LINE);
    out.append(SECTION);
    for (Nuisance n : nuisances) {
      StringBuilder line = pad(pad(n.name(), nuisanceWidth) + " " + n.type(), first);
      for (Column c : columns) {
        String v = n.values().get(c.name());
        line.append(pad(v == null ? " -" : v, width));
      }
      out.append(line).append(LINE);
    }
    out.append(SECTION);
    for (Column c : columns) {
      if (c.rateParam() && !c.signal()) {
        out.append(pad("SF_" + c.process(), nuisanceWidth)).append(pad("rateParam", width))
            .append(pad("* " + c.name() + " 1 [0,5]", width)).append(LINE);
      }
    }
    out.append(SECTION);
    if (mcStats != null) {
      out.append(bin).append(" autoMCStats ").append(mcStats.threshold()).append(' ')
          .append(mcStats.includeSignal()).append(' ').append(mcStats.histMode()).append(LINE);
      out.append(SECTION);
    }
    return out.toString();
  }

  /**
   * The shapes file's histograms by name, data first: negative bins set to zero (with their
   * variances), since combine cannot fit them, as the rates are.
   */
  Map<String, HistogramData> shapes() {
    Map<String, HistogramData> out = new LinkedHashMap<>();
    if (data != null) {
      out.put("data_obs_nominal", histogram("data_obs_nominal", data));
    }
    for (Column c : columns) {
      out.put(c.name() + "_nominal", histogram(c.name() + "_nominal", c.nominal()));
      c.shifted().forEach((shift, h) -> out.put(c.name() + "_" + shift, histogram(c.name() + "_" + shift, h)));
    }
    return out;
  }

  /** The number of negative bins of {@code h}, which the card and shapes set to zero. */
  static int negativeBins(SampleHistogram h) {
    int n = 0;
    for (double w : h.sumw()) {
      n += w < 0 ? 1 : 0;
    }
    return n;
  }

  private static double clippedTotal(SampleHistogram h) {
    double t = 0;
    for (double w : h.sumw()) {
      t += Math.max(w, 0);
    }
    return t;
  }

  /** A TH1D with zero flow bins: the cards take the in-range bins only. */
  private HistogramData histogram(String name, SampleHistogram h) {
    int bins = h.sumw().length;
    double[] w = new double[bins + 2];
    double[] w2 = new double[bins + 2];
    double sum = 0;
    for (int i = 0; i < bins; i++) {
      boolean negative = h.sumw()[i] < 0;
      w[i + 1] = negative ? 0 : h.sumw()[i];
      w2[i + 1] = negative ? 0 : h.sumw2()[i];
      sum += w[i + 1];
    }
    return new HistogramData(name, HistogramData.Axis.variable(axisTitle, h.edges()), null, w, w2, sum);
  }

  private static StringBuilder pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b;
  }
}
