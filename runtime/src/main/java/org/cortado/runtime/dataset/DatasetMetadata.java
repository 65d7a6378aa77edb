package org.cortado.runtime.dataset;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The {@code metadata} block of a dataset. {@code xsec} is in picobarns and required for
 * simulation; {@code era} is for data. {@code sumGenweights} and {@code nevents} are filled by
 * {@code cortado datasets}; a run normalises with the generator-weight sum of the events it
 * actually processed, and uses {@code sumGenweights} only for skims ({@code isSkim}), whose
 * original events are gone. Keys we do not interpret are kept in {@code extra} and written back.
 */
public record DatasetMetadata(
    String sample,
    String year,
    boolean isMC,
    OptionalDouble xsec,
    String era,
    OptionalDouble sumGenweights,
    OptionalLong nevents,
    boolean isSkim,
    Map<String, String> extra) {

  /** Sorts and copies {@code extra}; {@code era} may be empty. */
  public DatasetMetadata {
    Objects.requireNonNull(sample);
    Objects.requireNonNull(year);
    Objects.requireNonNull(xsec);
    Objects.requireNonNull(era);
    Objects.requireNonNull(sumGenweights);
    Objects.requireNonNull(nevents);
    extra = Map.copyOf(new TreeMap<>(extra));
  }

  /** Metadata for simulation with a cross-section in picobarns. */
  public static DatasetMetadata mc(String sample, String year, double xsec) {
    return new DatasetMetadata(sample, year, true, OptionalDouble.of(xsec), "",
        OptionalDouble.empty(), OptionalLong.empty(), false, Map.of());
  }

  /** Metadata for collision data of {@code era}. */
  public static DatasetMetadata data(String sample, String year, String era) {
    return new DatasetMetadata(sample, year, false, OptionalDouble.empty(), era,
        OptionalDouble.empty(), OptionalLong.empty(), false, Map.of());
  }

  /** A copy under another sample name (a subsample's). */
  public DatasetMetadata withSample(String name) {
    return new DatasetMetadata(name, year, isMC, xsec, era, sumGenweights, nevents, isSkim, extra);
  }

  /** A copy with the event count and, for simulation, the generator-weight sum filled in. */
  public DatasetMetadata withCounts(long events, OptionalDouble genWeightSum) {
    return new DatasetMetadata(sample, year, isMC, xsec, era, genWeightSum,
        OptionalLong.of(events), isSkim, extra);
  }
}
