package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The native (liblzma) and pure-Java LZMA decoders against each other: bit for bit over every LZMA basket
 * of the shared fixtures, and the same outcome, a {@link RootFormatException} naming the place or the same
 * bytes, for damaged blocks. The native tests skip on a JDK before 22.
 */
class LzmaDecodingTest {
  private static final String WHERE = "test.root, branch x, basket 0";

  /** A basket of a fixture whose payload opens with an LZMA block. */
  private record LzmaBasket(String where, byte[] raw, Key key) {
    /** The .xz stream of the first block, without ROOT's 9-byte block header. */
    byte[] firstStream() {
      int at = key.keyLength();
      int c = (raw[at + 3] & 0xFF) | (raw[at + 4] & 0xFF) << 8 | (raw[at + 5] & 0xFF) << 16;
      return Arrays.copyOfRange(raw, at + Decompressor.BLOCK_HEADER, at + Decompressor.BLOCK_HEADER + c);
    }

    int firstBlockSize() {
      int at = key.keyLength();
      return (raw[at + 6] & 0xFF) | (raw[at + 7] & 0xFF) << 8 | (raw[at + 8] & 0xFF) << 16;
    }
  }

  @Test
  void theNativeDecoderIsChosenWhereverItCanBe() {
    String reason = LzmaDecoding.nativeUnavailableReason();
    if (Runtime.version().feature() < 22) {
      assertFalse(LzmaDecoding.isNative(), LzmaDecoding.active());
      assertTrue(reason.contains("JDK " + Runtime.version().feature()), reason);
      return;
    }
    // A build on JDK 22+ compiles the native class, so only a missing liblzma may leave it unused.
    assumeTrue(reason == null || !reason.contains("could not be loaded"), "skipped: " + reason);
    assertEquals(null, reason);
    assertEquals(!"java".equals(System.getProperty(LzmaDecoding.PROPERTY)), LzmaDecoding.isNative(),
        LzmaDecoding.active());
  }

  @Test
  void everyLzmaBasketOfTheFixturesDecodesToTheSameBytesOnBothPaths() throws IOException {
    XzDecoder nativeXz = nativeDecoder();
    int baskets = 0;
    long bytes = 0;
    List<String> files = new ArrayList<>();
    Decompressor java = new Decompressor(new JavaXzDecoder());
    Decompressor lib = new Decompressor(nativeXz);
    for (Path file : fixtures()) {
      List<LzmaBasket> found = lzmaBaskets(file);
      for (LzmaBasket b : found) {
        byte[] expected = RootFile.payload(b.key(), b.raw(), 0, b.where(), java);
        byte[] actual = RootFile.payload(b.key(), b.raw(), 0, b.where(), lib);
        assertArrayEquals(expected, actual, b.where());
        bytes += expected.length;
      }
      baskets += found.size();
      if (!found.isEmpty()) {
        files.add(file.getFileName().toString());
      }
    }
    // The LZMA files of ../shared/data/root alone hold dozens of LZMA baskets.
    assertTrue(files.contains("uproot-HZZ-lzma.root") && files.contains("uproot-Zmumu-lzma.root"), files.toString());
    assertTrue(baskets >= 50, baskets + " LZMA baskets (" + bytes + " bytes) in " + files);
  }

  @Test
  void damagedStreamsGiveTheSameOutcomeOnBothPaths() throws IOException {
    XzDecoder nativeXz = nativeDecoder();
    XzDecoder java = new JavaXzDecoder();
    LzmaBasket basket = lzmaBaskets(SharedData.root("uproot-Zmumu-lzma.root")).get(0);
    byte[] stream = basket.firstStream();
    int u = basket.firstBlockSize();
    int errors = 0;
    int step = Math.max(1, stream.length / 2000);
    for (int i = 0; i < stream.length; i += step) {
      byte[] damaged = stream.clone();
      damaged[i] ^= (byte) 0xA5;
      errors += sameOutcome(java, nativeXz, damaged, damaged.length, u, "byte " + i + " flipped");
    }
    for (int len = 0; len < stream.length; len += Math.max(1, stream.length / 50)) {
      errors += sameOutcome(java, nativeXz, stream, len, u, "cut to " + len + " bytes");
    }
    byte[] padded = Arrays.copyOf(stream, stream.length + 8);
    assertEquals(0, sameOutcome(java, nativeXz, padded, padded.length, u, "stream padding"));
    byte[] trailing = Arrays.copyOf(stream, stream.length + 3);
    trailing[stream.length] = 'X';
    assertEquals(1, sameOutcome(java, nativeXz, trailing, trailing.length, u, "trailing garbage"));
    assertEquals(1, sameOutcome(java, nativeXz, stream, stream.length, u - 1, "one byte more than declared"));
    assertEquals(0, sameOutcome(java, nativeXz, stream, stream.length, u + 1, "room to spare"));
    assertTrue(errors > stream.length / step / 2, errors + " of the damaged streams were refused");
  }

