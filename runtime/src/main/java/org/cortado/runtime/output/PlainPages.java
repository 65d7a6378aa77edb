package org.cortado.runtime.output;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.page.PageWriter;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridValuesWriter;
import org.apache.parquet.schema.PrimitiveType;
import org.cortado.runtime.kernel.ColumnBuffer;
import org.cortado.runtime.kernel.KernelLayout;

/**
 * The data pages of one floating-point column in one row group, encoded here and handed to
 * parquet-mr's page writer, which compresses them and builds the column and offset indexes. The
 * pages are what parquet-mr's own column writer makes of such a column (dictionary off): values
 * {@code PLAIN}, the levels of a repeated field run-length encoded, a page ended near the page
 * size or row limit, and the same statistics.
 *
 * <p>Why not the column writer: it takes every value through a chain of calls (levels, values,
 * then a statistics update through a comparator), which a cold run executes interpreted or
 * half-compiled for much of its export; profiled, the export was then 44 % of the workers' time on
 * a 1 M-event file. Here a value costs a store and two comparisons.
 */
final class PlainPages {
  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);

  private final ColumnBuffer values;
  private final ColumnBuffer counts;
  private final PrimitiveType type;
  private final PageWriter writer;
  private final boolean doubles;
  private final int width;
  private final long pageBytes;
  private final int pageRows;
  /** The levels of a list column; null for a required one, which has none. */
  private final RunLengthBitPackingHybridValuesWriter repetition;
  private final RunLengthBitPackingHybridValuesWriter definition;

  private byte[] data = new byte[64 * 1024];
  private int bytes;
  /** Levels in the page: one per value, and one for each empty list. */
  private int entries;
  private int nulls;
  private int rows;
  /** The column's index of the next value; a page's values are the {@code entries - nulls} before it. */
  private long next;
  private long written;
  private double min;
  private double max;
  private boolean nan;
  private boolean negativeZero;
  private boolean positiveZero;

  /** The pages of {@code column} from its value {@code cursor} on, written to {@code writer}. */
  PlainPages(ParquetColumns.Column column, PrimitiveType type, PageWriter writer,
      ParquetProperties props, long cursor) {
    this.values = column.values();
    this.counts = column.list() ? column.counts() : null;
    this.type = type;
    this.writer = writer;
    this.doubles = column.spec().type() == KernelLayout.ColumnType.DOUBLE;
    this.width = doubles ? 8 : 4;
    this.pageBytes = props.getPageSizeThreshold();
    this.pageRows = props.getPageRowCountLimit();
    int capacity = (int) Math.min(pageBytes, 64 * 1024);
    this.repetition = counts == null ? null
        : new RunLengthBitPackingHybridValuesWriter(1, capacity, (int) pageBytes, props.getAllocator());
    this.definition = counts == null ? null
        : new RunLengthBitPackingHybridValuesWriter(1, capacity, (int) pageBytes, props.getAllocator());
    this.next = cursor;
    resetPage();
  }

  /** Encodes rows {@code [from, to)}, and writes the page if it is then full. */
  void add(int from, int to) throws IOException {
    if (counts == null) {
      reserve(to - from);
      for (int r = from; r < to; r++) {
        value(values.get(r));
      }
      entries += to - from;
      next += to - from;
    } else {
      int v = (int) next;
      for (int r = from; r < to; r++) {
        int n = (int) counts.get(r);
        if (n == 0) {
          repetition.writeInteger(0);
          definition.writeInteger(0);
          nulls++;
          entries++;
          continue;
        }
        reserve(n);
        for (int k = 0; k < n; k++) {
          repetition.writeInteger(k == 0 ? 0 : 1);
          definition.writeInteger(1);
          value(values.get(v++));
        }
        entries += n;
      }
      next = v;
    }
    rows += to - from;
    if (bytes >= pageBytes || rows >= pageRows) {
      page();
    }
  }

  /** Bytes encoded in this row group so far, its pages written or not. */
  long bufferedBytes() {
    return written + bytes + (repetition == null ? 0
        : repetition.getBufferedSize() + definition.getBufferedSize());
  }

  /** The value cursor for the next row group. */
  long cursor() {
    return next;
  }

  /** Writes what the open page holds. */
  void finish() throws IOException {
    page();
  }

  private void value(double v) {
    if (doubles) {
      LONGS.set(data, bytes, Double.doubleToLongBits(v));
      bytes += 8;
    } else {
      INTS.set(data, bytes, Float.floatToIntBits((float) v));
      bytes += 4;
    }
    // A double narrowed to float keeps its order, so the double's min and max are the float's.
    if (v < min) {
      min = v;
    }
    if (v > max) {
      max = v;
    }
    if (v == 0) {
      if (Double.doubleToRawLongBits(v) == 0) {
        positiveZero = true;
      } else {
        negativeZero = true;
      }
    } else if (v != v) {
      nan = true;
    }
  }

  private void reserve(int n) {
    long need = bytes + (long) n * width;
    if (need > data.length) {
      if (need > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("a Parquet page of " + need + " bytes is too large");
      }
      data = Arrays.copyOf(data, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8L, 2L * data.length)));
    }
  }

  private void page() throws IOException {
    if (rows == 0) {
      return;
    }
    BytesInput plain = BytesInput.from(data, 0, bytes);
    BytesInput body = repetition == null ? plain
        : BytesInput.concat(repetition.getBytes(), definition.getBytes(), plain);
    Encoding levels = repetition == null ? Encoding.BIT_PACKED : Encoding.RLE;
    written += body.size();
    writer.writePage(body, entries, rows, statistics(), levels, levels, Encoding.PLAIN);
    if (repetition != null) {
      repetition.reset();
      definition.reset();
    }
    resetPage();
  }

  /**
   * The page's statistics as parquet-mr's writer computes them from every value. Its order puts
   * -0.0 below 0.0 and its float statistics handle NaN in their own way, so the candidates for min
   * and max are the numeric extremes and any zero present; a page holding NaN, which computed data
   * rarely does, is fed to the statistics value by value.
   */
  private Statistics<?> statistics() {
    Statistics<?> s = Statistics.createStats(type);
    s.incrementNumNulls(nulls);
    int n = entries - nulls;
    if (nan) {
      for (long i = next - n; i < next; i++) {
        update(s, values.get((int) i));
      }
    } else if (n > 0) {
      update(s, min);
      update(s, max);
      if (negativeZero) {
        update(s, -0.0);
      }
      if (positiveZero) {
        update(s, 0.0);
      }
    }
    return s;
  }

  private void update(Statistics<?> s, double v) {
    if (doubles) {
      s.updateStats(v);
    } else {
      s.updateStats((float) v);
    }
  }

  private void resetPage() {
    bytes = 0;
    entries = 0;
    nulls = 0;
    rows = 0;
    min = Double.POSITIVE_INFINITY;
    max = Double.NEGATIVE_INFINITY;
    nan = false;
    negativeZero = false;
    positiveZero = false;
  }
}
