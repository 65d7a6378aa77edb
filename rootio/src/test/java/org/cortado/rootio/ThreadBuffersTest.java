package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Scratch arrays are reused up to a cap; an oversized basket's array is used once and not kept by the thread. */
class ThreadBuffersTest {
  private static final int CAP = 16 << 20;

  @Test
  void arraysUpToTheCapAreReused() {
    ThreadBuffers buffers = new ThreadBuffers();
    byte[] decoded = buffers.decoded(CAP);
    assertSame(decoded, buffers.decoded(1000));
    byte[] raw = buffers.raw(3 << 20);
    assertSame(raw, buffers.raw(3 << 20));
    int[] counts = buffers.counts(CAP);
    assertSame(counts, buffers.counts(5));
  }

  @Test
  void oversizedArraysAreNotKept() {
    ThreadBuffers buffers = new ThreadBuffers();
    byte[] big = buffers.decoded(CAP + 1);
    assertEquals(CAP + 1, big.length);
    byte[] after = buffers.decoded(1000);
    assertNotSame(big, after);
    assertTrue(after.length <= CAP, "kept " + after.length + " bytes");
    assertTrue(buffers.raw(1000).length <= CAP);
    assertEquals(CAP + 1, buffers.raw(CAP + 1).length);
    assertTrue(buffers.raw(1000).length <= CAP);
    assertEquals(CAP + 1, buffers.counts(CAP + 1).length);
    assertTrue(buffers.counts(1000).length <= CAP);
  }
}
