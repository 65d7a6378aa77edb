package org.cortado.rootio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file on a remote store, read through a {@link RangeFetcher} so that small reads do not each cost
 * a request. Two caches stand in front of the store:
 *
 * <ul>
 *   <li>aligned blocks for small reads: the file header, directories, key lists and the
 *       StreamerInfo record are a few hundred bytes each and mostly near one another, so one block
 *       serves several of them (a least-recently-used set of {@link Coalescing#cachedBlocks});
 *   <li>prefetched spans: {@link #prefetch} merges the baskets a reader is about to need (those of
 *       its branches over one entry range, see {@link TTree#prefetch}) into as few requests as
 *       their gaps allow and keeps the bytes until reads take them, up to
 *       {@link Coalescing#prefetchBudget} bytes, oldest dropped first.
 * </ul>
 *
 * Neither cache decides what a read returns: a read that finds its bytes in neither is fetched as
 * it is. Safe for concurrent use; a read that hits a prefetched span takes no lock.
 */
public final class RemoteSource implements ByteSource {
  /**
   * How reads are grouped into requests.
   *
   * @param blockBytes the size of the aligned blocks that reads smaller than it are served from
   * @param cachedBlocks how many blocks are kept
   * @param maxGap the most unwanted bytes fetched between two wanted ranges to save a request
   * @param maxRequest the most bytes one merged prefetch request asks for (a single larger range is
   *     still asked for whole)
   * @param prefetchBudget the most prefetched bytes kept waiting to be read
   * @param parallelRequests how many requests of one prefetch are in flight at once
   */
  public record Coalescing(int blockBytes, int cachedBlocks, int maxGap, int maxRequest, long prefetchBudget,
      int parallelRequests) {
    public Coalescing {
      if (blockBytes <= 0 || cachedBlocks <= 0 || maxGap < 0 || maxRequest <= 0 || prefetchBudget <= 0
          || parallelRequests <= 0) {
        throw new IllegalArgumentException("coalescing sizes and counts must be positive (the gap may be 0): "
            + blockBytes + ", " + cachedBlocks + ", " + maxGap + ", " + maxRequest + ", " + prefetchBudget + ", "
            + parallelRequests);
      }
    }

    /**
     * 256 KiB blocks, 64 of them; gaps up to 256 KiB (over a wide-area link a request costs more than
     * that many bytes), requests up to 32 MiB, 4 at once, 512 MiB prefetched.
     */
    public static Coalescing defaults() {
      return new Coalescing(256 << 10, 64, 256 << 10, 32 << 20, 512L << 20, 4);
    }
  }

  /** Runs the requests of a prefetch beyond the caller's own; idle threads end after a minute. */
  private static final ExecutorService REQUESTS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
      new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "cortado-prefetch");
        t.setDaemon(true);
        return t;
      });

  private final RangeFetcher fetcher;
  private final Coalescing tuning;
  private final long length;
  /** Prefetched spans by file offset; their arrays are never written once published. */
  private final ConcurrentSkipListMap<Long, byte[]> spans = new ConcurrentSkipListMap<>();
  /** Span offsets in the order they were fetched, to drop the oldest first; guarded by itself. */
  private final ArrayDeque<Long> spanOrder = new ArrayDeque<>();
  private long spanBytes;
  /** Blocks by index, least recently used first; guarded by itself. */
  private final Map<Long, byte[]> blocks;

  public RemoteSource(RangeFetcher fetcher, Coalescing tuning) {
    this.fetcher = fetcher;
    this.tuning = tuning;
    this.length = fetcher.length();
    this.blocks = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
        return size() > tuning.cachedBlocks();
      }
    };
    byte[] head = fetcher.head();
    if (head.length > 0) {
      keep(0, head);
    }
  }

  /** The fetcher, whose request counts say what reading cost. */
  public RangeFetcher fetcher() {
    return fetcher;
  }

  @Override
  public long length() {
    return length;
  }

  @Override
  public void read(long pos, byte[] dst, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    Map.Entry<Long, byte[]> span = spans.floorEntry(pos);
    if (span != null && pos + len <= span.getKey() + span.getValue().length) {
      System.arraycopy(span.getValue(), (int) (pos - span.getKey()), dst, off, len);
    } else if (len >= tuning.blockBytes()) {
      fetcher.fetch(pos, dst, off, len);
    } else {
      readBlocks(pos, dst, off, len);
    }
  }

  /** A small read: from the (at most two) blocks it touches, fetching the missing ones in one request. */
  private void readBlocks(long pos, byte[] dst, int off, int len) throws IOException {
    long size = tuning.blockBytes();
    long first = pos / size;
    long last = (pos + len - 1) / size;
    byte[][] got = new byte[(int) (last - first + 1)][];
    long missingFrom = -1;
    synchronized (blocks) {
      for (long b = first; b <= last; b++) {
        got[(int) (b - first)] = blocks.get(b);
        if (got[(int) (b - first)] == null && missingFrom < 0) {
          missingFrom = b;
        }
      }
    }
    if (missingFrom >= 0) {
      long start = missingFrom * size;
      long end = Math.min(length, (last + 1) * size);
      byte[] fetched = new byte[(int) (end - start)];
      fetcher.fetch(start, fetched, 0, fetched.length);
      synchronized (blocks) {
        for (long b = missingFrom; b <= last; b++) {
          int from = (int) ((b - missingFrom) * size);
          byte[] block = java.util.Arrays.copyOfRange(fetched, from, (int) Math.min(fetched.length, from + size));
          blocks.put(b, block);
          got[(int) (b - first)] = block;
        }
      }
    }
    int done = 0;
    for (long b = first; b <= last; b++) {
      long blockStart = b * size;
      int from = (int) (pos + done - blockStart);
      int n = (int) Math.min(len - done, size - from);
      System.arraycopy(got[(int) (b - first)], from, dst, off + done, n);
      done += n;
    }
  }

  /**
   * Fetches {@code ranges} in as few requests as {@link Coalescing#maxGap} and
   * {@link Coalescing#maxRequest} allow, {@link Coalescing#parallelRequests} at a time, skipping those
   * already prefetched and those outside the file.
   */
  @Override
  public void prefetch(List<ByteRange> ranges) throws IOException {
    List<ByteRange> requests = merge(ranges);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> helpers = new ArrayList<>();
    for (int i = 1; i < Math.min(tuning.parallelRequests(), requests.size()); i++) {
      helpers.add(REQUESTS.submit(() -> fetchAll(requests, next)));
    }
    IOException failed = null;
    try {
      fetchAll(requests, next);
    } catch (IOException e) {
      failed = e;
    }
    for (Future<?> helper : helpers) {
      try {
        helper.get();
      } catch (InterruptedException e) {
        helpers.forEach(h -> h.cancel(true));
        Thread.currentThread().interrupt();
        throw new InterruptedIOException(location() + ": interrupted while prefetching");
      } catch (ExecutionException e) {
        if (failed == null) {
          failed = e.getCause() instanceof IOException io ? io : new IOException(location() + ": prefetch failed",
              e.getCause());
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  /** Takes requests from the shared list until none is left. */
  private Void fetchAll(List<ByteRange> requests, AtomicInteger next) throws IOException {
    for (int i; (i = next.getAndIncrement()) < requests.size(); ) {
      ByteRange r = requests.get(i);
      byte[] data = new byte[(int) r.length()];
      fetcher.fetch(r.start(), data, 0, data.length);
      keep(r.start(), data);
    }
    return null;
  }

  /** The requests that cover {@code ranges}: sorted, and merged across gaps up to the allowed size. */
  List<ByteRange> merge(List<ByteRange> ranges) {
    List<ByteRange> wanted = new ArrayList<>();
    for (ByteRange r : ranges) {
      if (r.length() > 0 && r.end() <= length && r.length() <= Integer.MAX_VALUE - 8 && !prefetched(r)) {
        wanted.add(r);
      }
    }
    wanted.sort(Comparator.comparingLong(ByteRange::start));
    List<ByteRange> out = new ArrayList<>();
    long start = -1;
    long end = -1;
    for (ByteRange r : wanted) {
      if (start >= 0 && r.start() <= end + tuning.maxGap() && Math.max(end, r.end()) - start <= tuning.maxRequest()) {
        end = Math.max(end, r.end());
      } else {
        if (start >= 0) {
          out.add(new ByteRange(start, end - start));
        }
        start = r.start();
        end = r.end();
      }
    }
    if (start >= 0) {
      out.add(new ByteRange(start, end - start));
    }
    return out;
  }

  private boolean prefetched(ByteRange r) {
    Map.Entry<Long, byte[]> span = spans.floorEntry(r.start());
    return span != null && r.end() <= span.getKey() + span.getValue().length;
  }

  /** Keeps a fetched span, dropping the oldest others while over budget (never the newest). */
  private void keep(long start, byte[] data) {
    synchronized (spanOrder) {
      byte[] replaced = spans.put(start, data);
      if (replaced != null) {
        spanOrder.remove(start);
        spanBytes -= replaced.length;
      }
      spanOrder.addLast(start);
      spanBytes += data.length;
      while (spanBytes > tuning.prefetchBudget() && spanOrder.size() > 1) {
        spanBytes -= spans.remove(spanOrder.removeFirst()).length;
      }
    }
  }

  @Override
  public String location() {
    return fetcher.location();
  }

  @Override
  public void close() throws IOException {
    spans.clear();
    synchronized (blocks) {
      blocks.clear();
    }
    fetcher.close();
  }
}
