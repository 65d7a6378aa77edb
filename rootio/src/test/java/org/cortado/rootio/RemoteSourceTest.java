package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a remote source groups reads into requests, against an in-memory store that counts them. */
class RemoteSourceTest {
  /** A 10 000-byte file whose byte i is (byte) i, recording each request. */
  private static final class Store implements RangeFetcher {
    final List<ByteRange> asked = new ArrayList<>();

    @Override
    public long length() {
      return 10_000;
    }

    @Override
    public synchronized void fetch(long pos, byte[] dst, int off, int len) {
      asked.add(new ByteRange(pos, len));
      for (int i = 0; i < len; i++) {
        dst[off + i] = (byte) (pos + i);
      }
    }

    @Override
    public String location() {
      return "memory";
    }

    @Override
    public void close() {}
  }

  private static byte[] expected(long pos, int len) {
    byte[] out = new byte[len];
    for (int i = 0; i < len; i++) {
      out[i] = (byte) (pos + i);
    }
    return out;
  }

  private static byte[] read(RemoteSource source, long pos, int len) throws IOException {
    byte[] out = new byte[len];
    source.read(pos, out, 0, len);
    return out;
  }

  @Test
  void nearRangesMergeAndFarOnesDoNot() {
    RemoteSource source = new RemoteSource(new Store(), new RemoteSource.Coalescing(1000, 4, 100, 3000, 1 << 20, 1));
    List<ByteRange> merged = source.merge(List.of(new ByteRange(5000, 100), new ByteRange(0, 100),
        new ByteRange(150, 50), new ByteRange(350, 10), new ByteRange(5050, 10), new ByteRange(9990, 20),
        new ByteRange(6000, 2000), new ByteRange(8050, 1000)));
    assertEquals(List.of(new ByteRange(0, 200), new ByteRange(350, 10), new ByteRange(5000, 100),
        new ByteRange(6000, 2000), new ByteRange(8050, 1000)), merged,
        "gaps of 50 merge, gaps of 150 do not, nested ranges vanish, one past the end is dropped, 3000 bytes at most");
  }

  @Test
  void prefetchedSpansServeReadsWithoutRequests() throws IOException {
    Store store = new Store();
    RemoteSource source = new RemoteSource(store, new RemoteSource.Coalescing(1000, 4, 100, 3000, 1 << 20, 1));
    source.prefetch(List.of(new ByteRange(2000, 1500), new ByteRange(3550, 100)));
    assertEquals(List.of(new ByteRange(2000, 1650)), store.asked);
    assertArrayEquals(expected(2000, 1500), read(source, 2000, 1500));
    assertArrayEquals(expected(3550, 100), read(source, 3550, 100));
    assertArrayEquals(expected(3500, 50), read(source, 3500, 50), "the gap was fetched too");
    assertEquals(1, store.asked.size());
    assertArrayEquals(expected(3600, 100), read(source, 3600, 100), "past the span: from the blocks");
    assertEquals(new ByteRange(3000, 1000), store.asked.get(1));
  }

  @Test
  void smallReadsShareBlocksAndLargeOnesGoStraight() throws IOException {
    Store store = new Store();
    RemoteSource source = new RemoteSource(store, new RemoteSource.Coalescing(1000, 2, 0, 3000, 1 << 20, 1));
    assertArrayEquals(expected(990, 20), read(source, 990, 20));
    assertArrayEquals(expected(1500, 10), read(source, 1500, 10));
    assertArrayEquals(expected(10, 10), read(source, 10, 10));
    assertEquals(List.of(new ByteRange(0, 2000)), store.asked, "one request for both blocks the first read spans");
    assertArrayEquals(expected(9500, 500), read(source, 9500, 500));
    assertEquals(new ByteRange(9000, 1000), store.asked.get(1), "the last block");
    assertArrayEquals(expected(4000, 1200), read(source, 4000, 1200));
    assertEquals(new ByteRange(4000, 1200), store.asked.get(2), "a large read is fetched as it is");
    assertArrayEquals(expected(1500, 10), read(source, 1500, 10));
    assertEquals(new ByteRange(1000, 1000), store.asked.get(3), "two blocks are kept: block 1 was dropped");
  }
}
