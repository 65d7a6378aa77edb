package org.cortado.rootio;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** "Did you mean" hints for misspelt branch and tree names, by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The entry of {@code byName} called {@code name}; for a missing one, an error saying that
   * {@code owner} has no {@code kind} of that name, with the closest names.
   */
  static <T> T named(Map<String, T> byName, String name, String owner, String kind)
      throws RootFormatException {
    T found = byName.get(name);
    if (found == null) {
      throw new RootFormatException(owner + " has no " + kind + " '" + name + "'"
          + didYouMean(name, byName.keySet()));
    }
    return found;
  }

  static String didYouMean(String wanted, Collection<String> known) {
    List<String> close = known.stream()
        .filter(k -> distance(wanted.toLowerCase(), k.toLowerCase()) <= Math.max(2, wanted.length() / 4))
        .sorted(Comparator.comparingInt((String k) -> distance(wanted.toLowerCase(), k.toLowerCase()))
            .thenComparing(Comparator.naturalOrder()))
        .limit(3)
        .toList();
    return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close.stream().map(k -> "'" + k + "'").toList()) + "?";
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
