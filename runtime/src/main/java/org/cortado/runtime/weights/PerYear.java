package org.cortado.runtime.weights;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/** A thread-safe lazy cache of one value per data-taking period. */
final class PerYear<T> {
  private final ConcurrentMap<String, T> values = new ConcurrentHashMap<>();
  private final Function<String, T> load;
  private final String what;

  PerYear(String what, Function<String, T> load) {
    this.what = what;
    this.load = load;
  }

  T get(String year) {
    if (year == null || year.isEmpty()) {
      throw new IllegalArgumentException(what + " depends on the data-taking period, but the chunk"
          + " has none; set it with ColumnChunk.Builder.year(\"2018\") (dataset metadata 'year')");
    }
    return values.computeIfAbsent(year, load);
  }
}
