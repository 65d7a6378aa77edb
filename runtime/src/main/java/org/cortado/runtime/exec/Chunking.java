package org.cortado.runtime.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cortado.rootio.EventColumn;

/**
 * Where to cut a file into work items and a work item into chunks. Cuts go on cluster
 * boundaries, the entries where every branch read starts a new basket, so that a chunk
 * decompresses each basket it touches once; a cluster longer than the requested size is cut
 * inside, since a basket must then be decoded by several chunks anyway.
 */
final class Chunking {
  private Chunking() {}

  /** Entries where all {@code branches} start a basket, from 0 to {@code entries}, ascending. */
  static long[] clusterBoundaries(List<EventColumn> branches, long entries) {
    long[] common = null;
    for (EventColumn b : branches) {
      long[] own = b.clusterBoundaries();
      common = common == null ? own : intersect(common, own);
    }
    if (common == null || common.length == 0 || common[0] != 0) {
      return new long[] {0, entries};
    }
    if (common[common.length - 1] != entries) {
      common = Arrays.copyOf(common, common.length + 1);
      common[common.length - 1] = entries;
    }
    return common;
  }

  private static long[] intersect(long[] a, long[] b) {
    long[] out = new long[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        out[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Consecutive clusters grouped into ranges of at most {@code size} entries; a longer cluster is
   * cut every {@code size} entries from its start.
   */
  static List<Span> partitions(long[] clusters, long size) {
    List<Span> out = new ArrayList<>();
    long start = clusters[0];
    for (int i = 1; i < clusters.length; i++) {
      long b = clusters[i];
      if (b - start <= size) {
        continue;
      }
      long previous = clusters[i - 1];
      if (previous > start) {
        out.add(new Span(start, previous));
        start = previous;
      }
      while (b - start > size) {
        out.add(new Span(start, start + size));
        start += size;
      }
    }
    long end = clusters[clusters.length - 1];
    if (end > start) {
      out.add(new Span(start, end));
    }
    return out;
  }

  /**
   * {@code range} cut, from its start, into chunks of at most {@code size} entries that end on the
   * last cluster boundary within reach, or {@code size} entries on when there is none.
   */
  static List<Span> chunks(Span range, long[] clusters, long size) {
    List<Span> out = new ArrayList<>();
    long pos = range.start();
    while (pos < range.stop()) {
      long target = Math.min(range.stop(), pos + size);
      long next = target;
      if (target < range.stop()) {
        long boundary = floor(clusters, target);
        if (boundary > pos) {
          next = boundary;
        }
      }
      out.add(new Span(pos, next));
      pos = next;
    }
    return out;
  }

  private static long floor(long[] sorted, long x) {
    int i = Arrays.binarySearch(sorted, x);
    if (i >= 0) {
      return sorted[i];
    }
    int insertion = -i - 1;
    return insertion == 0 ? Long.MIN_VALUE : sorted[insertion - 1];
  }
}
