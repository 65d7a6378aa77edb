package org.cortado.runtime.kernel;

import java.util.List;
import org.cortado.runtime.histograms.Axis;

/**
 * Everything a kernel fills, by name and in a fixed order: cut-flow rows (the first is
 * {@code "initial"}), categories, weight variations (the first is {@code "nominal"}),
 * histograms and exported columns. {@link KernelOutputs#create} allocates storage from it.
 */
public record KernelLayout(
    String analysis,
    List<String> cutflow,
    List<String> categories,
    List<String> variations,
    List<HistogramSpec> histograms,
    List<ColumnSpec> columns) {

  /** Copies the lists. */
  public KernelLayout {
    cutflow = List.copyOf(cutflow);
    categories = List.copyOf(categories);
    variations = List.copyOf(variations);
    histograms = List.copyOf(histograms);
    columns = List.copyOf(columns);
  }

  /** A histogram: one or two axes, filled in the listed categories. */
  public record HistogramSpec(String name, List<Axis> axes, List<String> categories,
      boolean variations) {
    /** Copies the lists. */
    public HistogramSpec {
      axes = List.copyOf(axes);
      categories = List.copyOf(categories);
    }
  }

  /** An exported column ({@code MuonGood_pt}, {@code MuonGood_N}) and its categories. */
  public record ColumnSpec(String name, List<String> categories) {
    /** Copies the list. */
    public ColumnSpec {
      categories = List.copyOf(categories);
    }
  }
}
