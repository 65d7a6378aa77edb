package org.cortado.runtime.corrections;

import java.util.List;

/**
 * The name and typed inputs of one correction: what nodes need to turn an input index into a
 * readable error message.
 */
record Signature(String correction, List<Variable> inputs) {

  Signature {
    inputs = List.copyOf(inputs);
  }

  int size() {
    return inputs.size();
  }

  Variable input(int index) {
    return inputs.get(index);
  }

  /** Finds an input by name; the first match wins, as in the reference implementation. */
  int indexOf(String name) {
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
