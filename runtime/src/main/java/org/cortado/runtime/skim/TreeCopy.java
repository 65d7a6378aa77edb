package org.cortado.runtime.skim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cortado.rootio.Branch;
import org.cortado.rootio.TTree;
import org.cortado.rootio.write.BranchWriter;
import org.cortado.rootio.write.TreeWriter;
import org.cortado.runtime.exec.ColumnKind;

/**
 * Copies branches of a tree into a tree being written, entry by entry, with their types and
 * titles: flat branches, fixed-size arrays, counters and the jagged branches they count. The
 * values of a range of entries are read at once into buffers that only grow.
 */
final class TreeCopy {
  /** Entries read at once by {@link #copyAll}. */
  private static final int BLOCK = 1 << 16;

  private final List<Column> columns = new ArrayList<>();
  private final TreeWriter target;
  private int[] all = new int[0];

  /** Declares {@code branches} (in order; counters before the branches they count) in {@code target}. */
  TreeCopy(List<Branch> branches, TreeWriter target) {
    this.target = target;
    Map<Branch, BranchWriter> counters = new IdentityHashMap<>();
    for (Branch b : branches) {
      if (b.counter() != null) {
        counters.put(b.counter(), null);
      }
    }
    for (Branch b : branches) {
      BranchWriter out;
      if (counters.containsKey(b)) {
        out = target.counter(b.name(), b.title());
        counters.put(b, out);
      } else if (b.counter() != null) {
        out = target.jagged(b.name(), b.type(), counters.get(b.counter()), b.title());
      } else if (b.elementsPerEntry() > 1) {
        out = target.array(b.name(), b.type(), b.elementsPerEntry(), b.title());
      } else {
        out = target.branch(b.name(), b.type(), b.title());
      }
      columns.add(new Column(b, ColumnKind.of(b.type()), out, counters.containsKey(b)));
    }
  }

  /** Copies every entry of {@code tree} (the tree the branches belong to). */
  void copyAll(TTree tree) throws IOException {
    for (long start = 0; start < tree.entries(); start += BLOCK) {
      long stop = Math.min(tree.entries(), start + BLOCK);
      int n = (int) (stop - start);
      if (all.length < n) {
        all = new int[n];
        for (int i = 0; i < n; i++) {
          all[i] = i;
        }
      }
      copy(start, stop, all, n);
    }
  }

  /** Copies the entries {@code start + entries[i]}, {@code i < count}, all within {@code [start, stop)}. */
  void copy(long start, long stop, int[] entries, int count) throws IOException {
    if (count == 0) {
      return;
    }
    for (Column c : columns) {
      c.read(start, stop);
    }
    for (int i = 0; i < count; i++) {
      int e = entries[i];
      for (Column c : columns) {
        c.put(e);
      }
      target.endEntry();
    }
  }

  /** One branch: its values for the entries last read, and where they go. */
  private static final class Column {
    private final Branch source;
    private final ColumnKind kind;
    private final BranchWriter out;
    private final boolean counter;
    private int[] offsets = new int[0];
    private Object values;

    Column(Branch source, ColumnKind kind, BranchWriter out, boolean counter) {
      this.source = source;
      this.kind = kind;
      this.out = out;
      this.counter = counter;
      this.values = kind.allocate(0);
    }

    void read(long start, long stop) throws IOException {
      int n = (int) (stop - start);
      if (offsets.length < n + 1) {
        offsets = new int[n + 1 + n / 2];
      }
      source.readOffsets(start, stop, offsets);
      int elements = offsets[n];
      if (ColumnKind.length(values) < elements) {
        values = kind.allocate(elements + elements / 2);
      }
      kind.read(source, start, stop, values);
    }

    /** Puts the values of entry {@code e} of the range last read. */
    void put(int e) {
      int from = offsets[e];
      int to = offsets[e + 1];
      if (counter) {
        out.putCount((int) count(from));
        return;
      }
      switch (kind) {
        case BOOLEAN -> {
          boolean[] v = (boolean[]) values;
          for (int i = from; i < to; i++) {
            out.putBoolean(v[i]);
          }
        }
        case BYTE -> {
          byte[] v = (byte[]) values;
          for (int i = from; i < to; i++) {
            out.putByte(v[i]);
          }
        }
        case SHORT -> {
          short[] v = (short[]) values;
          for (int i = from; i < to; i++) {
            out.putShort(v[i]);
          }
        }
        case INT -> {
          int[] v = (int[]) values;
          for (int i = from; i < to; i++) {
            out.putInt(v[i]);
          }
        }
        case LONG -> {
          long[] v = (long[]) values;
          for (int i = from; i < to; i++) {
            out.putLong(v[i]);
          }
        }
        case FLOAT -> {
          float[] v = (float[]) values;
          for (int i = from; i < to; i++) {
            out.putFloat(v[i]);
          }
        }
        case DOUBLE -> {
          double[] v = (double[]) values;
          for (int i = from; i < to; i++) {
            out.putDouble(v[i]);
          }
        }
      }
    }

    /** A counter's value at element {@code i}, as the unsigned count it stands for. */
    private long count(int i) {
      return switch (kind) {
        case BYTE -> Byte.toUnsignedLong(((byte[]) values)[i]);
        case SHORT -> Short.toUnsignedLong(((short[]) values)[i]);
        case INT -> Integer.toUnsignedLong(((int[]) values)[i]);
        case LONG -> ((long[]) values)[i];
        default -> throw new IllegalStateException("counter '" + source.name() + "' is not an integer");
      };
    }
  }
}
