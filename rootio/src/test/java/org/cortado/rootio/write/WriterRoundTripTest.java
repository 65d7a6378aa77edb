package org.cortado.rootio.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.cortado.rootio.Branch;
import org.cortado.rootio.Compression;
import org.cortado.rootio.LeafType;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Files we write read back, value for value, with our reader, for every compression and leaf type,
 * with baskets small enough that counter and data branches split at different entries.
 */
public class WriterRoundTripTest {
  @TempDir Path tmp;

  /** Deterministic content of one entry, so reading can be checked without keeping what was written. */
  private static int muons(long e) {
    return (int) ((e * 7 + 3) % 5);
  }

  private static float pt(long e, int k) {
    return 10f + (e % 97) * 0.5f + k * 3.25f;
  }

  /** Also the written fixture of the reader's metadata mutation test. */
  public static Path writeSample(Path file, WriteOptions options, int entries) throws IOException {
    return writeSample(file, options, entries, RootWriter.BIG_FILE);
  }

  static Path writeSample(Path file, WriteOptions options, int entries, long bigFileThreshold) throws IOException {
    try (RootWriter out = RootWriter.createWithBigFileThreshold(file, options, bigFileThreshold)) {
      TreeWriter t = out.tree("Events", "Events");
      BranchWriter run = t.branch("run", LeafType.UINT32, "run/i");
      BranchWriter event = t.branch("event", LeafType.UINT64, "event/l");
      BranchWriter weight = t.branch("genWeight", LeafType.FLOAT32, "generator weight");
      BranchWriter hlt = t.branch("HLT_IsoMu24", LeafType.BOOL, "trigger");
      BranchWriter pu = t.branch("Pileup_nTrueInt", LeafType.FLOAT32, "true pileup");
      BranchWriter npv = t.branch("PV_npvsGood", LeafType.INT32, "good vertices");
      BranchWriter x = t.branch("x_d", LeafType.FLOAT64, "a double");
      BranchWriter s = t.branch("x_s", LeafType.INT16, "a short");
      BranchWriter b = t.branch("x_b", LeafType.INT8, "a byte");
      BranchWriter l = t.branch("x_l", LeafType.INT64, "a long");
      BranchWriter arr = t.array("x_arr", LeafType.FLOAT32, 3, "fixed array");
      BranchWriter nMuon = t.counter("nMuon", "muons");
      BranchWriter mpt = t.jagged("Muon_pt", LeafType.FLOAT32, nMuon, "pt");
      BranchWriter mq = t.jagged("Muon_charge", LeafType.INT32, nMuon, "charge");
      BranchWriter mid = t.jagged("Muon_tightId", LeafType.BOOL, nMuon, "tight id");
      BranchWriter mflav = t.jagged("Muon_genPartFlav", LeafType.UINT8, nMuon, "flavour");
      BranchWriter mdz = t.jagged("Muon_dz", LeafType.FLOAT64, nMuon, "dz");
      for (long e = 0; e < entries; e++) {
        run.putInt(-2); // UInt_t 4294967294
        event.putLong(e * 1_000_003L);
        weight.putFloat(e % 3 == 0 ? -1.5f : 2.25f);
        hlt.putBoolean(e % 2 == 0);
        pu.putFloat(e % 60);
        npv.putInt((int) (e % 40));
        x.putDouble(e / 7.0);
        s.putShort((short) (e - 500));
        b.putByte((byte) (e % 256 - 128));
        l.putLong(-e * 1_000_000_007L);
        for (int k = 0; k < 3; k++) {
          arr.putFloat(e + k);
        }
        int n = muons(e);
        nMuon.putCount(n);
        for (int k = 0; k < n; k++) {
          mpt.putFloat(pt(e, k));
          mq.putInt(k % 2 == 0 ? 1 : -1);
          mid.putBoolean((e + k) % 3 != 0);
          mflav.putByte((byte) (k == 0 ? 255 : 1));
          mdz.putDouble(k * 0.001 - e);
        }
        t.endEntry();
      }
      out.commit();
    }
    return file;
  }

