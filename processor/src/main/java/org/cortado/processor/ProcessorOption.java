package org.cortado.processor;

import java.util.Set;
import java.util.TreeSet;

/** {@code -A} options of the processor. */
enum ProcessorOption {
  /** Path of a NanoAOD schema file ({@code name<TAB>type<TAB>counter}) replacing the default. */
  SCHEMA("cortado.schema"),
  /**
   * Directories (separated by the platform path separator) searched first for the files of
   * {@code @Analysis(params)}, before the class output and the source path.
   */
  PARAMS_PATH("cortado.paramsPath"),
  /** Test-only: throw inside processing, to prove failures become {@code [cortado:Internal]}. */
  FAIL_FOR_TEST("cortado.failForTest");

  private final String key;

  ProcessorOption(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }

  static Set<String> keys() {
    Set<String> out = new TreeSet<>();
    for (ProcessorOption o : values()) {
      out.add(o.key);
    }
    return out;
  }
}
