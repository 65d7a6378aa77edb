package org.cortado.rootio.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.cortado.rootio.Compression;
import org.cortado.rootio.KeyInfo;
import org.cortado.rootio.LeafType;
import org.cortado.rootio.RootFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TH1D and TH2D payloads equal, byte for byte, what uproot writes for the same histograms (reference
 * payloads made by {@code make_uproot_histograms.py} beside the test resources), and histograms in
 * nested directories are listed where they were put, beside a tree.
 */
class HistogramWriterTest {
  @TempDir Path tmp;

  private static byte[] reference(String name) throws IOException {
    try (InputStream in = HistogramWriterTest.class.getResourceAsStream(name)) {
      return HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
    }
  }

  static HistogramData h1() {
    return new HistogramData("title;x;y", HistogramData.Axis.variable("x title", new double[] {0, 1, 2.5, 4}), null,
        new double[] {1, 2, 3, 4, 5}, new double[] {1, 4, 9, 16, 25}, 15);
  }

  static HistogramData h2() {
    double[] w = new double[20];
    double[] w2 = new double[20];
    for (int i = 0; i < w.length; i++) {
      w[i] = i;
      w2[i] = 2 * i;
    }
    return new HistogramData("two", HistogramData.Axis.regular("x", 2, 0, 1),
        HistogramData.Axis.variable("y", new double[] {10, 20, 30, 40}), w, w2, 7);
  }

  @Test
  void th1dPayloadEqualsUproots() throws IOException {
    assertEquals(HexFormat.of().formatHex(reference("uproot-TH1D.hex")),
        HexFormat.of().formatHex(HistogramSerializer.serialize("h1", h1())));
  }

  @Test
  void th2dPayloadEqualsUproots() throws IOException {
    assertEquals(HexFormat.of().formatHex(reference("uproot-TH2D.hex")),
        HexFormat.of().formatHex(HistogramSerializer.serialize("h2", h2())));
  }

  @Test
  void histogramsInNestedDirectoriesBesideATree() throws IOException {
    Path file = tmp.resolve("hists.root");
    try (RootWriter out = RootWriter.create(file, WriteOptions.of(Compression.ZLIB, 1))) {
      TreeWriter t = out.tree("Events", "");
      BranchWriter x = t.branch("x", LeafType.FLOAT32, "");
      for (int i = 0; i < 10; i++) {
        x.putFloat(i);
        t.endEntry();
      }
      out.histogram("mll/DY/baseline/nominal", h1());
      out.histogram("mll/DY/baseline/pileupUp", h1());
      out.histogram("mll/Data/baseline/nominal", h1());
      out.histogram("pt_vs_eta", h2());
      assertThrows(IllegalArgumentException.class, () -> out.histogram("pt_vs_eta", h2()));
      out.commit();
    }
    try (RootFile f = RootFile.open(file)) {
      List<String> paths = f.keys().stream().map(KeyInfo::path).toList();
      assertEquals(List.of("mll", "mll/DY", "mll/DY/baseline", "mll/DY/baseline/nominal", "mll/DY/baseline/pileupUp",
          "mll/Data", "mll/Data/baseline", "mll/Data/baseline/nominal", "pt_vs_eta", "Events"), paths);
      assertEquals("TH2D", f.keys().get(8).className());
      assertEquals(10, f.tree("Events").entries());
    }
  }

  @Test
  void impossibleBinningsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> HistogramData.Axis.regular("x", 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> HistogramData.Axis.regular("x", 10, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> HistogramData.Axis.variable("x", new double[] {0, 2, 1}));
    assertThrows(IllegalArgumentException.class, () -> new HistogramData("t", HistogramData.Axis.regular("x", 3, 0, 1),
        null, new double[4], new double[5], 0));
    assertFalse(Files.exists(tmp.resolve("nothing")));
  }
}
