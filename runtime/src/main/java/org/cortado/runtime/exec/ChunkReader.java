package org.cortado.runtime.exec;

import java.io.IOException;
import java.util.HashMap;
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

  /** The columns of entries {@code range} of {@code file}, labelled with its dataset's metadata. */
  ColumnChunk read(FileColumns file, Span range, Dataset dataset) throws IOException {
    int n = Math.toIntExact(range.size());
    DatasetMetadata meta = dataset.metadata();
    ColumnChunk.Builder chunk = ColumnChunk.builder(n).sample(meta.sample()).mc(meta.isMC())
        .year(meta.year()).era(meta.era());
    meta.xsec().ifPresent(chunk::xsec);
    for (FileColumns.Counter c : file.counters()) {
      if (counts.length < n) {
        counts = new int[grow(n)];
      }
      c.branch().readInts(range.start(), range.stop(), counts);
      int[] o = offsets.get(c.name());
      if (o == null || o.length < n + 1) {
        o = new int[grow(n + 1)];
        offsets.put(c.name(), o);
      }
      long running = 0;
      for (int e = 0; e < n; e++) {
        o[e] = (int) running;
        running += Integer.toUnsignedLong(counts[e]);
      }
      if (running > Integer.MAX_VALUE) {
        throw new IOException(file.table().file().path() + ": counter '" + c.name()
            + "' gives more than 2^31 objects in entries " + range + "; use a smaller chunk size");
      }
      o[n] = (int) running;
      chunk.offsets(c.name(), o);
    }
    for (FileColumns.Column c : file.columns()) {
      int elements = elements(file, c, range);
      Buffer buffer = values.get(c.name());
      if (buffer == null || buffer.kind() != c.kind() || ColumnKind.length(buffer.array()) < elements) {
        buffer = new Buffer(c.kind(), c.kind().allocate(grow(elements)));
        values.put(c.name(), buffer);
      }
      c.kind().read(c.branch(), range.start(), range.stop(), buffer.array());
      c.kind().put(chunk, c.name(), buffer.array());
    }
    return chunk.build();
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
