package org.cortado.processor.model;

import java.util.List;

/**
 * The data-taking periods names are resolved for: {@code @Analysis(years)}, or one unnamed
 * period ({@code ""}) when the analysis declares none. Everything chosen by parameters is known
 * once per period, in this order.
 */
public record Periods(List<String> names) {
  /** Copies the list; no years means the one unnamed period. */
  public Periods {
    names = names.isEmpty() ? List.of("") : List.copyOf(names);
  }

  /** Number of periods. */
  public int size() {
    return names.size();
  }

  /** Period {@code k}. */
  public String get(int k) {
    return names.get(k);
  }
}
