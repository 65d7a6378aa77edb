package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link Xxh3} against python-xxhash 4.1 ({@code xxhash.xxh3_64_intdigest}) on random inputs of every length
 * up to 259 bytes and longer ones around the 1024-byte block: {@code xxh3-vectors.txt.gz} holds one
 * "length hex-bytes hash" line per input.
 */
class Xxh3Test {
  @Test
  void matchesPythonXxhashOnEveryLengthPath() throws IOException {
    int checked = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(getClass().getResourceAsStream("xxh3-vectors.txt.gz")), StandardCharsets.US_ASCII))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.split(" ");
        byte[] data = parts[1].equals("-") ? new byte[0] : HexFormat.of().parseHex(parts[1]);
        byte[] padded = new byte[data.length + 7];
        System.arraycopy(data, 0, padded, 3, data.length);
        assertEquals(Long.parseUnsignedLong(parts[2], 16), Xxh3.hash(padded, 3, data.length), "length " + parts[0]);
        checked++;
      }
    }
    assertEquals(273, checked);
  }
}
