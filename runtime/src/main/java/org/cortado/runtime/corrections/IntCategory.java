package org.cortado.runtime.corrections;

import java.util.Arrays;

/** A category on an int input (hadron flavour, decay mode, gen match), keys sorted for search. */
final class IntCategory extends Node {
  private final int input;
  private final long[] keys;
  private final Node[] branches;
  private final Node fallback;

  /** {@code keys} must be sorted and unique, {@code branches} parallel to it; fallback may be null. */
  IntCategory(int input, long[] keys, Node[] branches, Node fallback) {
    this.input = input;
    this.keys = keys;
    this.branches = branches;
    this.fallback = fallback;
  }

  @Override
  double eval(Inputs in) {
    int i = Arrays.binarySearch(keys, in.integer[input]);
    if (i >= 0) {
      return branches[i].eval(in);
    }
    if (fallback == null) {
      throw in.error(input, MissingKey.PROBLEM);
    }
    return fallback.eval(in);
  }

  @Override
  Node bindStrings(String[] fixed) {
    Node[] bound = bindAll(branches, fixed);
    Node boundFallback = fallback == null ? null : fallback.bindStrings(fixed);
    if (bound == branches && boundFallback == fallback) {
      return this;
    }
    return new IntCategory(input, keys, bound, boundFallback);
  }
}
