package org.cortado.runtime.exec;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.fixture.DiMuon_Kernel;
import org.cortado.runtime.kernel.KernelOutputs;
import org.cortado.testing.SharedData;

/** Datasets over the coffea samples and a runner for the {@code DiMuon} fixture kernel. */
final class Fixtures {
  static final double XSEC = 6077.22;
  static final double LUMI_2018 = 59832.47534;
  private static Params params;

  private Fixtures() {}

  static synchronized Params params() {
    if (params == null) {
      params = ParamsLoader.withDefaults().load();
    }
    return params;
  }

  /** {@code copies} times {@code nano_dy.root} as one simulated dataset. */
  static Dataset dy(int copies) {
    return new Dataset("DYJetsToLL_M-50_2018", DatasetMetadata.mc("DYJetsToLL", "2018", XSEC),
        Collections.nCopies(copies, SharedData.root("nano_dy.root")));
  }

  static Dataset data() {
    return new Dataset("DATA_SingleMuon_2018_EraA", DatasetMetadata.data("DATA_SingleMuon", "2018", "A"),
        List.of(SharedData.root("nano_dimuon.root")));
  }

  static Dataset of(String name, boolean mc, Path... files) {
    DatasetMetadata meta = mc ? DatasetMetadata.mc("S", "2018", 1.0) : DatasetMetadata.data("S", "2018", "A");
    return new Dataset(name, meta, List.of(files));
  }

  static RunResult run(ExecutionOptions options, Dataset... datasets) {
    return new AnalysisRun(new DiMuon_Kernel(), params(), options, Progress.quiet()).run(List.of(datasets));
  }

  /** Every number of the outputs, doubles as raw bits: equal strings mean bit-identical results. */
  static String fingerprint(RunResult r) {
    StringBuilder s = new StringBuilder();
    for (DatasetResult d : r.datasets()) {
      KernelOutputs o = d.outputs();
      s.append(d.dataset().name()).append(' ').append(Double.doubleToRawLongBits(d.scale())).append('\n');
      s.append(java.util.Arrays.toString(o.cutflowCounts())).append(bits(o.cutflowSumw()));
      s.append(java.util.Arrays.toString(o.categoryCounts())).append(bits(o.sumw())).append(bits(o.sumw2()));
      for (int h = 0; h < o.layout().histograms().size(); h++) {
        if (o.hist1d(h) != null) {
          for (var hist : o.hist1d(h)) {
            s.append(hist == null ? "-" : bits(hist.sumw()) + bits(hist.sumw2()));
          }
        } else {
          for (var hist : o.hist2d(h)) {
            if (hist == null) {
              continue;
            }
            for (int ix = 0; ix < hist.xAxis().extent(); ix++) {
              for (int iy = 0; iy < hist.yAxis().extent(); iy++) {
                s.append(Double.doubleToRawLongBits(hist.sumw(ix, iy))).append(',')
                    .append(Double.doubleToRawLongBits(hist.sumw2(ix, iy))).append(';');
              }
            }
          }
        }
      }
      for (int k = 0; k < o.layout().columns().size(); k++) {
        for (var col : o.columns(k)) {
          s.append(col == null ? "-" : bits(col.toArray()));
        }
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static String bits(double[] values) {
    StringBuilder s = new StringBuilder("[");
    for (double v : values) {
      s.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
    }
    return s.append(']').toString();
  }
}
