package org.cortado.runtime.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.exec.DatasetResult;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.RunResult;
import org.cortado.runtime.kernel.KernelLayout;

/**
 * {@code config.json}: what was run, readable without the code: the analysis layout (cuts,
 * categories, variations, histograms with axes, columns), the datasets and the run options.
 * Weights appear through the variations they produce; the layout does not list them separately.
 */
final class ConfigJson {
  private ConfigJson() {}

  static Map<String, Object> of(RunResult result, RunInfo info) {
    KernelLayout layout = result.layout();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("analysis", layout.analysis());
    root.put("class", info.analysisClass());
    root.put("cuts", layout.cutflow());
    root.put("categories", layout.categories());
    root.put("variations", layout.variations());
    List<Object> histograms = new ArrayList<>();
    for (KernelLayout.HistogramSpec h : layout.histograms()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", h.name());
      List<Object> axes = new ArrayList<>();
      h.axes().forEach(a -> axes.add(HistogramsJson.axis(a)));
      m.put("axes", axes);
      m.put("categories", h.categories());
      m.put("variations", h.variations());
      histograms.add(m);
    }
    root.put("histograms", histograms);
    List<Object> columns = new ArrayList<>();
    for (KernelLayout.ColumnSpec c : layout.columns()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("collection", c.collection());
      m.put("type", c.type().name().toLowerCase(java.util.Locale.ROOT));
      m.put("shape", c.shape().name().toLowerCase(java.util.Locale.ROOT));
      m.put("categories", c.categories());
      columns.add(m);
    }
    root.put("columns", columns);
    Map<String, Object> datasets = new LinkedHashMap<>();
    for (DatasetResult d : result.datasets()) {
      Dataset ds = d.dataset();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sample", ds.sample());
      m.put("year", ds.metadata().year());
      m.put("isMC", ds.isMC());
      ds.metadata().xsec().ifPresent(x -> m.put("xsec", x));
      if (!ds.metadata().era().isEmpty()) {
        m.put("era", ds.metadata().era());
      }
      List<String> files = new ArrayList<>();
      ds.sources().forEach(f -> files.add(Dataset.listed(f)));
      m.put("files", files);
      datasets.put(ds.name(), m);
    }
    root.put("datasets", datasets);
    ExecutionOptions o = info.options();
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("tree", o.tree());
    options.put("threads", o.threads());
    options.put("chunk_size", o.chunkSize());
    options.put("partition_entries", o.partitionEntries());
    options.put("max_files", o.maxFiles() == Integer.MAX_VALUE ? null : o.maxFiles());
    options.put("max_chunks", o.maxChunks() == Long.MAX_VALUE ? null : o.maxChunks());
    options.put("max_entries", o.maxEntries() == Long.MAX_VALUE ? null : o.maxEntries());
    options.put("retries", o.retries());
    options.put("skip_bad_files", o.skipBadFiles());
    root.put("options", options);
    return root;
  }
}
