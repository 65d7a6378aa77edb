package org.cortado.runtime.kernel;

import java.io.Serializable;
import java.util.List;
import org.cortado.annotations.EventKind;
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
    List<ColumnSpec> columns) implements Serializable {

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
      boolean variations) implements Serializable {
    /** Copies the lists. */
    public HistogramSpec {
      axes = List.copyOf(axes);
      categories = List.copyOf(categories);
    }
  }

  /**
   * An exported column and the categories it is filled in. {@code collection} is the collection
   * its values come from ({@code ""} for none); {@code counts} is the index in
   * {@link KernelLayout#columns()} of the column holding the number of objects per event, which
   * shapes {@link Shape#LIST} columns, or -1; {@code on} is the kind of events it is filled
   * for (outputs for the other kind have no buffer for it).
   *
   * <p>The kernel buffers every column as {@code double}, which holds every {@code float},
   * {@code int}, {@code short}, {@code byte} and {@code boolean} value exactly; {@code type} is the
   * branch's own type, which {@code ParquetColumns} writes. {@code long} values beyond 2<sup>53</sup>
   * are rounded.
   */
  public record ColumnSpec(String name, String collection, ColumnType type, Shape shape,
      int counts, List<String> categories, EventKind on) implements Serializable {
    /** Copies the list. */
    public ColumnSpec {
      categories = List.copyOf(categories);
    }
  }

  /** The type a column is written with. */
  public enum ColumnType {
    FLOAT, DOUBLE, INT, LONG, BOOLEAN
  }

  /** How a column's values relate to events. */
  public enum Shape {
    /** One value per event: a size ({@code MuonGood_N}) or a position ({@code MuonGood_pt_0}). */
    EVENT,
    /** Every object of each event, written as a list per event row. */
    LIST,
    /** Every object, written one row per object ({@code @ColOut(flatten = true)}). */
    OBJECT,
    /** Objects per event that shape a {@link #LIST} column but are not written ({@code storeSize = false}). */
    COUNTS
  }
}
