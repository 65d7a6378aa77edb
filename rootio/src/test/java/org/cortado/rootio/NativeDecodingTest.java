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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native (liblzma, libdeflate) and Java (org.tukaani.xz, the JDK's Inflater) decoders against each
 * other: bit for bit over every LZMA and zlib basket of the shared fixtures, and the same outcome, the
 * same bytes or a {@link RootFormatException} naming the place, for damaged blocks. The native tests skip
 * on a JDK before 22.
 */
class NativeDecodingTest {
  private static final String WHERE = "test.root, branch x, basket 0";

  /** A basket of a fixture whose payload opens with a block of the wanted algorithm. */
  private record Basket(String where, byte[] raw, Key key) {
    /** The first block, ROOT's 9-byte header included. */
    byte[] firstBlock() {
      int at = key.keyLength();
      return Arrays.copyOfRange(raw, at, at + Decompressor.BLOCK_HEADER + u24(raw, at + 3));
    }
  }

  static Stream<NativeDecoding> codecs() {
    return Stream.of(NativeDecoding.LZMA, NativeDecoding.ZLIB);
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void theNativeDecoderIsChosenWhereverItCanBe(NativeDecoding codec) {
    String reason = codec.nativeUnavailableReason();
    if (Runtime.version().feature() < 22) {
      assertFalse(codec.isNative(), codec.active());
      assertTrue(reason.contains("JDK " + Runtime.version().feature()), reason);
      return;
    }
    // A build on JDK 22+ compiles the native classes, so only a missing library may leave them unused.
    assumeTrue(reason == null || !reason.contains("could not be loaded"), "skipped: " + reason);
    assertEquals(null, reason);
    assertEquals(!"java".equals(System.getProperty(codec.property)), codec.isNative(), codec.active());
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void everyBasketOfTheFixturesDecodesToTheSameBytesOnBothPaths(NativeDecoding codec) throws IOException {
    Decompressor java = decompressor(codec, codec.newJavaDecoder());
    Decompressor lib = decompressor(codec, nativeDecoder(codec));
    int baskets = 0;
    long bytes = 0;
    List<String> files = new ArrayList<>();
    for (Path file : fixtures()) {
      List<Basket> found = baskets(file, codec);
      for (Basket b : found) {
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
    // The LZMA and zlib files of ../shared/data/root alone hold dozens of such baskets.
    String zmumu = codec == NativeDecoding.LZMA ? "uproot-Zmumu-lzma.root" : "uproot-Zmumu-zlib.root";
    assertTrue(files.contains(zmumu), files.toString());
    assertTrue(baskets >= 50, baskets + " baskets (" + bytes + " bytes) in " + files);
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void damagedBlocksGiveTheSameOutcomeOnBothPaths(NativeDecoding codec) throws IOException {
    Decompressor java = decompressor(codec, codec.newJavaDecoder());
    Decompressor lib = decompressor(codec, nativeDecoder(codec));
    String name = codec == NativeDecoding.LZMA ? "uproot-Zmumu-lzma.root" : "uproot-Zmumu-zlib.root";
    byte[] block = baskets(SharedData.root(name), codec).get(0).firstBlock();
    int c = u24(block, 3);
    int u = u24(block, 6);
    int errors = 0;
    int step = Math.max(1, c / 2000);
    for (int i = Decompressor.BLOCK_HEADER; i < block.length; i += step) {
      byte[] damaged = block.clone();
      damaged[i] ^= (byte) 0xA5;
      errors += sameOutcome(java, lib, damaged, u, "byte " + i + " flipped");
    }
    for (int len = 0; len < c; len += Math.max(1, c / 50)) {
      errors += sameOutcome(java, lib, resized(block, len, u), u, "cut to " + len + " bytes");
    }
    assertEquals(1, sameOutcome(java, lib, resized(block, c, u - 1), u - 1, "one byte more than declared"));
    assertEquals(1, sameOutcome(java, lib, resized(block, c, u + 1), u + 1, "one byte less than declared"));
    assertEquals(0, sameOutcome(java, lib, block, u, "intact"));
    assertTrue(errors > c / step / 2, errors + " of the damaged blocks were refused");
  }

  @Test
  void anLzmaStreamAskingForTooMuchMemoryIsRefusedOnBothPaths() throws IOException {
    BlockDecoder nativeXz = nativeDecoder(NativeDecoding.LZMA);
    byte[] block = baskets(SharedData.root("uproot-Zmumu-lzma.root"), NativeDecoding.LZMA).get(0).firstBlock();
    byte[] stream = withDictionaryOf1GiB(Arrays.copyOfRange(block, Decompressor.BLOCK_HEADER, block.length));
    byte[] out = new byte[u24(block, 6)];
    for (BlockDecoder decoder : List.of(new JavaXzDecoder(), nativeXz)) {
      RootFormatException e = assertThrows(RootFormatException.class,
          () -> decoder.decode(stream, 0, stream.length, out, 0, out.length, WHERE));
      assertTrue(e.getMessage().startsWith(WHERE)
          && (e.getMessage().contains("limit was 81920 KiB") || e.getMessage().contains("80 MiB allowed")),
          e.getMessage());
    }
  }

  /** Java decoders for every algorithm but {@code codec}, which gets {@code decoder}. */
  private static Decompressor decompressor(NativeDecoding codec, BlockDecoder decoder) {
    return codec == NativeDecoding.LZMA ? new Decompressor(new JavaZlibDecoder(), decoder)
        : new Decompressor(decoder, new JavaXzDecoder());
  }

  /** The block with its stream cut or padded with zeros to {@code c} bytes and declaring {@code u}. */
  private static byte[] resized(byte[] block, int c, int u) {
    byte[] b = Arrays.copyOf(block, Decompressor.BLOCK_HEADER + c);
    for (int k = 0; k < 3; k++) {
      b[3 + k] = (byte) (c >> (8 * k));
      b[6 + k] = (byte) (u >> (8 * k));
    }
    return b;
  }

  /**
   * Decompresses the block with both; returns 1 if both threw a {@link RootFormatException} naming the
   * place, 0 if both gave the same bytes.
   */
  private static int sameOutcome(Decompressor java, Decompressor lib, byte[] block, int u, String what) {
    byte[][] results = new byte[2][];
    String[] errors = new String[2];
    Decompressor[] decompressors = {java, lib};
    for (int k = 0; k < 2; k++) {
      byte[] out = new byte[u];
      try {
        decompressors[k].decompress(block, 0, block.length, out, 0, u, WHERE);
        results[k] = out;
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

  private static BlockDecoder nativeDecoder(NativeDecoding codec) {
    BlockDecoder decoder = codec.newNativeDecoderOrNull();
    assumeTrue(decoder != null, () -> "skipped: no native decoder here: " + codec.nativeUnavailableReason());
    return decoder;
  }

  private static int u24(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16;
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

  /** Every basket of every tree of {@code file} that opens with a block of {@code codec}; none if the reader cannot open it. */
  private static List<Basket> baskets(Path file, NativeDecoding codec) throws IOException {
    String magic = codec == NativeDecoding.LZMA ? Compression.LZMA.magic() : Compression.ZLIB.magic();
    List<Basket> found = new ArrayList<>();
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
        if (key.isCompressed() && at + 2 <= raw.length && raw[at] == magic.charAt(0) && raw[at + 1] == magic.charAt(1)) {
          found.add(new Basket(file.getFileName() + ", " + b.describe() + ", basket " + i, raw, key));
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
