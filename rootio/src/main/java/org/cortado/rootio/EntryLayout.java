package org.cortado.rootio;

/**
 * How the entries of a branch lie in its baskets when they are not the fixed-size or counter-driven
 * numbers of a plain leaf (for which a branch has no layout at all, so that NanoAOD reading never
 * looks at one).
 */
sealed interface EntryLayout {

  /**
   * Entries of varying size, found through the basket's entry offsets: each is {@code headerBytes}
   * of header (10 for a std::vector or RVec: byte count, version, length) and then its elements.
   */
  record Elements(int headerBytes) implements EntryLayout {}

  /**
   * One string per entry, found through the basket's entry offsets: {@code headerBytes} of header,
   * then a length (one byte, or 255 and four bytes; always four for a {@code char*} member of a split
   * object) and the characters.
   */
  record Strings(int headerBytes, boolean fourByteLength) implements EntryLayout {}

  /** A branch of several leaves, read as one {@link LeafColumn} per leaf. */
  record LeafList() implements EntryLayout {}

  /** One leaf of a leaf list: its elements start {@code offset} bytes into each entry of {@code entryBytes}. */
  record LeafColumn(int offset, int entryBytes) implements EntryLayout {}
}
