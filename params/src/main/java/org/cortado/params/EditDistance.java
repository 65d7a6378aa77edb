package org.cortado.params;

import java.util.Locale;

/** "Did you mean" support for parameter keys and analysis names: Levenshtein distance, case-insensitive. */
public final class EditDistance {
  private EditDistance() {}

  /** Closest candidate within a distance of max(2, length / 3), or empty; ties keep the first. */
  public static String closest(String name, Iterable<String> candidates) {
    String best = "";
    int bestDistance = Math.max(2, name.length() / 3) + 1;
    for (String c : candidates) {
      if (Math.abs(c.length() - name.length()) >= bestDistance) {
        continue;
      }
      int d = distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
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
