package org.cortado.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code cortado plot} on a small hand-built {@code histograms.json}: three simulated samples under a
 * Z peak and data that fluctuate around their sum, in two categories, plus a 2D histogram that the
 * default selection skips.
 */
class PlotCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BINS = 30;

  @TempDir Path tmp;
  private Path run;

  private static CliResult run(String... args) {
    return CliResult.run(args);
  }

  /** Expected events per bin of each sample, flow bins included (zero). */
  private static double[] shape(String sample, double scale) {
    double[] w = new double[BINS + 2];
    for (int i = 1; i <= BINS; i++) {
      double x = 60 + 2 * (i - 0.5);
      w[i] = switch (sample) {
        case "DYJetsToLL" -> 2000 / (1 + Math.pow((x - 91.2) / 2.5, 2)) + 30;
        case "TTTo2L2Nu" -> 40 + 0.3 * (x - 60);
        default -> 15;
      } * scale;
    }
    return w;
  }

  @BeforeEach
  void writeHistograms() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "cortado-histograms/1");
    ObjectNode mll = root.putObject("histograms").putObject("mll");
    ObjectNode axis = mll.putArray("axes").addObject();
    axis.put("name", "ll.mass").put("label", "$M_{ll}$ [GeV]").put("kind", "regular");
    ArrayNode edges = axis.putArray("edges");
    for (int i = 0; i <= BINS; i++) {
      edges.add(60 + 2.0 * i);
    }
    axis.put("underflow", true).put("overflow", true);
    ObjectNode samples = mll.putObject("samples");
    double[] total = new double[BINS + 2];
    for (String sample : List.of("WW", "DYJetsToLL", "TTTo2L2Nu")) {
      for (String category : List.of("baseline", "os")) {
        double scale = category.equals("os") ? 0.8 : 1;
        double[] w = shape(sample, scale);
        ObjectNode variations = samples.with(sample).with(sample + "_2018").with(category);
        content(variations.putObject("nominal"), w, 0.01);
        content(variations.putObject("pileupUp"), shape(sample, scale * 1.1), 0.01);
        content(variations.putObject("pileupDown"), shape(sample, scale * 0.9), 0.01);
        for (int i = 0; i < w.length && category.equals("baseline"); i++) {
          total[i] += w[i];
        }
      }
    }
    double[] data = new double[BINS + 2];
    for (int i = 1; i <= BINS; i++) {
      data[i] = Math.round(total[i] * (1 + 0.08 * Math.sin(i)));
    }
    content(samples.with("DATA_SingleMuon").with("DATA_2018_EraA").with("baseline").putObject("nominal"), data, 1);
    ObjectNode twoD = root.with("histograms").putObject("eta_phi");
    twoD.putArray("axes").add(axis.deepCopy()).add(axis.deepCopy());
    // A 2D histogram of one sample in one category: a blob at the centre, flow bins zero.
    ObjectNode nominal = twoD.putObject("samples").with("DYJetsToLL").with("DYJetsToLL_2018")
        .with("baseline").putObject("nominal");
    ArrayNode rows = nominal.putArray("sumw");
    for (int i = 0; i < BINS + 2; i++) {
      ArrayNode row = rows.addArray();
      for (int j = 0; j < BINS + 2; j++) {
        boolean flow = i == 0 || j == 0 || i == BINS + 1 || j == BINS + 1;
        row.add(flow ? 0 : 100 * Math.exp(-((i - BINS / 2.0) * (i - BINS / 2.0)
            + (j - BINS / 2.0) * (j - BINS / 2.0)) / BINS));
      }
    }
    nominal.set("sumw2", rows.deepCopy());
    run = tmp.resolve("run");
    Files.createDirectories(run);
    JSON.writeValue(run.resolve("histograms.json").toFile(), root);
  }

  /** Sum of squared weights for events of weight {@code w} each. */
  private static void content(ObjectNode into, double[] sumw, double weight) {
    ArrayNode w = into.putArray("sumw");
    ArrayNode w2 = into.putArray("sumw2");
    for (double v : sumw) {
      w.add(v);
      w2.add(v * weight);
    }
  }

  @Test
  void theStyleParametersSetTheImageSize() throws Exception {
    Path style = tmp.resolve("style.yaml");
    Files.writeString(style, "plotting_style:\n  opts_figure: {datamc_ratio: {figsize: [6, 9]}}\n"
        + "  labels_mc: {DYJetsToLL: Z+jets}\n");
    Path plots = tmp.resolve("styled");
    CliResult r = run("plot", run.toString(), "--histogram", "mll", "--category", "baseline", "--format", "png",
        "--params", style.toString(), "-o", plots.toString());
    assertEquals(0, r.exit(), r.err());
    BufferedImage png = ImageIO.read(plots.resolve("mll_baseline.png").toFile());
    assertEquals(400, png.getWidth());
    assertEquals(600, png.getHeight());
  }

  @Test
  void rendersAStackWithDataAndRatioAsPngAndSvg() throws Exception {
    Path plots = tmp.resolve("plots");
    CliResult r = run("plot", run.toString(), "--histogram", "mll", "-o", plots.toString());
    assertEquals(0, r.exit(), r.err());
    Path png = plots.resolve("mll_baseline.png");
    Path svg = plots.resolve("mll_baseline.svg");
    assertTrue(r.out().contains(png.toString()), r.out());

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(800, image.getWidth());
    assertEquals(800, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    int black = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        black += rgb == 0 ? 1 : 0;
      }
    }
    assertTrue(colours.size() > 100, colours.size() + " distinct colours: the figure looks blank");
    for (int sampleColour : new int[] {0x3f90da, 0xffa90e, 0xbd1f01}) {
      assertTrue(colours.contains(sampleColour), "a stacked sample in " + Integer.toHexString(sampleColour));
    }
    assertTrue(black > 30 * 20, black + " black pixels: the data points are missing");

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // Well-formedness only: do not fetch the SVG DTD from the network.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = factory.newDocumentBuilder().parse(svg.toFile());
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(text.contains("Mₗₗ [GeV]"), text);
    assertTrue(text.contains("CMS"), text);
    assertTrue(text.contains("DYJetsToLL") && text.contains("Data"), "legend: " + text);
    assertFalse(text.contains("$"), "LaTeX markup left in the labels: " + text);
  }

  @Test
  void failuresAreOneLineWithAHint() {
    CliResult missing = run("plot", tmp.resolve("nowhere").toString(), "-o", tmp.resolve("p").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().startsWith("cortado plot: "), missing.err());
    assertTrue(missing.err().contains("nowhere"), missing.err());
    assertTrue(missing.err().lines().toList().get(1).startsWith("hint: "), missing.err());
    assertEquals(2, missing.err().lines().count(), missing.err());

    CliResult unknown = run("plot", run.toString(), "--histogram", "mlll", "-o", tmp.resolve("p").toString());
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().startsWith("cortado plot: "), unknown.err());
    assertTrue(unknown.err().contains("no histogram 'mlll'") && unknown.err().contains("mll"), unknown.err());
    assertEquals(2, unknown.err().lines().count(), unknown.err());
    assertFalse(Files.exists(tmp.resolve("p")), "a failed plot must not leave a folder");
  }

  @Test
  void allCategoriesOfAllOneDimensionalHistogramsInOneFormatByDefault() throws IOException {
    Path plots = tmp.resolve("plots");
    CliResult r = run("plot", run.toString(), "--format", "png", "-o", plots.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.isRegularFile(plots.resolve("mll_baseline.png")));
    assertTrue(Files.isRegularFile(plots.resolve("mll_os.png")), "simulation only, no data: still a plot");
    assertTrue(Files.isRegularFile(plots.resolve("eta_phi_baseline_DYJetsToLL.png")),
        "a 2D histogram is a colour map per sample");
    assertEquals(3, files(plots), "no SVG, no empty colour map, no temporary file");

    CliResult badFormat = run("plot", run.toString(), "--format", "png,gif", "-o", tmp.resolve("p").toString());
    assertEquals(1, badFormat.exit());
    assertTrue(badFormat.err().startsWith("cortado plot: unknown image format 'gif'"), badFormat.err());
    assertFalse(Files.exists(tmp.resolve("p")));
  }

  @Test
  void pdfFiguresAreWholePdfDocuments() throws IOException {
    Path plots = tmp.resolve("pdf");
    CliResult r = run("plot", run.toString(), "--histogram", "mll", "--category", "baseline",
        "--format", "pdf", "-o", plots.toString());
    assertEquals(0, r.exit(), r.err());
    String pdf = new String(Files.readAllBytes(plots.resolve("mll_baseline.pdf")),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF-"), "a PDF header");
    assertTrue(pdf.strip().endsWith("%%EOF"), "a complete PDF, trailer included");
    assertTrue(pdf.contains("/Type /Page"), "with a page");
  }

  @Test
  void plotHasHelp() {
    CliResult r = run("plot", "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("Usage: cortado plot"), r.out());
  }

  private static long files(Path dir) throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.count();
    }
  }
}