  @ParameterizedTest
  @EnumSource(value = Compression.class, names = {"NONE", "ZLIB", "LZMA", "LZ4", "ZSTD"})
  void everyTypeAndCompressionReadsBack(Compression compression) throws IOException {
    int entries = 5000;
    Path file = writeSample(tmp.resolve("sample-" + compression + ".root"),
        WriteOptions.of(compression, compression == Compression.LZMA ? 6 : 4).withBasketBytes(4096), entries);
    try (RootFile f = RootFile.open(file)) {
      TTree t = f.tree("Events");
      assertEquals(entries, t.entries());
      assertEquals(17, t.branches().size());
      Branch pt = t.branch("Muon_pt");
      assertTrue(pt.isJagged());
      assertEquals("nMuon", pt.counter().name());
      assertTrue(pt.basketCount() > 3, "several baskets expected");
      assertFalse(Arrays.equals(pt.basketBoundaries(), t.branch("nMuon").basketBoundaries()),
          "counter and data baskets should split at different entries");

      long[] run = new long[entries];
      t.branch("run").readLongs(0, entries, run);
      assertEquals(4294967294L, run[17]);
      long[] event = new long[entries];
      t.branch("event").readLongs(0, entries, event);
      float[] w = new float[entries];
      t.branch("genWeight").readFloats(0, entries, w);
      boolean[] hlt = new boolean[entries];
      t.branch("HLT_IsoMu24").readBooleans(0, entries, hlt);
      short[] s = new short[entries];
      t.branch("x_s").readShorts(0, entries, s);
      byte[] b = new byte[entries];
      t.branch("x_b").readBytes(0, entries, b);
      long[] l = new long[entries];
      t.branch("x_l").readLongs(0, entries, l);
      double[] x = new double[entries];
      t.branch("x_d").readDoubles(0, entries, x);
      float[] arr = new float[3 * entries];
      t.branch("x_arr").readFloats(0, entries, arr);
      for (int e = 0; e < entries; e++) {
        assertEquals(e * 1_000_003L, event[e]);
        assertEquals(e % 3 == 0 ? -1.5f : 2.25f, w[e]);
        assertEquals(e % 2 == 0, hlt[e]);
        assertEquals((short) (e - 500), s[e]);
        assertEquals((byte) (e % 256 - 128), b[e]);
        assertEquals(-e * 1_000_000_007L, l[e]);
        assertEquals(e / 7.0, x[e]);
        assertEquals(e + 2f, arr[3 * e + 2]);
      }

      int[] offsets = new int[entries + 1];
      pt.readOffsets(0, entries, offsets);
      float[] ptv = new float[offsets[entries]];
      pt.readFloats(0, entries, ptv);
      int[] q = new int[offsets[entries]];
      t.branch("Muon_charge").readInts(0, entries, q);
      boolean[] id = new boolean[offsets[entries]];
      t.branch("Muon_tightId").readBooleans(0, entries, id);
      int[] flav = new int[offsets[entries]];
      t.branch("Muon_genPartFlav").readInts(0, entries, flav);
      double[] dz = new double[offsets[entries]];
      t.branch("Muon_dz").readDoubles(0, entries, dz);
      for (int e = 0; e < entries; e++) {
        assertEquals(muons(e), offsets[e + 1] - offsets[e], "entry " + e);
        for (int k = 0; k < muons(e); k++) {
          int i = offsets[e] + k;
          assertEquals(pt(e, k), ptv[i]);
          assertEquals(k % 2 == 0 ? 1 : -1, q[i]);
          assertEquals((e + k) % 3 != 0, id[i]);
          assertEquals(k == 0 ? 255 : 1, flav[i]);
          assertEquals(k * 0.001 - e, dz[i]);
        }
      }
      // A partial range across basket boundaries.
      float[] part = new float[(int) pt.countElements(1234, 2345)];
      pt.readFloats(1234, 2345, part);
      assertArrayEquals(Arrays.copyOfRange(ptv, offsets[1234], offsets[2345]), part);
    }
  }

