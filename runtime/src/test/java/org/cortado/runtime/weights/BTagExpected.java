package org.cortado.runtime.weights;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.testing.SharedData;

/**
 * {@code src/test/resources/weights/btag_expected.tsv}, written by {@code make_btag_expected.py}
 * with Python correctionlib 2.9.0 at the jets of coffea's {@code nano_dy.root}, and parameters
 * pointing {@code sf_btag} for 2018 at the shared BTV file.
 */
final class BTagExpected {
  /** One row: kind ({@code jet}, {@code jet_b}, {@code event}), event, index or count, inputs, values. */
  record Row(String kind, int event, int index, double[] in, double[] values) {}

  private BTagExpected() {}

  static Params params() {
    Path file = SharedData.data("corrections/POG__BTV__2018_UL__btagging.json.gz");
    return ParamsLoader.withDefaults().text("btag.yaml", String.join("\n",
        "jet_scale_factors:",
        "  btagSF:",
        "    '2018':",
        "      file: '" + file.toAbsolutePath() + "'",
        "")).load();
  }

  static List<Row> rows(String kind) {
    List<Row> out = new ArrayList<>();
    try (InputStream in = BTagExpected.class.getResourceAsStream("/weights/btag_expected.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || !f[0].equals(kind)) {
          continue;
        }
        String[] where = f[1].split(",");
        double[] x = f[2].equals("-") ? new double[0] : parse(f[2].split(","));
        double[] v = new double[f.length - 3];
        for (int k = 0; k < v.length; k++) {
          v[k] = Double.parseDouble(f[3 + k]);
        }
        out.add(new Row(kind, Integer.parseInt(where[0]), Integer.parseInt(where[1]), x, v));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static double[] parse(String[] s) {
    double[] x = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      x[i] = Double.parseDouble(s[i]);
    }
    return x;
  }
}
