package org.cortado.runtime.kernel;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A growable column of {@code double} values. Generated kernels call {@link #reserve} once per
 * chunk with an upper bound, so {@link #add} never allocates inside the event loop.
 */
public final class ColumnBuffer implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Written as its first {@code size} values: the spare room of a cleared buffer is large. */
  private transient double[] values = new double[16];
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

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    for (int i = 0; i < size; i++) {
      out.writeDouble(values[i]);
    }
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (size < 0) {
      throw new InvalidObjectException("negative column size " + size);
    }
    values = new double[Math.max(16, size)];
    for (int i = 0; i < size; i++) {
      values[i] = in.readDouble();
    }
  }
}
