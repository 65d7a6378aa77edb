package org.cortado.rootio;

/**
 * A basket stored inside the TTree metadata instead of in a key of its own (ROOT-FORMAT.md §3.5).
 * {@code data} is the uncompressed entry data; {@code entryByteOffsets} has {@code entries + 1} starts
 * into it for variable-size entries, or is null for fixed-size entries.
 */
record EmbeddedBasket(int entries, byte[] data, int[] entryByteOffsets) {}
