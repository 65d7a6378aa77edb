package org.cortado.bench.rootio;

import com.github.luben.zstd.ZstdDecompressCtx;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;
import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;
import org.cortado.rootio.Branch;
import org.cortado.rootio.LeafType;
import org.cortado.rootio.RootFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.XZInputStream;

/**
 * One operation = one pass over every numeric branch of the corpus. {@code readBranches} goes through
 * the reader into primitive arrays (file reads, key parsing, checks, big-endian conversion);
 * {@code bareDecompression} only decompresses the same basket payloads, held in memory, with the
 * same libraries, and copies the raw ones; {@code bareDecompressionAndConversion} also converts
 * the bytes into Java values, as any reader must. Setup prints the decompressed bytes per
 * operation, the same for all three, so ops/s converts to MB/s.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar ReaderBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 *
 * Add {@code -p corpus=generated} for the large-basket file only.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReaderBenchmark {
  @Param({"zlib", "lzma", "lz4", "zstd"})
  public String compression;

  /** {@code fixtures}: the real files, small baskets; {@code generated}: 64 kB baskets. */
  @Param({"fixtures", "generated"})
  public String corpus;

  private List<RootFile> files;
  private List<Branch> branches;
  private long[] scratch;
  private int[] ints;
  private float[] floats;
  private double[] doubles;
  private boolean[] booleans;
  /** Compressed basket payloads (blocks with their 9-byte headers) and their uncompressed sizes. */
  private List<byte[]> payloads;
  private int[] sizes;
  /** The leaf type of each payload's branch, for the conversion the reader must do. */
  private LeafType[] types;
  private byte[] out;
  private final Inflater inflater = new Inflater();
  private final LZ4SafeDecompressor lz4 = LZ4Factory.fastestInstance().safeDecompressor();
  private final XXHash64 xxh64 = XXHashFactory.fastestInstance().hash64();
  private final ZstdDecompressCtx zstd = new ZstdDecompressCtx();
  private final ArrayCache xzCache = new BasicArrayCache();

  @Setup(Level.Trial)
  public void open() throws IOException {
    files = Corpus.open(corpus, compression);
    branches = Corpus.numericBranches(files);
    long maxElements = 0;
    long decompressed = 0;
    payloads = new ArrayList<>();
    List<Integer> sizeList = new ArrayList<>();
    List<LeafType> typeList = new ArrayList<>();
    for (Branch b : branches) {
      maxElements = Math.max(maxElements, b.countElements(0, b.entries()));
    }
    for (RootFile f : files) {
      try (FileChannel channel = FileChannel.open(f.path())) {
        for (Branch b : Corpus.numericBranches(List.of(f))) {
          for (int i = 0; i < b.basketCount(); i++) {
            if (b.basketSeek(i) == 0) {
              continue;
            }
            ByteBuffer basket = ByteBuffer.allocate(b.basketStoredBytes(i));
            channel.read(basket, b.basketSeek(i));
            int objlen = basket.getInt(6);
            int keylen = basket.getShort(14) & 0xFFFF;
            decompressed += objlen;
            // Raw baskets stay in the loop as a copy: both benchmarks then handle the same bytes.
            payloads.add(Arrays.copyOfRange(basket.array(), keylen, basket.capacity()));
            sizeList.add(basket.capacity() - keylen == objlen ? -objlen : objlen);
            typeList.add(b.type());
          }
        }
      }
    }
    sizes = sizeList.stream().mapToInt(Integer::intValue).toArray();
    types = typeList.toArray(new LeafType[0]);
    scratch = new long[(int) maxElements];
    ints = new int[(int) maxElements];
    floats = new float[(int) maxElements];
    doubles = new double[(int) maxElements];
    booleans = new boolean[(int) maxElements];
    out = new byte[sizeList.stream().mapToInt(Math::abs).max().orElse(1)];
    System.out.printf("%n[%s, %s] %d branches, %d baskets (%d compressed), %.3f MB decompressed per operation%n",
        compression, corpus, branches.size(), payloads.size(), sizeList.stream().filter(v -> v > 0).count(), decompressed / 1e6);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    for (RootFile f : files) {
      f.close();
    }
  }

  @Benchmark
  public void readBranches(Blackhole bh) throws IOException {
    for (Branch b : branches) {
      long n = b.entries();
      int written = switch (b.type()) {
        case FLOAT32 -> b.readFloats(0, n, floats);
        case FLOAT64 -> b.readDoubles(0, n, doubles);
        case BOOL -> b.readBooleans(0, n, booleans);
        case INT64, UINT64 -> b.readLongs(0, n, scratch);
        default -> b.readInts(0, n, ints);
      };
      bh.consume(written);
    }
  }

  @Benchmark
  public void bareDecompression(Blackhole bh) throws IOException, DataFormatException {
    for (int p = 0; p < payloads.size(); p++) {
      bh.consume(decompress(p));
    }
  }

  /**
   * Bare decompression followed by the one step no reader can skip: turning the big-endian bytes
   * into Java values. The distance from here to {@code readBranches} is the reader's own cost.
   */
  @Benchmark
  public void bareDecompressionAndConversion(Blackhole bh) throws IOException, DataFormatException {
    for (int p = 0; p < payloads.size(); p++) {
      int produced = decompress(p);
      switch (types[p].size()) {
        case 1 -> {
          for (int i = 0, n = Math.min(produced, booleans.length); i < n; i++) {
            booleans[i] = out[i] != 0;
          }
        }
        case 2, 4 -> { // the rare 2-byte leaves are timed as pairs
          int n = Math.min(produced / 4, ints.length);
          for (int i = 0; i < n; i++) {
            ints[i] = (int) BIG_ENDIAN_INT.get(out, 4 * i);
          }
        }
        default -> {
          int n = Math.min(produced / 8, scratch.length);
          for (int i = 0; i < n; i++) {
            scratch[i] = (long) BIG_ENDIAN_LONG.get(out, 8 * i);
          }
        }
      }
      bh.consume(produced);
    }
  }

  private static final VarHandle BIG_ENDIAN_INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle BIG_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  /** Decompresses (or copies) payload {@code p} into {@code out}; the bytes produced. */
  private int decompress(int p) throws IOException, DataFormatException {
    byte[] src = payloads.get(p);
    if (sizes[p] < 0) {
      System.arraycopy(src, 0, out, 0, src.length);
      return src.length;
    }
    int pos = 0;
    int produced = 0;
    while (pos < src.length) {
      int c = (src[pos + 3] & 0xFF) | (src[pos + 4] & 0xFF) << 8 | (src[pos + 5] & 0xFF) << 16;
      int u = (src[pos + 6] & 0xFF) | (src[pos + 7] & 0xFF) << 8 | (src[pos + 8] & 0xFF) << 16;
      produced += decompressBlock(src[pos], src, pos + 9, c, u, produced);
      pos += 9 + c;
    }
    return produced;
  }

  private int decompressBlock(byte magic, byte[] src, int off, int len, int u, int at)
      throws IOException, DataFormatException {
    switch (magic) {
      case 'Z' -> {
        if (src[off - 8] == 'L') {
          inflater.reset();
          inflater.setInput(src, off, len);
          return inflater.inflate(out, 0, u);
        }
        return zstd.decompressByteArray(out, 0, u, src, off, len);
      }
      case 'X' -> {
        try (InputStream in = new XZInputStream(new ByteArrayInputStream(src, off, len), -1, true, xzCache)) {
          int n = 0;
          while (n < u) {
            int r = in.read(out, n, u - n);
            if (r < 0) {
              break;
            }
            n += r;
          }
          return n;
        }
      }
      case 'L' -> {
        // A ROOT LZ4 block is only decoded once its XXH64 checksum is verified, as the reader does.
        if (xxh64.hash(src, off + 8, len - 8, 0L) != ByteBuffer.wrap(src, off, 8).getLong()) {
          throw new IllegalStateException("LZ4 checksum mismatch at " + at);
        }
        return lz4.decompress(src, off + 8, len - 8, out, 0, u);
      }
      default -> throw new IllegalStateException("unknown block magic " + (char) magic + " at " + at);
    }
  }
}
