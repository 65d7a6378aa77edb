package org.cortado.runtime.corrections;

/**
 * One correction bound several times, to string inputs that differ only in the variation they
 * select (nominal, up, down, ...), evaluated together on the same numeric arguments, as scale
 * factors are. When every binding reduces to a lookup over the same bins (the usual layout of
 * POG files), the bin is found once and each binding reads its own cell; the values of the last
 * arguments are kept, so asking for the nominal, the up and the down value of one object evaluates
 * once. Not thread-safe, like the bindings it holds.
 *
 * <pre>{@code
 * Variations sf = Variations.of(c.bind("nominal"), c.bind("systup"), c.bind("systdown"));
 * double up = sf.at(eta, pt)[1];
 * }</pre>
 */
public final class Variations {
  private final BoundCorrection[] bindings;
  private final boolean sharedCells;
  private final double[] values;
  /** The number of arguments {@link #values} were evaluated with; 0 while they are not valid. */
  private int lastArity;
  private long lastA;
  private long lastB;

  private Variations(BoundCorrection[] bindings) {
    this.bindings = bindings;
    this.values = new double[bindings.length];
    boolean shared = true;
    for (BoundCorrection b : bindings) {
      shared &= b.root().sameCells(bindings[0].root());
    }
    this.sharedCells = shared;
  }

  /** The bindings, evaluated in this order. */
  public static Variations of(BoundCorrection... bindings) {
    if (bindings.length == 0) {
      throw new IllegalArgumentException("no bindings");
    }
    return new Variations(bindings.clone());
  }

  /** The value of every binding at {@code a}, in binding order; the array is reused. */
  public double[] at(double a) {
    return at(1, a, 0);
  }

  /** The value of every binding at ({@code a}, {@code b}), in binding order; the array is reused. */
  public double[] at(double a, double b) {
    return at(2, a, b);
  }

  private double[] at(int arity, double a, double b) {
    long bitsA = Double.doubleToRawLongBits(a);
    long bitsB = Double.doubleToRawLongBits(b);
    if (arity == lastArity && bitsA == lastA && bitsB == lastB) {
      return values;
    }
    lastArity = 0;
    for (BoundCorrection c : bindings) {
      if (arity == 1) {
        c.bind(a);
      } else {
        c.bind(a, b);
      }
    }
    int cell = sharedCells ? bindings[0].cell() : Node.NO_CELL;
    for (int k = 0; k < bindings.length; k++) {
      values[k] = bindings[k].evaluateCell(cell);
    }
    lastArity = arity;
    lastA = bitsA;
    lastB = bitsB;
    return values;
  }
}
