package org.cortado.rootio;

/**
 * A basket stored inside the TTree metadata instead of in a key of its own (ROOT-FORMAT.md §3.5).
 * {@code data} is the uncompressed entry data; {@code offsets}, where each entry starts in it, is
 * null for fixed-size entries (a jagged NanoAOD branch takes its entry sizes from its counter).
 */
record EmbeddedBasket(int entries, byte[] data, int[] offsets) {}
