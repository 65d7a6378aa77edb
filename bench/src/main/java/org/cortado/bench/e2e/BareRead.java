package org.cortado.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cortado.rootio.EventColumn;
import org.cortado.rootio.EventTable;
import org.cortado.rootio.RootFile;

/**
 * The reader's ceiling for {@link EndToEnd}: the same branches (or RNTuple fields) read into reused
 * primitive arrays, in chunks cut on the columns' common basket or cluster boundaries, on {@code threads} threads sharing one
 * open file, with no kernel, no {@code ColumnChunk} and no outputs.
 */
final class BareRead {
  private BareRead() {}

  /** Reads every entry of {@code branches} in every file; returns the entries read. */
  static long run(List<Path> files, List<String> branches, int threads, long chunk)
      throws IOException, InterruptedException {
    long events = 0;
    for (Path file : files) {
      try (RootFile root = RootFile.open(file)) {
        EventTable tree = root.table("Events");
        List<EventColumn> bs = new ArrayList<>();
        for (String name : branches) {
          bs.add(tree.column(name));
        }
        long[][] chunks = chunks(bs, tree.entries(), chunk);
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Thread w = new Thread(() -> {
            try {
              readAll(bs, chunks, next);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }, "bare-read");
          w.start();
          workers.add(w);
        }
        for (Thread w : workers) {
          w.join();
        }
        events += tree.entries();
      }
    }
    return events;
  }

  private static void readAll(List<EventColumn> bs, long[][] chunks, AtomicInteger next)
      throws IOException {
    Object[] buffers = new Object[bs.size()];
    long[] sink = new long[1];
    for (int i; (i = next.getAndIncrement()) < chunks.length; ) {
      long start = chunks[i][0];
      long stop = chunks[i][1];
      for (int k = 0; k < bs.size(); k++) {
        EventColumn b = bs.get(k);
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
