package org.cortado.runtime.output;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.DatasetResult;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.kernel.KernelLayout;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * {@code cutflow.json}: per dataset the events passing each cut-flow row ({@code cutflow}) and
 * their raw generator-weight sum ({@code cutflow_sumw}), per category the event count and the
 * normalised {@code sumw}/{@code sumw2} per variation, and the normalisation inputs
 * ({@code lumi}, {@code xsec}, {@code sum_genweights}, {@code scale}) that {@code merge} needs to
 * renormalise.
 */
final class CutflowJson {
  static final String FORMAT = "cortado-cutflow/1";

  private CutflowJson() {}

  static Map<String, Object> of(RunResult result) {
    KernelLayout layout = result.layout();
    Map<String, Object> datasets = new LinkedHashMap<>();
    for (DatasetResult d : result.datasets()) {
      KernelOutputs out = d.outputs();
      DatasetMetadata meta = d.dataset().metadata();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sample", meta.sample());
      m.put("year", meta.year());
      m.put("isMC", meta.isMC());
      if (meta.isMC()) {
        meta.xsec().ifPresent(x -> m.put("xsec", x));
        m.put("lumi", d.lumi());
        m.put("sum_genweights", d.sumGenweights());
        m.put("isSkim", meta.isSkim());
        m.put("normalised", d.normalised());
      }
      m.put("scale", d.scale());
      Map<String, Object> cutflow = new LinkedHashMap<>();
      Map<String, Object> cutflowSumw = new LinkedHashMap<>();
      for (int i = 0; i < layout.cutflow().size(); i++) {
        cutflow.put(layout.cutflow().get(i), out.cutflowCounts()[i]);
        cutflowSumw.put(layout.cutflow().get(i), out.cutflowSumw()[i]);
      }
      m.put("cutflow", cutflow);
      if (meta.isMC()) {
        m.put("cutflow_sumw", cutflowSumw);
      }
      Map<String, Object> categories = new LinkedHashMap<>();
      int nvar = out.variationCount();
      double s = d.scale();
      for (int c = 0; c < layout.categories().size(); c++) {
        Map<String, Object> sumw = new LinkedHashMap<>();
        Map<String, Object> sumw2 = new LinkedHashMap<>();
        for (int v = 0; v < nvar; v++) {
          sumw.put(layout.variations().get(v), out.sumw()[c * nvar + v] * s);
          sumw2.put(layout.variations().get(v), out.sumw2()[c * nvar + v] * s * s);
        }
        Map<String, Object> cat = new LinkedHashMap<>();
        cat.put("events", out.categoryCounts()[c]);
        cat.put("sumw", sumw);
        cat.put("sumw2", sumw2);
        categories.put(layout.categories().get(c), cat);
      }
      m.put("categories", categories);
      datasets.put(d.dataset().name(), m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("analysis", layout.analysis());
    root.put("cuts", layout.cutflow());
    root.put("categories", layout.categories());
    root.put("datasets", datasets);
    return root;
  }
}