  /**
   * Clusters as ROOT's autoFlush makes them: every branch starts a basket at each cluster's end, by a
   * fixed entry count or, under a negative value, at the count where the compressed bytes first pass
   * it; baskets that fill up inside a cluster still end there. The values read back are those of a
   * file written without clusters.
   */
  @Test
  void clustersEndWhereRootWouldEndThem() throws IOException {
    int entries = 5000;
    WriteOptions plain = WriteOptions.of(Compression.ZLIB, 4).withBasketBytes(4096).withAutoFlush(0);
    Path none = writeSample(tmp.resolve("none.root"), plain, entries);
    Path byEntries = writeSample(tmp.resolve("entries.root"), plain.withAutoFlush(1200), entries);
    Path byBytes = writeSample(tmp.resolve("bytes.root"), plain.withAutoFlush(-20_000), entries);
    try (RootFile a = RootFile.open(none); RootFile b = RootFile.open(byEntries); RootFile c = RootFile.open(byBytes)) {
      assertClusters(b.tree("Events"), 1200);
      assertTrue(b.tree("Events").branch("Muon_pt").basketCount() > 5, "Muon_pt's baskets also fill inside clusters");
      List<Branch> all = c.tree("Events").branches();
      long first = Arrays.stream(all.get(0).basketBoundaries())
          .filter(e -> e > 0 && all.stream().allMatch(x -> Arrays.binarySearch(x.basketBoundaries(), e) >= 0))
          .min().orElseThrow();
      assertTrue(first < entries / 2, "the first cluster should end after 20 kB, not at entry " + first);
      assertClusters(c.tree("Events"), first);
      for (Branch branch : a.tree("Events").branches()) {
        assertTrue(branch.basketCount() > 1, branch.name());
        double[] want = new double[(int) branch.countElements(0, entries)];
        branch.readDoubles(0, entries, want);
        for (RootFile f : List.of(b, c)) {
          double[] got = new double[want.length];
          f.tree("Events").branch(branch.name()).readDoubles(0, entries, got);
          assertArrayEquals(want, got, branch.name());
        }
      }
    }
  }

  /**
   * Consecutive reads that cut baskets, as chunks inside a cluster do, give what one read gives:
   * the basket a read ends inside is kept for the next, whatever other branches were read between.
   */
  @Test
  void readsThatCutBasketsGiveTheWholeRead() throws IOException {
    int entries = 5000;
    Path file = writeSample(tmp.resolve("pieces.root"),
        WriteOptions.of(Compression.LZMA, 4).withBasketBytes(2048).withAutoFlush(0), entries);
    try (RootFile f = RootFile.open(file)) {
      List<Branch> branches = f.tree("Events").branches();
      List<double[]> whole = new ArrayList<>();
      List<double[]> pieces = new ArrayList<>();
      for (Branch b : branches) {
        double[] all = new double[(int) b.countElements(0, entries)];
        b.readDoubles(0, entries, all);
        whole.add(all);
        pieces.add(new double[all.length]);
      }
      int[] at = new int[branches.size()];
      for (int start = 0; start < entries; start += 333) {
        int stop = Math.min(entries, start + 333);
        for (int k = 0; k < branches.size(); k++) {
          Branch b = branches.get(k);
          double[] part = new double[(int) b.countElements(start, stop)];
          b.readDoubles(start, stop, part);
          System.arraycopy(part, 0, pieces.get(k), at[k], part.length);
          at[k] += part.length;
        }
      }
      for (int k = 0; k < branches.size(); k++) {
        assertTrue(branches.get(k).basketCount() > 2 || branches.get(k).isJagged(), branches.get(k).name());
        assertArrayEquals(whole.get(k), pieces.get(k), branches.get(k).name());
      }
    }
  }

