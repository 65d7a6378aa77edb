package org.cortado.rootio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.rootio.write.WriterRoundTripTest;
import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutation testing of the TTree metadata, which {@link MutationTest} cannot reach: its
 * record is compressed, so a raw mutation there only trips the checksum. Here the record is
 * decompressed, mutated (bit flips, bytes, integers anywhere, and boundary values in the fields that
 * size things: entry counts, basket arrays, byte counts, class tags, leaf lengths and counter links),
 * stored uncompressed at the end of the file and its key repointed there; ROOT reads a key whose
 * object length equals its stored payload as uncompressed. Raw mutations of that file (metadata,
 * directories, keys, baskets) follow. Every mutant must fail with a {@link RootFormatException} that
 * names the file (and the tree or branch), or read exactly the raw bits the original reads; only
 * basket bytes no checksum covers may change values, never shapes.
 *
 * <p>Runs in a JVM of its own with a 256 MiB heap (the {@code small-heap} surefire execution in
 * pom.xml), so an allocation sized from a lying field fails the test. {@code -Dcortado.fuzz.mutants=N}
 * runs N metadata mutants (and N/2 raw ones) instead of the CI-sized default, e.g.
 * {@code mvn test -pl rootio -Dtest=MetadataMutationTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcortado.fuzz.mutants=20000}; {@code -Dcortado.fuzz.seed} changes the seed.
 */
@Tag("small-heap")
class MetadataMutationTest {
  private static final int MUTANTS = Integer.getInteger("cortado.fuzz.mutants", 2400);
  private static final long SEED = Long.getLong("cortado.fuzz.seed", 17);
  private static final long TIME_LIMIT_MS = 20_000;
  /** Over what reading the unmutated file allocates; a mutant needs no more than the baskets it reads. */
  private static final long ALLOCATION_SLACK = 32L << 20;
  private static final List<String> FIXTURES = List.of(
      "uproot-HZZ-zlib.root", "uproot-HZZ-lzma.root", "uproot-HZZ-lz4.root", "uproot-Zmumu-zstd.root",
      "uproot-Zmumu-uncompressed.root", "uproot-small-dy-withoffsets.root", "uproot-sample-5.23.02-zlib.root",
      "uproot-sample-6.20.04-lzma.root", "uproot-issue21.root", "nano_dy.root", "written-by-rootio");

  @TempDir static Path tmp;
  private static ExecutorService worker;
  private static final List<String> summary = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() {
    worker = newWorker();
  }

