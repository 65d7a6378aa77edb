package org.cortado.runtime.calibration;

import org.cortado.runtime.kernel.ColumnChunk;

/**
 * Reads a calibrator's branches from a chunk, failing with a message that names the calibrator,
 * the missing branch and what it is for.
 */
final class Branches {
  private final ColumnChunk chunk;
  private final String who;

  Branches(ColumnChunk chunk, String who) {
    this.chunk = chunk;
    this.who = who;
  }

  boolean has(String branch) {
    return chunk.has(branch);
  }

  float[] floats(String branch, String why) {
    require(branch, why);
    return chunk.floats(branch);
  }

  /** The branch, or null when the chunk does not hold it. */
  float[] optionalFloats(String branch) {
    return chunk.has(branch) ? chunk.floats(branch) : null;
  }

  int[] ints(String branch, String why) {
    require(branch, why);
    return chunk.ints(branch);
  }

  long[] longs(String branch, String why) {
    require(branch, why);
    return chunk.longs(branch);
  }

  int[] offsets(String counter, String why) {
    try {
      return chunk.offsets(counter);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(who + ": the chunk has no offsets for '" + counter
          + "', needed for " + why, e);
    }
  }

  private void require(String branch, String why) {
    if (!chunk.has(branch)) {
      throw new IllegalArgumentException(who + ": the chunk has no branch '" + branch
          + "', needed for " + why);
    }
  }

  /** {@code static_cast<double>(uint64_t)}, for event numbers stored in a {@code long}. */
  static double unsignedToDouble(long u) {
    return u >= 0 ? (double) u : (double) ((u >>> 1) | (u & 1)) * 2.0;
  }
}
