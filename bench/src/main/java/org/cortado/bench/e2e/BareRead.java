package org.cortado.bench.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cortado.rootio.Branch;
import org.cortado.rootio.EventColumn;
import org.cortado.rootio.EventTable;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;

/**
 * The reader's ceiling for {@link EndToEnd}: the same branches (or RNTuple fields) read into reused
 * primitive arrays, in chunks cut on the columns' common basket or cluster boundaries, on
 * {@code threads} threads sharing one open file, with no kernel, no {@code ColumnChunk} and no outputs.
 */
final class BareRead {
  private BareRead() {}

  /** Reads every entry of {@code branches} in every file; returns the entries read. */
  static long run(List<Path> files, List<String> branches, int threads, long chunk)
      throws IOException, InterruptedException {
    long events = 0;
    for (Path file : files) {
      try (RootFile root = RootFile.open(file)) {
        events += run(root.table("Events"), branches, threads, chunk, false);
      }
    }
    return events;
  }

  /**
   * Reads every entry of {@code branches} of {@code table}, announcing each chunk's baskets to the file
   * first ({@link TTree#prefetch}) if {@code prefetch} and the table is a TTree; returns the entries read.
   */
  static long run(EventTable table, List<String> branches, int threads, long chunk, boolean prefetch)
      throws IOException, InterruptedException {
    List<EventColumn> bs = new ArrayList<>();
    for (String name : branches) {
      bs.add(table.column(name));
    }
    TTree prefetched = prefetch && table instanceof TTree tree ? tree : null;
    long[][] chunks = chunks(bs, table.entries(), chunk);
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    List<IOException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> {
        try {
          readAll(prefetched, bs, chunks, next);
        } catch (IOException e) {
          failures.add(e);
        }
      }, "bare-read");
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return table.entries();
  }

  /** Reads the chunks {@code next} hands out; {@code prefetched}, if not null, is told each chunk first. */
  private static void readAll(TTree prefetched, List<EventColumn> bs, long[][] chunks, AtomicInteger next)
      throws IOException {
    Object[] buffers = new Object[bs.size()];
    long[] sink = new long[1];
    int[] offsets = new int[0];
    for (int i; (i = next.getAndIncrement()) < chunks.length; ) {
      long start = chunks[i][0];
      long stop = chunks[i][1];
      if (prefetched != null) {
        prefetched.prefetch(bs.stream().map(Branch.class::cast).toList(), start, stop);
      }
      for (int k = 0; k < bs.size(); k++) {
        EventColumn b = bs.get(k);
        if (b.sizedByItself()) {
          // A vector: values and sizes in one pass, as the run's reader takes them.
          int bound = Math.toIntExact(b.elementBound(start, stop));
          offsets = offsets.length > stop - start ? offsets : new int[(int) (stop - start) * 2 + 1];
          sink[0] += b.readWithOffsets(start, stop, buffers[k] = fit(buffers[k], arrayType(b), bound), offsets);
          continue;
        }
        int n = Math.toIntExact(b.isJagged() ? b.countElements(start, stop)
            : (stop - start) * b.elementsPerEntry());
        sink[0] += switch (b.type()) {
          case FLOAT32 -> b.readFloats(start, stop, (float[]) (buffers[k] = fit(buffers[k], float[].class, n)));
          case FLOAT64 -> b.readDoubles(start, stop, (double[]) (buffers[k] = fit(buffers[k], double[].class, n)));
          case BOOL -> b.readBooleans(start, stop, (boolean[]) (buffers[k] = fit(buffers[k], boolean[].class, n)));
          case INT64, UINT64 -> b.readLongs(start, stop, (long[]) (buffers[k] = fit(buffers[k], long[].class, n)));
          case INT8, UINT8 -> b.readBytes(start, stop, (byte[]) (buffers[k] = fit(buffers[k], byte[].class, n)));
          case INT16, UINT16 -> b.readShorts(start, stop, (short[]) (buffers[k] = fit(buffers[k], short[].class, n)));
          default -> b.readInts(start, stop, (int[]) (buffers[k] = fit(buffers[k], int[].class, n)));
        };
      }
    }
  }

  private static Class<?> arrayType(EventColumn b) {
    return switch (b.type()) {
      case FLOAT32 -> float[].class;
      case FLOAT64 -> double[].class;
      case BOOL -> boolean[].class;
      case INT64, UINT64 -> long[].class;
      case INT8, UINT8 -> byte[].class;
      case INT16, UINT16 -> short[].class;
      default -> int[].class;
    };
  }

  private static Object fit(Object current, Class<?> type, int n) {
    if (current != null && java.lang.reflect.Array.getLength(current) >= n) {
      return current;
    }
    return java.lang.reflect.Array.newInstance(type.getComponentType(), n + (n >> 1) + 16);
  }

  /** Ranges of at most {@code size} entries ending on a basket boundary shared by all branches. */
  private static long[][] chunks(List<EventColumn> bs, long entries, long size) {
    long[] common = null;
    for (EventColumn b : bs) {
      long[] own = b.clusterBoundaries();
      common = common == null ? own : Arrays.stream(common).filter(x -> Arrays.binarySearch(own, x) >= 0).toArray();
    }
    List<long[]> out = new ArrayList<>();
    long pos = 0;
    while (pos < entries) {
      long target = Math.min(entries, pos + size);
      long next = target;
      for (long c : common) {
        if (c > pos && c <= target) {
          next = c;
        }
      }
      if (target == entries) {
        next = entries;
      }
      out.add(new long[] {pos, next});
      pos = next;
    }
    return out.toArray(new long[0][]);
  }
}
