package org.cortado.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cortado.rootio.Branch;

/**
 * Reads a whole branch into per-entry lists of canonical longs (integers widened with their
 * signedness, floats and doubles as their bit patterns, booleans as 0/1), so that values from different
 * readers and files can be compared exactly, NaN payloads included.
 */
public final class BranchEntries {
  private BranchEntries() {}

  /** Every entry of {@code b}. */
  public static List<List<Long>> read(Branch b) throws IOException {
    return read(b, 0, b.entries());
  }

  /** The entries {@code [start, stop)} of {@code b}. */
  public static List<List<Long>> read(Branch b, long start, long stop) throws IOException {
    // Counting first validates the branch before anything is sized from its metadata.
    int total = Math.toIntExact(b.countElements(start, stop));
    int n = (int) (stop - start);
    int[] offsets = new int[n + 1];
    b.readOffsets(start, stop, offsets);
    long[] values = values(b, start, stop, total);
    if (offsets[n] != total) {
      throw new AssertionError(b.name() + ": offsets end at " + offsets[n] + " but " + total + " elements were read");
    }
    List<List<Long>> rows = new ArrayList<>(n);
    for (int e = 0; e < n; e++) {
      List<Long> row = new ArrayList<>(offsets[e + 1] - offsets[e]);
      for (int k = offsets[e]; k < offsets[e + 1]; k++) {
        row.add(values[k]);
      }
      rows.add(row);
    }
    return rows;
  }

  /** The {@code total} elements of entries {@code [start, stop)} as canonical longs, back to back. */
  public static long[] values(Branch b, long start, long stop, int total) throws IOException {
    long[] values = new long[total];
    switch (b.type()) {
      case FLOAT32 -> {
        float[] f = new float[total];
        b.readFloats(start, stop, f);
        for (int i = 0; i < total; i++) {
          values[i] = Float.floatToRawIntBits(f[i]);
        }
      }
      case FLOAT64 -> {
        double[] d = new double[total];
        b.readDoubles(start, stop, d);
        for (int i = 0; i < total; i++) {
          values[i] = Double.doubleToRawLongBits(d[i]);
        }
      }
      case BOOL -> {
        boolean[] z = new boolean[total];
        b.readBooleans(start, stop, z);
        for (int i = 0; i < total; i++) {
          values[i] = z[i] ? 1 : 0;
        }
      }
      default -> b.readLongs(start, stop, values);
    }
    return values;
  }
}