  @AfterAll
  static void stop() {
    worker.shutdownNow();
    summary.forEach(System.out::println);
    // Heap use over time is in the GC log the small-heap execution writes (target/small-heap-gc.log).
    System.out.printf("metadata mutation campaign: seed %d, heap limit %d MiB%n", SEED,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "metadata-mutant-reader");
      t.setDaemon(true);
      return t;
    });
  }

  static Stream<String> fixtures() {
    return FIXTURES.stream();
  }

  /** The small heap is what turns an over-allocation into a failure, so check that it is in place. */
  @Test
  void heapIsSmallEnoughForOverAllocationToFail() {
    assertTrue(Runtime.getRuntime().maxMemory() <= 300L << 20, "run through the small-heap surefire execution: max heap is "
        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    assertThrows(OutOfMemoryError.class, () -> sink = new long[64 << 20]);
  }

  private static volatile Object sink;

  @ParameterizedTest
  @MethodSource("fixtures")
  void metadataAndRawMutantsFailCleanlyOrReadTheSameValues(String fixture) throws Exception {
    Base base = base(fixture);
    int metadata = Math.max(1, MUTANTS / FIXTURES.size());
    long fixtureSeed = SEED * 1_000_003L + FIXTURES.indexOf(fixture);
    Tally meta = new Tally();
    for (int m = 0; m < metadata; m++) {
      Random random = new Random(fixtureSeed ^ (m * 0x9E3779B97F4A7C15L));
      int tree = random.nextInt(base.trees().size());
      TreeRecord record = base.trees().get(tree);
      byte[] payload = record.payload().clone();
      List<int[]> touched = new ArrayList<>();
      String ops = mutateMetadata(payload, record.fields(), random, touched);
      boolean unchecked = touched.stream().anyMatch(t -> record.inEmbeddedData(t[0], t[0] + t[1]));
      String what = fixture + " metadata mutant " + m + " (seed " + fixtureSeed + ", tree " + tree + ": " + ops + ")";
      meta.add(check(base, withRecord(base, tree, payload), unchecked, what));
    }
    Tally raw = new Tally();
    for (int m = 0; m < metadata / 2; m++) {
      Random random = new Random(~fixtureSeed ^ (m * 0x9E3779B97F4A7C15L));
      byte[] bytes = base.uncompressed().clone();
      List<int[]> touched = new ArrayList<>();
      String ops = mutateRaw(bytes, base.original().length, random, touched);
      boolean truncated = ops.startsWith("truncate");
      int[] t = touched.get(0);
      boolean unchecked = !truncated && base.unchecked().stream().anyMatch(r -> t[0] < r[1] && t[0] + t[1] > r[0]);
      String what = fixture + " raw mutant " + m + " (seed " + ~fixtureSeed + ": " + ops + ")";
      raw.add(check(base, truncated ? Arrays.copyOf(bytes, t[0]) : bytes, unchecked, what));
    }
    summary.add(String.format("%s: metadata %s; raw %s", fixture, meta, raw));
    List<String> others = new ArrayList<>(meta.others);
    others.addAll(raw.others);
    assertTrue(others.isEmpty(), others.size() + " mutants neither failed cleanly nor read the same values:\n"
        + String.join("\n", others.subList(0, Math.min(20, others.size()))));
    assertTrue(meta.clean > metadata / 10, fixture + ": only " + meta.clean + " of " + metadata
        + " metadata mutants were rejected; the mutations are not reaching the structure");
  }

  /** Several threads read every branch of the same open mutants, interleaved with the intact file. */
  @Test
  void mutantsReadConcurrentlyFailCleanlyOrReadTheSameValues() throws Exception {
    Base base = base("uproot-HZZ-zlib.root");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (RootFile intact = RootFile.open(base.path())) {
      List<Branch> intactBranches = intact.tree(intact.treeNames().get(0)).branches();
      for (int m = 0; m < 40; m++) {
        Random random = new Random(SEED + m);
        byte[] payload = base.trees().get(0).payload().clone();
        String ops = mutateMetadata(payload, base.trees().get(0).fields(), random, new ArrayList<>());
        String what = "concurrent mutant " + m + " (seed " + (SEED + m) + ": " + ops + ")";
        Path file = Files.write(tmp.resolve("concurrent.root"), withRecord(base, 0, payload));
        TTree tree;
        try (RootFile mutant = RootFile.open(file)) {
          try {
            tree = mutant.tree(mutant.treeNames().get(0));
          } catch (RootFormatException e) {
            continue;
          }
          List<Future<?>> tasks = new ArrayList<>();
          for (int t = 0; t < 4; t++) {
            Random order = new Random(m * 31L + t);
            tasks.add(pool.submit(() -> {
              List<Integer> indices = new ArrayList<>();
              for (int i = 0; i < tree.branches().size(); i++) {
                indices.add(i);
              }
              Collections.shuffle(indices, order);
              for (int i : indices) {
                BranchResult want = base.truth().get(0).branches().get(i);
                BranchResult got = readBranch(tree.branches().get(i));
                if (got.error() == null && !got.equals(want)) {
                  throw new AssertionError(what + ": branch " + i + " reads different values");
                }
                int j = order.nextInt(intactBranches.size());
                assertEquals(base.truth().get(0).branches().get(j), readBranch(intactBranches.get(j)), what);
              }
              return null;
            }));
          }
          for (Future<?> task : tasks) {
            task.get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The five causes of issue 17, each planted in nano_dy.root's Events tree: every one must give a
   * {@link RootFormatException} naming the file, the tree and the branch, in a heap where the
   * allocations they used to make fail.
   */
  @ParameterizedTest
  @CsvSource({
    "fMaxBaskets of branch Muon_pt, 2147483647, Muon_pt",
    "fBasketSeek of Muon_pt, 9223372036854775807, Muon_pt",
    "fLen of leaf run, 2147483647, run",
    "fLen of leaf Muon_pt, 1048576, Muon_pt",
    "fEntries of branch Muon_eta, -1, Muon_eta",
    "fLeafCount of leaf Muon_pt, 0, Muon_pt",
    "fEntries of branch nMuon, 1, Muon_pt",
  })
  void issue17CausesFailCleanly(String field, long value, String branch) throws Exception {
    Base base = base("nano_dy.root");
    int events = base.trees().stream().map(TreeRecord::name).toList().indexOf("Events");
    TreeRecord record = base.trees().get(events);
    Field f = record.fields().stream().filter(x -> x.what().equals(field)).findFirst().orElseThrow(
        () -> new AssertionError(field + " not located in the record"));
    byte[] payload = record.payload().clone();
    if (f.width() == 8) {
      ByteBuffer.wrap(payload).putLong(f.offset(), value);
    } else {
      ByteBuffer.wrap(payload).putInt(f.offset(), (int) value);
    }
    Path file = Files.write(tmp.resolve("issue17.root"), withRecord(base, events, payload));
    RootFormatException e = assertThrows(RootFormatException.class, () -> {
      try (RootFile f2 = RootFile.open(file)) {
        Branch b = f2.tree("Events").branch(branch);
        BranchEntries.values(b, 0, b.entries(), Math.toIntExact(b.countElements(0, b.entries())));
      }
    });
    for (String name : new String[] {file.toString(), "'Events'", "'" + branch + "'"}) {
      assertTrue(e.getMessage().contains(name), e.getMessage() + " does not name " + name);
    }
  }

  // ---- fixtures and their tree records

  /** A fixture, its tree records decompressed, and what it reads as. */
  private record Base(String name, Path path, byte[] original, byte[] uncompressed, List<TreeRecord> trees,
      List<TreeValues> truth, List<long[]> unchecked, long allocation) {}

  /**
   * The record of one tree: where its key and the directory entry pointing at it are, the key header
   * and the decompressed payload, and the payload's fields worth setting to boundary values.
   */
  private record TreeRecord(String name, int keyAt, List<Integer> directoryEntries, byte[] keyHeader, boolean bigKey, byte[] payload,
      List<Field> fields, List<long[]> embeddedData) {

    /** True if a byte in {@code [from, to)} of the payload is data of an embedded basket, which no checksum covers. */
    boolean inEmbeddedData(long from, long to) {
      return embeddedData.stream().anyMatch(r -> from < r[1] && to > r[0]);
    }
  }

  private record Field(int offset, int width, long value, String what) {}

  private static final Map<String, Base> BASES = new HashMap<>();

  private static synchronized Base base(String fixture) throws Exception {
    Base cached = BASES.get(fixture);
    if (cached != null) {
      return cached;
    }
    // Our writer's file, with baskets small enough that counter and data branches split at different entries.
    Path path = fixture.equals("written-by-rootio")
        ? WriterRoundTripTest.writeSample(tmp.resolve("written.root"), WriteOptions.of(Compression.ZLIB, 1)
            .withBasketBytes(512), 600)
        : SharedData.root(fixture);
    byte[] original = Files.readAllBytes(path);
    List<TreeRecord> records = new ArrayList<>();
    try (RootFile f = RootFile.open(path)) {
      for (String name : f.treeNames()) {
        KeyInfo info = f.keys().stream().filter(k -> k.path().equals(name) && k.className().equals("TTree"))
            .max((a, b) -> Integer.compare(a.cycle(), b.cycle())).orElseThrow();
        records.add(record(original, info, f.tree(name)));
      }
    }
    long[] allocated = new long[1];
    List<TreeValues> truth = readAll(path, allocated);
    Path metadataStored = Files.write(tmp.resolve("uncompressed-" + fixture), withRecord(original, records.get(0),
        records.get(0).payload()));
    // The rewriting itself must not change what the file reads as.
    assertEquals(truth, readAll(metadataStored, new long[1]), fixture + ": the tree record stored uncompressed");
    List<long[]> unchecked = new ArrayList<>(MutationTest.uncheckedRegions(metadataStored));
    long payloadStart = original.length + records.get(0).keyHeader().length;
    for (long[] r : records.get(0).embeddedData()) {
      unchecked.add(new long[] {payloadStart + r[0], payloadStart + r[1]});
    }
    Base base = new Base(fixture, path, original, Files.readAllBytes(metadataStored), records, truth, unchecked,
        allocated[0]);
    BASES.put(fixture, base);
    return base;
  }

  /** Finds the tree's key (its seek field points at itself) and the identical directory entry. */
  private static TreeRecord record(byte[] file, KeyInfo info, TTree tree) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(file);
    int keyAt = -1;
    for (int i = 0; i + 26 <= file.length && keyAt < 0; i++) {
      if (bb.getInt(i) == info.storedBytes() && bb.getInt(i + 6) == info.objectBytes()
          && (bb.getShort(i + 16) & 0xFFFF) == info.cycle()) {
        boolean big = (bb.getShort(i + 4) & 0xFFFF) > 1000;
        if ((big ? bb.getLong(i + 18) : bb.getInt(i + 18) & 0xFFFFFFFFL) == i) {
          keyAt = i;
        }
      }
    }
    assertTrue(keyAt >= 0, info + ": key not found");
    Key key = Key.read(ByteReader.of(Arrays.copyOfRange(file, keyAt, keyAt + (int) info.storedBytes()), "test"));
    byte[] header = Arrays.copyOfRange(file, keyAt, keyAt + key.keyLength());
    // The directory's key list repeats the header; so may stale key lists left in free space.
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i + header.length <= file.length; i++) {
      if (i != keyAt && Arrays.equals(file, i, i + header.length, header, 0, header.length)) {
        entries.add(i);
      }
    }
    assertTrue(!entries.isEmpty(), info + ": no directory entry repeats the key header");
    byte[] payload = RootFile.payload(key, file, keyAt, "test", new Decompressor());
    List<long[]> embeddedData = new ArrayList<>();
    for (Branch b : tree.branches()) {
      for (int i = 0; i < b.basketCount(); i++) {
        EmbeddedBasket basket = b.embeddedBasket(i);
        // Every place the data appears, since repetitive data (all zeros, say) does not pin down one.
        int from = basket == null || basket.data().length == 0 ? payload.length : 0;
        for (int at = indexOf(payload, basket == null ? payload : basket.data(), from); at >= 0;
            at = indexOf(payload, basket.data(), at + 1)) {
          embeddedData.add(new long[] {at, at + basket.data().length});
        }
      }
    }
    return new TreeRecord(tree.name(), keyAt, entries, header, key.version() > 1000, payload, fields(payload, tree), embeddedData);
  }

  /** A copy of the file whose tree {@code tree} is stored uncompressed, as {@code payload}, at its end. */
  private static byte[] withRecord(Base base, int tree, byte[] payload) {
    return withRecord(base.original(), base.trees().get(tree), payload);
  }

  private static byte[] withRecord(byte[] original, TreeRecord record, byte[] payload) {
    int keylen = record.keyHeader().length;
    int at = original.length;
    byte[] out = Arrays.copyOf(original, at + keylen + payload.length);
    System.arraycopy(record.keyHeader(), 0, out, at, keylen);
    System.arraycopy(payload, 0, out, at + keylen, payload.length);
    ByteBuffer bb = ByteBuffer.wrap(out);
    List<Integer> keys = new ArrayList<>(record.directoryEntries());
    keys.add(at);
    for (int key : keys) {
      bb.putInt(key, keylen + payload.length); // fNbytes
      bb.putInt(key + 6, payload.length); // fObjlen: equal to the stored payload, so read uncompressed
      if (record.bigKey()) {
        bb.putLong(key + 18, at);
      } else {
        bb.putInt(key + 18, at);
      }
    }
    return out;
  }

  /**
   * Where the fields that size things sit in the record: found by the values the parsed tree reports
   * (entry counts, basket arrays), by their shape (byte counts, class tags) and, for leaves, right
   * after the leaf's name and title.
   */
  private static List<Field> fields(byte[] payload, TTree tree) {
    Map<Long, String> longs = new HashMap<>();
    Map<Integer, String> ints = new HashMap<>();
    longs.put(tree.entries(), "fEntries");
    ints.put(tree.branches().size(), "branch count");
    List<Field> fields = new ArrayList<>();
    for (Branch b : tree.branches()) {
      longs.putIfAbsent(b.entries(), "fEntries of " + b.name());
      for (long start : b.basketBoundaries()) {
        longs.putIfAbsent(start, "fBasketEntry of " + b.name());
      }
      for (int i = 0; i < b.basketCount(); i++) {
        longs.putIfAbsent(b.basketSeek(i), "fBasketSeek of " + b.name());
        ints.putIfAbsent(b.basketStoredBytes(i), "fBasketBytes of " + b.name());
      }
      ints.putIfAbsent(b.basketCount(), "basket count of " + b.name());
      Leaf leaf = b.leaf();
      if (leaf != null) {
        byte[] named = tnamed(leaf.name(), leaf.title());
        for (int i = indexOf(payload, named, 0); i >= 0; i = indexOf(payload, named, i + 1)) {
          int at = i + named.length;
          String of = " of leaf " + leaf.name();
          fields.add(new Field(at, 4, leaf.length(), "fLen" + of));
          fields.add(new Field(at + 4, 4, leaf.lengthType(), "fLenType" + of));
          fields.add(new Field(at + 12, 1, leaf.isRange() ? 1 : 0, "fIsRange" + of));
          fields.add(new Field(at + 13, 1, leaf.unsigned() ? 1 : 0, "fIsUnsigned" + of));
          fields.add(new Field(at + 14, 4, 0, "fLeafCount" + of));
        }
      }
    }
    longs.remove(0L);
    ByteBuffer bb = ByteBuffer.wrap(payload);
    // A branch's fEntries is followed by fFirstEntry (TBranch v11+), fTotBytes and fZipBytes, and
    // preceded by fOffset, fMaxBaskets and fSplitLevel.
    // Branches of equal sizes are told apart by their order: the i-th match is the i-th such branch.
    Map<List<Long>, List<Branch>> bySizes = new HashMap<>();
    for (Branch b : tree.branches()) {
      bySizes.computeIfAbsent(List.of(b.uncompressedBytes(), b.compressedBytes()), k -> new ArrayList<>()).add(b);
    }
    Map<List<Long>, Integer> seen = new HashMap<>();
    for (int i = 16; i + 16 <= payload.length; i++) {
      List<Long> sizes = List.of(bb.getLong(i), bb.getLong(i + 8));
      List<Branch> candidates = bySizes.get(sizes);
      int n = seen.getOrDefault(sizes, 0);
      if (candidates != null && n < candidates.size()) {
        Branch b = candidates.get(n);
        int entriesAt = bb.getLong(i - 16) == b.entries() ? i - 16 : bb.getLong(i - 8) == b.entries() ? i - 8 : -1;
        if (entriesAt >= 8) {
          seen.put(sizes, n + 1);
          fields.add(new Field(entriesAt, 8, b.entries(), "fEntries of branch " + b.name()));
          fields.add(new Field(entriesAt - 8, 4, bb.getInt(entriesAt - 8), "fMaxBaskets of branch " + b.name()));
        }
      }
    }
    for (int i = 0; i + 4 <= payload.length; i++) {
      int word = bb.getInt(i);
      if (i + 8 <= payload.length && longs.containsKey(bb.getLong(i))) {
        fields.add(new Field(i, 8, bb.getLong(i), longs.get(bb.getLong(i))));
      }
      if (word > 1 && ints.containsKey(word)) {
        fields.add(new Field(i, 4, word, ints.get(word)));
      } else if ((word & 0xC0000000) == 0x40000000 && (word & 0x3FFFFFFF) <= payload.length) {
        fields.add(new Field(i, 4, word, "byte count"));
      } else if (word == -1) {
        fields.add(new Field(i, 4, word, "new class tag"));
      } else if (word < 0 && (word & 0x7FFFFFFF) <= payload.length) {
        fields.add(new Field(i, 4, word, "class reference"));
      }
    }
    return fields;
  }

  private static byte[] tnamed(String name, String title) {
    byte[] n = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] t = title.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    if (n.length >= 255 || t.length >= 255) {
      return new byte[] {(byte) 0xFE, 0x12, 0x34}; // long strings: not searched for
    }
    byte[] out = new byte[2 + n.length + t.length];
    out[0] = (byte) n.length;
    System.arraycopy(n, 0, out, 1, n.length);
    out[1 + n.length] = (byte) t.length;
    System.arraycopy(t, 0, out, 2 + n.length, t.length);
    return out;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  // ---- mutations

  /**
   * One to three mutations of the record; returns a description to reproduce them by and adds the
   * (offset, width) of each to {@code touched}.
   */
  private static String mutateMetadata(byte[] payload, List<Field> fields, Random random, List<int[]> touched) {
    int count = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
    List<String> ops = new ArrayList<>();
    ByteBuffer bb = ByteBuffer.wrap(payload);
    for (int k = 0; k < count; k++) {
      int kind = random.nextInt(20);
      if (kind < 8 && !fields.isEmpty()) {
        Field f = fields.get(random.nextInt(fields.size()));
        if (f.offset() + f.width() > payload.length) {
          continue;
        }
        long v = boundary(f.value(), f.width(), random);
        switch (f.width()) {
          case 1 -> payload[f.offset()] = (byte) v;
          case 4 -> bb.putInt(f.offset(), (int) v);
          default -> bb.putLong(f.offset(), v);
        }
        ops.add(f.what() + "@" + f.offset() + "=" + v);
        touched.add(new int[] {f.offset(), f.width()});
      } else {
        ops.add(mutateAt(payload, random.nextInt(payload.length), random, false, touched));
      }
    }
    return String.join(", ", ops);
  }

  /** A raw mutation of the file: half in the uncompressed tree record, the rest anywhere or in the first 8 kB. */
  private static String mutateRaw(byte[] bytes, int recordStart, Random random, List<int[]> touched) {
    int pick = random.nextInt(4);
    int at = pick < 2 ? recordStart + random.nextInt(bytes.length - recordStart)
        : pick == 2 ? random.nextInt(Math.min(8192, bytes.length)) : random.nextInt(bytes.length);
    if (random.nextInt(20) == 0) {
      touched.add(new int[] {at, bytes.length - at});
      return "truncate@" + at;
    }
    return mutateAt(bytes, at, random, true, touched);
  }

  /** Mutates one byte or the 4-byte integer at {@code at}, adding the (offset, width) changed to {@code touched}. */
  private static String mutateAt(byte[] bytes, int at, Random random, boolean raw, List<int[]> touched) {
    int kind = random.nextInt(3);
    if (kind < 2) {
      touched.add(new int[] {at, 1});
    }
    if (kind == 0) {
      int bit = random.nextInt(8);
      bytes[at] ^= (byte) (1 << bit);
      return "bit " + bit + " flipped@" + at;
    }
    if (kind == 1) {
      int[] values = {0, 0xFF, 0x7F, 0x80, 1, random.nextInt(256)};
      int v = values[random.nextInt(values.length)];
      bytes[at] = (byte) v;
      return "byte@" + at + "=" + v;
    }
    int pos = Math.min(at, bytes.length - 4);
    touched.add(new int[] {pos, 4});
    int v = (int) boundary(ByteBuffer.wrap(bytes).getInt(pos), 4, random);
    ByteBuffer.wrap(bytes).putInt(pos, v);
    return (raw ? "raw " : "") + "int@" + pos + "=" + v;
  }

  private static long boundary(long original, int width, Random random) {
    if (width == 1) {
      long[] v = {0, 1, 0xFF, 0x7F, random.nextInt(256)};
      return v[random.nextInt(v.length)];
    }
    long max = width == 4 ? Integer.MAX_VALUE : Long.MAX_VALUE;
    long min = width == 4 ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long[] v = {0, 1, -1, 2, max, min, max - 1, original + 1, original - 1, original * 2, original / 2,
        original ^ (1L << random.nextInt(width * 8)), 1L << 30, 1L << 31, 0x40000000L | random.nextInt(1 << 20),
        width == 4 ? random.nextInt() : random.nextLong()};
    long value = v[random.nextInt(v.length)];
    return width == 4 ? (int) value : value;
  }

  // ---- reading and judging

  /** One branch as read: element offsets and raw bits, or the message of the error reading it failed with. */
  private record BranchResult(int[] offsets, long[] bits, String error) {
    @Override
    public boolean equals(Object o) {
      return o instanceof BranchResult r && Arrays.equals(offsets, r.offsets) && Arrays.equals(bits, r.bits)
          && (error == null) == (r.error == null);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(offsets) * 31 + Arrays.hashCode(bits);
    }
  }

  private record TreeValues(long entries, List<BranchResult> branches) {}

  private static List<TreeValues> readAll(Path file, long[] allocated) throws IOException {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    List<TreeValues> trees = new ArrayList<>();
    try (RootFile f = RootFile.open(file)) {
      for (String name : f.treeNames()) {
        TTree t = f.tree(name);
        List<BranchResult> branches = new ArrayList<>();
        for (Branch b : t.branches()) {
          branches.add(readBranch(b));
        }
        trees.add(new TreeValues(t.entries(), branches));
      }
    }
    allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
    return trees;
  }

  /**
   * Counts and reads a whole branch as a caller following the API would, keeping the raw bits of each
   * element: a flipped unsigned flag or a Long64_t read as Double_t reinterprets the same bytes, which
   * no reader can tell from the intended type.
   */
  private static BranchResult readBranch(Branch b) {
    try {
      long n = b.entries();
      int total = Math.toIntExact(b.countElements(0, n));
      int[] offsets = new int[Math.toIntExact(n + 1)];
      b.readOffsets(0, n, offsets);
      long[] bits = BranchEntries.values(b, 0, n, total);
      long mask = b.type().size() == 8 ? -1L : (1L << (8 * b.type().size())) - 1;
      for (int i = 0; i < bits.length; i++) {
        bits[i] &= mask;
      }
      return new BranchResult(offsets, bits, null);
    } catch (RootFormatException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains("branch '")) {
        throw new AssertionError("error reading branch " + b.name() + " does not name it: " + message, e);
      }
      return new BranchResult(null, null, message);
    } catch (IOException e) {
      throw new AssertionError("reading branch " + b.name() + " failed with " + e, e);
    }
  }

  private enum Verdict { CLEAN_ERROR, IDENTICAL, CHANGED_UNCHECKED, OTHER }

  private record Judged(Verdict verdict, String why, long nanos, long allocated) {}

  private static final class Tally {
    int clean;
    int identical;
    int changedUnchecked;
    long maxNanos;
    String slowest = "";
    long maxAllocated;
    final List<String> others = new ArrayList<>();

    void add(Judged j) {
      switch (j.verdict()) {
        case CLEAN_ERROR -> clean++;
        case IDENTICAL -> identical++;
        case CHANGED_UNCHECKED -> changedUnchecked++;
        case OTHER -> others.add(j.why());
      }
      if (j.nanos() > maxNanos) {
        maxNanos = j.nanos();
        slowest = j.why();
      }
      maxAllocated = Math.max(maxAllocated, j.allocated());
    }

    @Override
    public String toString() {
      return String.format("%d mutants: %d clean errors, %d identical, %d changed unchecked basket data, %d other;"
          + " slowest %.1f ms, most allocated %.1f MiB", clean + identical + changedUnchecked + others.size(), clean,
          identical, changedUnchecked, others.size(), maxNanos / 1e6, maxAllocated / 1048576.0);
    }
  }

  /** Reads the mutant on the worker thread, bounded in time, and judges it against the original. */
  private static Judged check(Base base, byte[] bytes, boolean unchecked, String what) throws Exception {
    Path file = Files.write(tmp.resolve("mutant-" + base.name()), bytes);
    Future<Judged> future = worker.submit(() -> judge(base, file, unchecked, what));
    try {
      return future.get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return new Judged(Verdict.OTHER, what + ": did not finish within " + TIME_LIMIT_MS + " ms", 0, 0);
    } catch (ExecutionException e) {
      return new Judged(Verdict.OTHER, what + ": " + trace(e.getCause()), 0, 0);
    }
  }

  private static Judged judge(Base base, Path file, boolean unchecked, String what) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    Verdict verdict;
    String why = what;
    try {
      String[] difference = new String[1];
      verdict = compare(base, file, unchecked, difference);
      if (verdict == Verdict.OTHER) {
        why = what + ": without an error, " + difference[0];
      }
    } catch (RootFormatException e) {
      verdict = Verdict.CLEAN_ERROR;
      if (e.getMessage() == null || !e.getMessage().contains(file.toString())) {
        verdict = Verdict.OTHER;
        why = what + ": error does not name the file: " + e.getMessage();
      }
    } catch (Throwable e) {
      verdict = Verdict.OTHER;
      why = what + ": " + trace(e);
    }
    long nanos = System.nanoTime() - start;
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    if (verdict != Verdict.OTHER && allocated > 2 * base.allocation() + ALLOCATION_SLACK) {
      verdict = Verdict.OTHER;
      why = what + ": allocated " + allocated + " bytes, reading the original allocates " + base.allocation();
    }
    return new Judged(verdict, why, nanos, allocated);
  }

  /**
   * CLEAN_ERROR if some branch failed cleanly and all others read as before, IDENTICAL if all read as
   * before, CHANGED_UNCHECKED if a mutation in basket bytes no checksum covers changed values but no
   * shape, OTHER otherwise.
   */
  private static Verdict compare(Base base, Path file, boolean unchecked, String[] difference) throws IOException {
    boolean failed = false;
    boolean changed = false;
    try (RootFile f = RootFile.open(file)) {
      List<String> names = f.treeNames();
      if (names.size() != base.truth().size()) {
        difference[0] = "lists trees " + names;
        return Verdict.OTHER;
      }
      for (int i = 0; i < names.size(); i++) {
        TTree t;
        try {
          t = f.tree(names.get(i));
        } catch (RootFormatException e) {
          assertTrue(e.getMessage().contains("tree '"), "tree error does not name the tree: " + e.getMessage());
          failed = true;
          continue;
        }
        TreeValues want = base.truth().get(i);
        if (t.entries() != want.entries() || t.branches().size() != want.branches().size()) {
          difference[0] = "tree " + i + " has " + t.entries() + " entries and " + t.branches().size()
              + " branches, not " + want.entries() + " and " + want.branches().size();
          return Verdict.OTHER;
        }
        for (int j = 0; j < want.branches().size(); j++) {
          BranchResult expected = want.branches().get(j);
          BranchResult got = readBranch(t.branches().get(j));
          if (got.error() != null) {
            failed |= expected.error() == null;
          } else if (expected.error() != null) {
            difference[0] = "branch " + t.branches().get(j).name() + " reads, but not in the original: "
                + expected.error();
            return Verdict.OTHER;
          } else if (!got.equals(expected)) {
            if (!unchecked) {
              difference[0] = "branch " + j + " (" + t.branches().get(j) + ") reads " + got.bits().length
                  + " different values, the original " + expected.bits().length;
              return Verdict.OTHER;
            }
            assertArrayEquals(expected.offsets(), got.offsets(), "unchecked bytes changed the shape of "
                + t.branches().get(j).name());
            changed = true;
          }
        }
      }
    }
    return failed ? Verdict.CLEAN_ERROR : changed ? Verdict.CHANGED_UNCHECKED : Verdict.IDENTICAL;
  }

  private static String trace(Throwable e) {
    StringBuilder s = new StringBuilder(String.valueOf(e));
    StackTraceElement[] frames = e.getStackTrace();
    for (int i = 0; i < Math.min(6, frames.length); i++) {
      s.append("\n      at ").append(frames[i]);
    }
    return s.toString();
  }
}
