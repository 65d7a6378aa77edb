package org.cortado.runtime.kernel;

import java.util.Arrays;

/**
 * A growable column of {@code double} values. Generated kernels call {@link #reserve} once per
 * chunk with an upper bound, so {@link #add} never allocates inside the event loop.
 */
public final class ColumnBuffer {
  private double[] values = new double[16];
  private int size;

  /** Makes room for {@code extra} more values. */
  public void reserve(int extra) {
    if (size + extra > values.length) {
      values = Arrays.copyOf(values, Math.max(size + extra, values.length * 2));
    }
  }

  /** Appends a value. */
  public void add(double v) {
    if (size == values.length) {
      reserve(1);
    }
    values[size++] = v;
  }

  /** Appends all values of {@code other}. */
  public void addAll(ColumnBuffer other) {
    reserve(other.size);
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
  }

  /**
   * Drops the values once they are written elsewhere, keeping the storage: a buffer filled again
   * (the next chunk of a benchmark) reserves nothing new, and one that is not is dropped with its
   * outputs.
   */
  public void clear() {
    size = 0;
  }

  /** Number of values. */
  public int size() {
    return size;
  }

  /** Value {@code i}. */
  public double get(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return values[i];
  }

  /** The values, as a new array. */
  public double[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
