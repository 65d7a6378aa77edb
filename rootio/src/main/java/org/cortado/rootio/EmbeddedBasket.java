package org.cortado.rootio;

/**
 * A basket stored inside the TTree metadata instead of in a key of its own (ROOT-FORMAT.md §3.5).
 * {@code data} is the uncompressed entry data; where variable-size entries start in it comes from the
 * branch's counter.
 */
record EmbeddedBasket(int entries, byte[] data) {}