  /** Every branch of {@code tree} starts a basket at each multiple of {@code size}. */
  private static void assertClusters(TTree tree, long size) {
    for (Branch branch : tree.branches()) {
      long[] starts = branch.basketBoundaries();
      for (long e = 0; e < tree.entries(); e += size) {
        assertTrue(Arrays.binarySearch(starts, e) >= 0, branch.name() + " has no basket starting at " + e);
      }
    }
  }

  /** The 64-bit header, directory and free-segment layout, switched on early instead of past 2 GB. */
  @Test
  void sixtyFourBitLayoutReadsBack() throws IOException {
    Path small = writeSample(tmp.resolve("small.root"), WriteOptions.of(Compression.LZ4, 1), 3000);
    Path big = writeSample(tmp.resolve("big.root"), WriteOptions.of(Compression.LZ4, 1), 3000, 1000);
    byte[] header = Files.readAllBytes(big);
    int version = java.nio.ByteBuffer.wrap(header, 4, 4).getInt();
    assertEquals(1_062_400, version, "64-bit header expected");
    try (RootFile a = RootFile.open(small); RootFile b = RootFile.open(big)) {
      for (Branch branch : a.tree("Events").branches()) {
        Branch other = b.tree("Events").branch(branch.name());
        double[] x = new double[(int) branch.countElements(0, 3000)];
        double[] y = new double[x.length];
        branch.readDoubles(0, 3000, x);
        other.readDoubles(0, 3000, y);
        assertArrayEquals(x, y, branch.name());
      }
    }
  }

  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    Path a = writeSample(tmp.resolve("a.root"), WriteOptions.of(Compression.ZSTD, 5), 1000);
    Path b = writeSample(tmp.resolve("b.root"), WriteOptions.of(Compression.ZSTD, 5), 1000);
    byte[] x = Files.readAllBytes(a);
    byte[] y = Files.readAllBytes(b);
    // The file name is stored in the file; compare with it masked.
    assertEquals(x.length, y.length);
    int differing = 0;
    for (int i = 0; i < x.length; i++) {
      differing += x[i] == y[i] ? 0 : 1;
    }
    assertTrue(differing <= 4, differing + " bytes differ");
  }

  @Test
  void failureLeavesNoFileBehind() throws IOException {
    Path target = tmp.resolve("broken.root");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
      try (RootWriter out = RootWriter.create(target, WriteOptions.of(Compression.LZ4, 1))) {
        TreeWriter t = out.tree("Events", "");
        BranchWriter n = t.counter("nJet", "");
        t.jagged("Jet_pt", LeafType.FLOAT32, n, "");
        n.putCount(2);
        t.endEntry();
      }
    });
    assertTrue(e.getMessage().contains("'Jet_pt'") && e.getMessage().contains("entry 0"), e.getMessage());
    assertFalse(Files.exists(target));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(0, left.count(), "temporary file left behind");
    }
    try (RootWriter out = RootWriter.create(target, WriteOptions.of(Compression.LZ4, 1))) {
      out.tree("Events", "");
    }
    assertFalse(Files.exists(target), "a writer closed without commit must not publish");
  }

  /** A written file is readable as a plain new file is, not private like a temporary file. */
  @Test
  void theFileHasThePermissionsOfANewFile() throws IOException {
    assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path target = tmp.resolve("shared.root");
    try (RootWriter out = RootWriter.create(target, WriteOptions.of(Compression.LZ4, 1))) {
      out.tree("Events", "");
      out.commit();
    }
    Path plain = Files.createFile(tmp.resolve("plain"));
    Set<PosixFilePermission> read = EnumSet.of(PosixFilePermission.OWNER_READ,
        PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
    Set<PosixFilePermission> expected = EnumSet.copyOf(Files.getPosixFilePermissions(plain));
    expected.retainAll(read);
    Set<PosixFilePermission> got = EnumSet.copyOf(Files.getPosixFilePermissions(target));
    got.retainAll(read);
    assertEquals(expected, got);
  }
}
