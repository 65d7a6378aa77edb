package org.cortado.runtime.exec;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cortado.rootio.EventColumn;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.kernel.ColumnChunk;

/**
 * Reads entry ranges of one file into {@link ColumnChunk}s. Owned by one thread: its arrays are
 * reused from chunk to chunk and only grow, so a long run allocates them a handful of times. A
 * chunk is valid until the next {@link #read} on the same reader.
 */
final class ChunkReader {
  private final Map<String, Buffer> values = new HashMap<>();
  private final Map<String, int[]> offsets = new HashMap<>();
  private int[] counts = new int[0];
  /** Offsets of a collection's further vectors, compared with its first's. */
  private int[] check = new int[0];

  /** The columns of entries {@code range} of {@code file}, labelled with its dataset's metadata. */
  ColumnChunk read(FileColumns file, Span range, Dataset dataset) throws IOException {
    int n = Math.toIntExact(range.size());
    DatasetMetadata meta = dataset.metadata();
    ColumnChunk.Builder chunk = ColumnChunk.builder(n).sample(meta.sample()).mc(meta.isMC())
        .year(meta.year()).era(meta.era());
    meta.xsec().ifPresent(chunk::xsec);
    file.prefetch(range);
    for (FileColumns.Counter c : file.counters()) {
      if (c.fromVectors()) {
        chunk.offsets(c.name(), readVectors(file, c, range, chunk));
        continue;
      }
      if (counts.length < n) {
        counts = new int[grow(n)];
      }
      c.branch().readInts(range.start(), range.stop(), counts);
      int[] o = offsetArray(c.name(), n);
      long running = 0;
      for (int e = 0; e < n; e++) {
        o[e] = (int) running;
        running += Integer.toUnsignedLong(counts[e]);
      }
      if (running > Integer.MAX_VALUE) {
        throw new IOException(file.table().file().location() + ": counter '" + c.name()
            + "' gives more than 2^31 objects in entries " + range + "; use a smaller chunk size");
      }
      o[n] = (int) running;
      chunk.offsets(c.name(), o);
    }
    for (FileColumns.Column c : file.plainColumns()) {
      Object values = buffer(c, elements(file, c, range));
      c.kind().read(c.branch(), range.start(), range.stop(), values);
      c.kind().put(chunk, c.name(), values);
    }
    return chunk.build();
  }

  /**
   * Reads the vectors of a collection stored as vectors, values and sizes in one pass each, and gives
   * the first one's offsets, after checking that every other vector has the same size in each entry,
   * since the kernel indexes all of them with these offsets.
   */
  private int[] readVectors(FileColumns file, FileColumns.Counter c, Span range, ColumnChunk.Builder chunk)
      throws IOException {
    int n = Math.toIntExact(range.size());
    int[] o = offsetArray(c.name(), n);
    List<FileColumns.Column> vectors = c.vectors();
    for (int v = 0; v < vectors.size(); v++) {
      FileColumns.Column col = vectors.get(v);
      EventColumn b = col.branch();
      if (v > 0 && check.length < n + 1) {
        check = new int[grow(n + 1)];
      }
      int[] sizes = v == 0 ? o : check;
      Object values = buffer(col, Math.toIntExact(b.elementBound(range.start(), range.stop())));
      b.readWithOffsets(range.start(), range.stop(), values, sizes);
      col.kind().put(chunk, col.name(), values);
      int e = v == 0 ? -1 : Arrays.mismatch(o, 0, n + 1, sizes, 0, n + 1);
      if (e >= 0) {
        throw new IOException(file.table().file().location() + ": vectors '" + vectors.get(0).name() + "' and '"
            + b.name() + "' differ in size at entry " + (range.start() + e - 1) + " (" + (o[e] - o[e - 1])
            + " and " + (sizes[e] - sizes[e - 1]) + " elements), so they are not one collection '"
            + c.name().substring(1) + "'; give them collections of their own in the analysis's schema");
      }
    }
    return o;
  }

  /** The reused value array of column {@code c}, holding at least {@code elements} values. */
  private Object buffer(FileColumns.Column c, int elements) {
    Buffer buffer = values.get(c.name());
    if (buffer == null || buffer.kind() != c.kind() || ColumnKind.length(buffer.array()) < elements) {
      buffer = new Buffer(c.kind(), c.kind().allocate(grow(elements)));
      values.put(c.name(), buffer);
    }
    return buffer.array();
  }

  /** The reused offsets array under {@code key}, at least {@code n + 1} long. */
  private int[] offsetArray(String key, int n) {
    int[] o = offsets.get(key);
    if (o == null || o.length < n + 1) {
      o = new int[grow(n + 1)];
      offsets.put(key, o);
    }
    return o;
  }

  /** Elements of {@code c} in {@code range}; a jagged branch's count comes from offsets just read. */
  private int elements(FileColumns file, FileColumns.Column c, Span range) throws IOException {
    int n = Math.toIntExact(range.size());
    EventColumn b = c.branch();
    if (!b.isJagged()) {
      return Math.multiplyExact(n, b.elementsPerEntry());
    }
    String counter = b.counter() == null ? null : b.counter().name();
    for (FileColumns.Counter read : file.counters()) {
      if (read.name().equals(counter)) {
        return Math.multiplyExact(offsets.get(counter)[n], b.elementsPerEntry());
      }
    }
    return Math.toIntExact(b.countElements(range.start(), range.stop()));
  }

  private record Buffer(ColumnKind kind, Object array) {}

  /** Headroom so that slowly growing chunks do not reallocate every time. */
  private static int grow(int n) {
    return (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(16L, n + (long) (n >> 1)));
  }
}
