package org.cortado.runtime.corrections;

/**
 * One correction bound several times, to string inputs that differ only in the variation they
 * select (nominal, up, down, ...), evaluated together on the same numeric arguments, as scale
 * factors are. When every binding reduces to a lookup over the same bins (the usual layout of
 * POG files), the bin is found once and each binding reads its own cell; the values of the last
 * arguments are kept, so asking for the nominal, the up and the down value of one object evaluates
 * once. When, in addition, every binding is a {@link Grid} of numbers over the same bins (MUO,
 * EGM and LUM files, nested lookups included), the numbers are laid out by cell and an evaluation
 * in range is one index computation and one copy. Not thread-safe, like the bindings it holds.
 *
 * <pre>{@code
 * Variations sf = Variations.of(c.bind("nominal"), c.bind("systup"), c.bind("systdown"));
 * double up = sf.at(eta, pt)[1];
 * }</pre>
 */
public final class Variations {
  private final BoundCorrection[] bindings;
  private final boolean sharedCells;
  /** The grid every binding is, or null. */
  private final Grid grid;
  /** The value of binding {@code k} in grid cell {@code c} at {@code c * bindings.length + k}. */
  private final double[] gridValues;
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
    Grid[] grids = grids(bindings);
    this.grid = grids == null ? null : grids[0];
    this.gridValues = grids == null ? null : interleave(grids);
  }

  /** The grid of every binding, or null unless all are grids over the same cells. */
  private static Grid[] grids(BoundCorrection[] bindings) {
    Grid[] grids = new Grid[bindings.length];
    for (int k = 0; k < bindings.length; k++) {
      grids[k] = Grid.of(bindings[k].root());
      if (grids[k] == null || !grids[k].sameCells(grids[0])) {
        return null;
      }
    }
    return grids;
  }

  private static double[] interleave(Grid[] grids) {
    double[] table = new double[grids[0].size() * grids.length];
    for (int k = 0; k < grids.length; k++) {
      for (int c = 0; c < grids[k].size(); c++) {
        table[c * grids.length + k] = grids[k].value(c);
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

  /**
   * The value of binding {@code k} at the arguments of the last evaluation, for callers that ask
   * for the variations after the nominal value without passing the arguments again.
   *
   * @throws IllegalStateException if nothing was evaluated yet, or the last evaluation failed
   */
  public double kept(int k) {
    if (lastArity == 0) {
      throw new IllegalStateException("a variation was asked for before any nominal value");
    }
    return values[k];
  }

  private double[] at(int arity, double a, double b) {
    long bitsA = Double.doubleToRawLongBits(a);
    long bitsB = Double.doubleToRawLongBits(b);
    if (arity == lastArity && bitsA == lastA && bitsB == lastB) {
      return values;
    }
    lastArity = 0;
    bind(bindings[0], arity, a, b);
    int gridCell = grid == null ? Node.NO_CELL : grid.cell(bindings[0].inputs());
    if (gridCell != Node.NO_CELL) {
      for (int k = 0, from = gridCell * values.length; k < values.length; k++) {
        values[k] = gridValues[from + k];
      }
    } else {
      for (int k = 1; k < bindings.length; k++) {
        bind(bindings[k], arity, a, b);
      }
      int cell = sharedCells ? bindings[0].cell() : Node.NO_CELL;
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
