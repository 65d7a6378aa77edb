package org.cortado.processor.codegen;

/** Local-variable names in generated code; prefixes keep them clear of each other and of Java. */
final class Names {
  private Names() {}

  static String sanitize(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(Character.isJavaIdentifierPart(c) ? c : '_');
    }
    return b.toString();
  }

  /** Array of a branch: {@code b_Muon_pt}. */
  static String branch(String branch) {
    return "b_" + sanitize(branch);
  }

  /** Offsets of a counter: {@code o_nMuon}. */
  static String offsets(String counter) {
    return "o_" + sanitize(counter);
  }

  /** Index buffer of a selection: {@code i_MuonGood}. */
  static String indices(String collection) {
    return "i_" + sanitize(collection);
  }

  /** Value of an {@code @Param}: {@code p_object_preselection_Muon_pt_float}. */
  static String param(String path, String javaType) {
    return "p_" + sanitize(path) + "_" + javaType.toLowerCase(java.util.Locale.ROOT);
  }

  /** Size of a selection in the current event: {@code n_MuonGood}. */
  static String count(String collection) {
    return "n_" + sanitize(collection);
  }
}
