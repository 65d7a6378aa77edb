package org.cortado.rootio;

/**
 * The entries of one basket whose entries vary in size: entry {@code i} of the basket is
 * {@code data[starts[i], starts[i + 1])}. The arrays are per-thread scratch space and may be longer
 * than the basket needs.
 */
record EntryStarts(byte[] data, int[] starts) {}
