package org.cortado.processor.model;

import java.util.List;

/**
 * A name, or a list of names, as parameters chose it for each period: one entry when every period
 * gives the same result, else one per period, in {@link Periods} order.
 */
public record PerPeriod(List<List<String>> values) {
  /** Copies the lists; equal entries collapse to one. */
  public PerPeriod {
    List<List<String>> copy = values.stream().map(List::copyOf).toList();
    values = copy.stream().distinct().count() == 1 ? List.of(copy.get(0)) : copy;
  }

  /** The same single name in every period. */
  public static PerPeriod of(String name) {
    return new PerPeriod(List.of(List.of(name)));
  }

  /** Whether the periods disagree. */
  public boolean varies() {
    return values.size() > 1;
  }

  /** The names of period {@code k}. */
  public List<String> at(int k) {
    return values.get(varies() ? k : 0);
  }

  /** The first period's single name, which is every period's when {@link #varies} is false. */
  public String first() {
    return values.get(0).get(0);
  }

  /** Every name of every period, in order, without repeats. */
  public List<String> all() {
    return values.stream().flatMap(List::stream).distinct().toList();
  }
}
