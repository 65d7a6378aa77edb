package org.cortado.processor.codegen;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The one set of names a generated kernel uses. Every identifier is claimed here, from a name the
 * analyst wrote ({@code Muon_pt}, {@code mll}, {@code object_preselection.Muon.pt}): characters
 * Java does not allow become {@code _}, and a name already taken (by the loop's own fields or by
 * another of the analyst's names) gets {@code _2}, {@code _3}, ... in claim order. Claims happen
 * in a fixed order, so the names are the same at every compile.
 */
final class UniqueNames {
  private final Set<String> taken = new HashSet<>();

  /** Reserves fixed names of the generated code. */
  UniqueNames reserve(String... names) {
    for (String n : names) {
      if (!taken.add(n)) {
        throw new IllegalArgumentException("reserved twice: " + n);
      }
    }
    return this;
  }

  /** A new identifier as close to {@code preferred} as possible. */
  String claim(String preferred) {
    String base = sanitize(preferred);
    String name = base;
    for (int k = 2; !taken.add(name); k++) {
      name = base + "_" + k;
    }
    return name;
  }

  /** {@code s} as a Java identifier: other characters become {@code _}. */
  static String sanitize(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(Character.isJavaIdentifierPart(c) ? c : '_');
    }
    if (b.length() == 0 || !Character.isJavaIdentifierStart(b.charAt(0))) {
      b.insert(0, '_');
    }
    String out = b.toString();
    return SourceVersion.isKeyword(out) ? out + "_" : out;
  }
}
