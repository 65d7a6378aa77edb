package org.cortado.rootio;

import java.util.regex.Pattern;

/** Shell-style name patterns for branch selection: {@code *} and {@code ?} only. */
public final class Globs {
  private Globs() {}

  /** Whether {@code name} matches {@code glob} as a whole. */
  public static boolean matches(String glob, String name) {
    if (glob.indexOf('*') < 0 && glob.indexOf('?') < 0) {
      return glob.equals(name);
    }
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return name.matches(regex.toString());
  }
}
