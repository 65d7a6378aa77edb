package org.cortado.runtime.corrections;

/** A number leaf. */
final class Constant extends Node {
  private final double value;

  Constant(double value) {
    this.value = value;
  }

  double value() {
    return value;
  }

  @Override
  double eval(Inputs in) {
    return value;
  }

  @Override
  Node bindStrings(String[] fixed) {
    return this;
  }
}
