package org.cortado.rootio;

import java.nio.charset.StandardCharsets;

/**
 * The strings of a range of entries, one per entry, as stored: entry {@code i} is
 * {@code bytes[offsets[i], offsets[i + 1])}, which {@link #get} decodes as UTF-8.
 */
public record Strings(int[] offsets, byte[] bytes) {

  public int size() {
    return offsets.length - 1;
  }

  public String get(int i) {
    return new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
  }
}
