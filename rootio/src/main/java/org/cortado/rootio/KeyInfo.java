package org.cortado.rootio;

/**
 * One object stored in a ROOT file, as listed by its directory. {@code path} joins the names of the
 * enclosing directories with {@code /}; {@code storedBytes} is what the object occupies on disk and
 * {@code objectBytes} its uncompressed size.
 */
public record KeyInfo(String path, String className, String title, int cycle, long objectBytes, long storedBytes) {}
