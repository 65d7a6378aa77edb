package org.cortado.runtime.corrections;

/**
 * One correction bound several times, to string inputs that differ only in the variation they
 * select (nominal, up, down, ...), evaluated together on the same numeric arguments, as scale
 * factors are. When every binding reduces to a lookup over the same bins (the usual layout of
 * POG files), the bin is found once and each binding reads its own cell; the values of the last
 * arguments are kept, so asking for the nominal, the up and the down value of one object evaluates
 * once. When, in addition, every cell of every binding is a number (as in MUO and EGM scale factor
 * files), the numbers are laid out by cell, and an evaluation is one lookup and one copy. Not
 * thread-safe, like the bindings it holds.
 *
 * <pre>{@code
 * Variations sf = Variations.of(c.bind("nominal"), c.bind("systup"), c.bind("systdown"));
 * double up = sf.at(eta, pt)[1];
 * }</pre>
 */
public final class Variations {
  private final BoundCorrection[] bindings;
  private final boolean sharedCells;
  /** The value of binding {@code k} in cell {@code c} at {@code c * bindings.length + k}, or null. */
  private final double[] constantCells;
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
    this.constantCells = shared ? constantCells(bindings) : null;
  }

  /** The values of all cells by cell and binding, or null when a cell is not a number. */
  private static double[] constantCells(BoundCorrection[] bindings) {
    int cells = bindings[0].root().cellCount();
    if (cells == 0) {
      return null;
    }
    double[] table = new double[cells * bindings.length];
    for (int k = 0; k < bindings.length; k++) {
      for (int c = 0; c < cells; c++) {
        if (!(bindings[k].root().content(c) instanceof Constant number)) {
          return null;
        }
        table[c * bindings.length + k] = number.value();
      }
    }
    return table;
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
    bind(bindings[0], arity, a, b);
    int cell = sharedCells ? bindings[0].cell() : Node.NO_CELL;
    if (cell != Node.NO_CELL && constantCells != null) {
      System.arraycopy(constantCells, cell * values.length, values, 0, values.length);
    } else {
      for (int k = 1; k < bindings.length; k++) {
        bind(bindings[k], arity, a, b);
      }
      for (int k = 0; k < bindings.length; k++) {
        values[k] = bindings[k].evaluateCell(cell);
      }
    }
    lastArity = arity;
    lastA = bitsA;
    lastB = bitsB;
    return values;
  }

  private static void bind(BoundCorrection c, int arity, double a, double b) {
    if (arity == 1) {
      c.bind(a);
    } else {
      c.bind(a, b);
    }
  }
}
