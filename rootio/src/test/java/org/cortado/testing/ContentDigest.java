package org.cortado.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.cortado.rootio.Branch;
import org.cortado.rootio.RootFile;

/**
 * The content digest of a ROOT file's tree, as {@code pc_common.content_digest} of the
 * PocketCoffea harness ({@code example-zmumu/tools/pocketcoffea}) records it for the inputs of a
 * reference: tests that regenerate a file in-process check with it that the file holds the events
 * the reference was made from, whatever its compression and basket layout.
 */
public final class ContentDigest {
  private ContentDigest() {}

  /**
   * SHA-256 (hex) of the values of every branch of the {@code Events} tree: branches in name
   * order; for each its UTF-8 name, a zero byte, the number of values as a little-endian int64,
   * then the values little-endian in the branch's own type, booleans as one byte.
   */
  public static String of(Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    try (RootFile f = RootFile.open(file)) {
      List<Branch> branches = new ArrayList<>(f.tree("Events").branches());
      branches.sort(Comparator.comparing(Branch::name));
      for (Branch b : branches) {
        byte[] values = values(b);
        sha.update((b.name() + "\0").getBytes(StandardCharsets.UTF_8));
        sha.update(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
            .putLong(values.length / b.type().size()).array());
        sha.update(values);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Every value of a numeric branch, little-endian in the branch's own type, booleans as one byte:
   * what the digest and the generator's pinned checksums hash.
   */
  public static byte[] values(Branch b) throws IOException {
    long entries = b.entries();
    int n = Math.toIntExact(b.countElements(0, entries));
    ByteBuffer bytes = ByteBuffer.allocate(n * b.type().size()).order(ByteOrder.LITTLE_ENDIAN);
    switch (b.type()) {
      case BOOL -> {
        boolean[] v = new boolean[n];
        b.readBooleans(0, entries, v);
        for (boolean x : v) {
          bytes.put((byte) (x ? 1 : 0));
        }
      }
      case INT8, UINT8 -> {
        byte[] v = new byte[n];
        b.readBytes(0, entries, v);
        bytes.put(v);
      }
      case INT16, UINT16 -> {
        short[] v = new short[n];
        b.readShorts(0, entries, v);
        bytes.asShortBuffer().put(v);
      }
      case INT32, UINT32 -> {
        int[] v = new int[n];
        b.readInts(0, entries, v);
        bytes.asIntBuffer().put(v);
      }
      case INT64, UINT64 -> {
        long[] v = new long[n];
        b.readLongs(0, entries, v);
        bytes.asLongBuffer().put(v);
      }
      case FLOAT32 -> {
        float[] v = new float[n];
        b.readFloats(0, entries, v);
        bytes.asFloatBuffer().put(v);
      }
      case FLOAT64 -> {
        double[] v = new double[n];
        b.readDoubles(0, entries, v);
        bytes.asDoubleBuffer().put(v);
      }
      case STRING -> throw new IllegalArgumentException("branch " + b.name()
          + " holds strings, which are not hashed");
    }
    return bytes.array();
  }
}