  @Test
  void aStreamAskingForTooMuchMemoryIsRefusedOnBothPaths() throws IOException {
    XzDecoder nativeXz = nativeDecoder();
    LzmaBasket basket = lzmaBaskets(SharedData.root("uproot-Zmumu-lzma.root")).get(0);
    byte[] stream = withDictionaryOf1GiB(basket.firstStream());
    byte[] out = new byte[basket.firstBlockSize()];
    for (XzDecoder decoder : List.of(new JavaXzDecoder(), nativeXz)) {
      RootFormatException e = assertThrows(RootFormatException.class,
          () -> decoder.decode(stream, 0, stream.length, out, 0, out.length, WHERE));
      assertTrue(e.getMessage().startsWith(WHERE)
          && (e.getMessage().contains("limit was 81920 KiB") || e.getMessage().contains("80 MiB allowed")),
          e.getMessage());
    }
  }

  /** Decodes with both; returns 1 if both threw a {@link RootFormatException} naming the place, 0 if both gave the same bytes. */
  private static int sameOutcome(XzDecoder java, XzDecoder nativeXz, byte[] src, int len, int u, String what) {
    byte[][] results = new byte[2][];
    String[] errors = new String[2];
    XzDecoder[] decoders = {java, nativeXz};
    for (int k = 0; k < 2; k++) {
      byte[] out = new byte[u];
      try {
        int n = decoders[k].decode(src, 0, len, out, 0, u, WHERE);
        results[k] = Arrays.copyOf(out, n);
      } catch (RootFormatException e) {
        assertTrue(e.getMessage().startsWith(WHERE + ": "), e.getMessage());
        errors[k] = e.getMessage();
      }
    }
    assertEquals(errors[0] == null, errors[1] == null, what + ": Java " + errors[0] + ", native " + errors[1]);
    assertArrayEquals(results[0], results[1], what);
    return errors[0] == null ? 0 : 1;
  }

  /** The same stream with its LZMA2 dictionary size set to 1 GiB and the block header's CRC32 redone. */
  private static byte[] withDictionaryOf1GiB(byte[] stream) {
    byte[] s = stream.clone();
    int header = 12;
    int headerSize = ((s[header] & 0xFF) + 1) * 4;
    int flags = s[header + 1] & 0xFF;
    int at = header + 2;
    for (int sizes = flags >> 6; sizes > 0; sizes >>= 1) {
      if ((sizes & 1) != 0) {
        at = skipVarint(s, at);
      }
    }
    int filters = (flags & 3) + 1;
    for (int f = 0; f < filters; f++) {
      int id = s[at];
      int propsSize = s[at + 1];
      if (f == filters - 1) {
        assertEquals(0x21, id, "the last filter is LZMA2");
        s[at + 2] = 36; // (2 | 36 % 2) << (36 / 2 + 11) bytes
      }
      at += 2 + propsSize;
    }
    CRC32 crc = new CRC32();
    crc.update(s, header, headerSize - 4);
    long value = crc.getValue();
    for (int k = 0; k < 4; k++) {
      s[header + headerSize - 4 + k] = (byte) (value >> (8 * k));
    }
    return s;
  }

  private static int skipVarint(byte[] s, int at) {
    while ((s[at] & 0x80) != 0) {
      at++;
    }
    return at + 1;
  }

  private static XzDecoder nativeDecoder() {
    XzDecoder decoder = LzmaDecoding.newNativeDecoderOrNull();
    assumeTrue(decoder != null, () -> "skipped: no native LZMA decoder here: " + LzmaDecoding.nativeUnavailableReason());
    return decoder;
  }

  /** The ROOT files of ../shared/data/root and ../shared/data/skhep. */
  private static List<Path> fixtures() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("root", "skhep")) {
      Path dir = SharedData.dir().resolve("data").resolve(folder);
      assumeTrue(Files.isDirectory(dir), "skipped: shared test data " + dir + " is absent");
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".root")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  /** Every basket of every tree of {@code file} that opens with an LZMA block; none if the reader cannot open it. */
  private static List<LzmaBasket> lzmaBaskets(Path file) throws IOException {
    List<LzmaBasket> found = new ArrayList<>();
    byte[] bytes = Files.readAllBytes(file);
    List<Branch> branches = new ArrayList<>();
    try (RootFile root = RootFile.open(file)) {
      for (String name : root.treeNames()) {
        root.tree(name).branches().forEach(b -> addWithSubBranches(b, branches));
      }
    } catch (RootFormatException e) {
      return found; // RNTuple-only and object files: nothing here for the TTree reader
    }
    for (Branch b : branches) {
      for (int i = 0; i < b.basketCount(); i++) {
        long seek = b.basketSeek(i);
        int stored = b.basketStoredBytes(i);
        if (b.embeddedBasket(i) != null || stored <= 0 || seek + stored > bytes.length) {
          continue;
        }
        byte[] raw = Arrays.copyOfRange(bytes, (int) seek, (int) seek + stored);
        Key key = Key.read(ByteReader.of(raw, file));
        int at = key.keyLength();
        if (key.isCompressed() && at + 2 <= raw.length && raw[at] == 'X' && raw[at + 1] == 'Z') {
          found.add(new LzmaBasket(file.getFileName() + ", " + b.describe() + ", basket " + i, raw, key));
        }
      }
    }
    return found;
  }

  private static void addWithSubBranches(Branch b, List<Branch> into) {
    into.add(b);
    b.subBranches().forEach(s -> addWithSubBranches(s, into));
  }
}
