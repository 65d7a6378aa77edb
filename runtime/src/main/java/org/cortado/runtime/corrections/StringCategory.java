package org.cortado.runtime.corrections;

import java.util.HashMap;
import java.util.Map;

/**
 * A category on a string input (systematic, working point, era). Binding the input to a fixed
 * string replaces this node by the branch it selects, so bound evaluators never look strings up.
 */
final class StringCategory extends Node {
  private final int input;
  private final Map<String, Node> branches;
  private final Node fallback;

  /** {@code branches} is owned by this node from now on; {@code fallback} may be null. */
  StringCategory(int input, Map<String, Node> branches, Node fallback) {
    this.input = input;
    this.branches = branches;
    this.fallback = fallback;
  }

  @Override
  double eval(Inputs in) {
    Node branch = branches.get(in.string[input]);
    if (branch == null) {
      if (fallback == null) {
        throw in.error(input, MissingKey.PROBLEM);
      }
      branch = fallback;
    }
    return branch.eval(in);
  }

  @Override
  Node bindStrings(String[] fixed) {
    String key = fixed[input];
    if (key != null) {
      Node branch = branches.getOrDefault(key, fallback);
      return branch == null ? new MissingKey(input, "'" + key + "'") : branch.bindStrings(fixed);
    }
    Map<String, Node> bound = new HashMap<>();
    boolean changed = false;
    for (Map.Entry<String, Node> e : branches.entrySet()) {
      Node b = e.getValue().bindStrings(fixed);
      changed |= b != e.getValue();
      bound.put(e.getKey(), b);
    }
    Node boundFallback = fallback == null ? null : fallback.bindStrings(fixed);
    if (!changed && boundFallback == fallback) {
      return this;
    }
    return new StringCategory(input, bound, boundFallback);
  }
}
