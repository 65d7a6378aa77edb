package org.cortado.rootio;

/** The {@code length} bytes of a file starting at offset {@code start}. */
public record ByteRange(long start, long length) {
  public ByteRange {
    if (start < 0 || length < 0) {
      throw new IllegalArgumentException("byte range [" + start + ", +" + length + ") is negative");
    }
  }

  /** The offset just past the range. */
  public long end() {
    return start + length;
  }

  @Override
  public String toString() {
    return "bytes [" + start + ", " + end() + ")";
  }
}
