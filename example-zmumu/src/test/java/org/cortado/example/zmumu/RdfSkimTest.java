package org.cortado.example.zmumu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cortado.rootio.Compression;
import org.cortado.rootio.RootFile;
import org.cortado.rootio.TTree;
import org.cortado.rootio.write.WriteOptions;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.dataset.DatasetMetadata;
import org.cortado.runtime.exec.AnalysisRun;
import org.cortado.runtime.exec.Columns;
import org.cortado.runtime.exec.ExecutionOptions;
import org.cortado.runtime.exec.Progress;
import org.cortado.runtime.generate.NanoGenerator;
import org.cortado.runtime.generate.Sample;
import org.cortado.runtime.histograms.Hist1D;
import org.cortado.runtime.kernel.KernelOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analysis of an RDataFrame skim whose collections are {@code RVec} columns with no counter
 * branch ({@link RdfSkimDimuons} on {@code rdf/dy4k-rdf-skim.root}, which ROOT 6.40 wrote with
 * {@code tools/make_rdf_skim.py} from the generated Drell-Yan file this test makes again). The
 * histograms must equal a hand loop over the original NanoAOD arrays that applies the skim's
 * {@code Define}s and {@code Filter} itself, so the vectors' sizes and values are checked against
 * data ROOT never touched.
 */
class RdfSkimTest {
  @TempDir Path tmp;

  @Test
  void theSkimsVectorCollectionsGiveTheHandLoopsHistograms() throws IOException, URISyntaxException {
    Dataset dy = new Dataset("DY", DatasetMetadata.mc("DY", "2018", 1.0), List.of(skim()));
    KernelOutputs out = new AnalysisRun(new RdfSkimDimuons_Kernel(), null, ExecutionOptions.defaults(),
        Progress.quiet()).run(List.of(dy)).datasets().get(0).outputs();

    Hist1D mll = fresh(out, "mll");
    Hist1D nJets = fresh(out, "nGoodJet");
    Hist1D leadingJetPt = fresh(out, "GoodJet_pt_1");
    long skimmed = 0;
    long pairs = 0;
    Path original = NanoGenerator.generate(Sample.DY, 4000, 11, WriteOptions.of(Compression.LZ4, 4),
        tmp.resolve("dy4k.root"), n -> { }).file();
    try (RootFile file = RootFile.open(original)) {
      TTree t = file.tree("Events");
      int n = (int) t.entries();
      int[] nMuon = new int[n];
      t.branch("nMuon").readInts(0, n, nMuon);
      int[] nJet = new int[n];
      t.branch("nJet").readInts(0, n, nJet);
      float[] genWeight = new float[n];
      t.branch("genWeight").readFloats(0, n, genWeight);
      float[] muPt = floats(t, "Muon_pt");
      float[] muEta = floats(t, "Muon_eta");
      float[] muPhi = floats(t, "Muon_phi");
      float[] muMass = floats(t, "Muon_mass");
      int[] muCharge = new int[muPt.length];
      t.branch("Muon_charge").readInts(0, n, muCharge);
      float[] jetPt = floats(t, "Jet_pt");
      float[] jetEta = floats(t, "Jet_eta");
      int mu = 0;
      int jet = 0;
      for (int e = 0; e < n; mu += nMuon[e], jet += nJet[e], e++) {
        if (nMuon[e] < 1) {
          continue; // the skim's Filter
        }
        skimmed++;
        double w = genWeight[e];
        int[] good = new int[nMuon[e]];
        int nGood = 0;
        for (int i = mu; i < mu + nMuon[e]; i++) {
          if (muPt[i] > 15 && Math.abs(muEta[i]) < 2.4) {
            good[nGood++] = i;
          }
        }
        if (nGood < 2 || muCharge[good[0]] == muCharge[good[1]]) {
          continue; // the analysis's preselection
        }
        pairs++;
        int a = good[0];
        int b = good[1];
        mll.fill(Kinematics.invariantMass(muPt[a], muEta[a], muPhi[a], muMass[a], muPt[b], muEta[b], muPhi[b],
            muMass[b]), w);
        int goodJets = 0;
        double leading = Double.NaN;
        for (int j = jet; j < jet + nJet[e]; j++) {
          if (jetPt[j] > 30 && Math.abs(jetEta[j]) < 2.5) {
            if (goodJets++ == 0) {
              leading = jetPt[j];
            }
          }
        }
        nJets.fill(goodJets, w);
        if (goodJets > 0) {
          leadingJetPt.fill(leading, w);
        }
      }
    }
    assertEquals(1937, skimmed, "events the skim kept (the number make_rdf_skim.py printed)");
    assertEquals(skimmed, out.cutflowCounts()[0], "events the run read");
    assertTrue(pairs > 100, "enough dimuon events to compare: " + pairs);
    for (Hist1D expected : List.of(mll, nJets, leadingJetPt)) {
      Hist1D actual = out.hist1d(expected.name(), "baseline", "nominal");
      assertArrayEquals(expected.sumw(), actual.sumw(), expected.name());
      assertArrayEquals(expected.sumw2(), actual.sumw2(), expected.name());
    }
  }

  @Test
  void theSchemaCommandNamesTheVectorsCollections() throws IOException, URISyntaxException {
    Path schema = tmp.resolve("rdf.schema.tsv");
    ZMuMuSkimTest.cli("schema", skim().toString(), "-o", schema.toString());
    List<String> rows = Files.readAllLines(schema).stream().filter(l -> !l.startsWith("#")).toList();
    List<String> committed;
    try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/rdf/dy-rdf-skim.schema.tsv"))) {
      committed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#")).toList();
    }
    assertEquals(committed, rows, "the schema the analysis was compiled against is the file's");
    assertTrue(rows.contains("GoodMuon_charge\tint\tnGoodMuon"), rows.toString());
    assertTrue(rows.contains("GoodJet_eta\tfloat\tnGoodJet"), rows.toString());
    String comments = String.join("\n", Files.readAllLines(schema));
    assertTrue(comments.contains("Unrelated_jetPt (ROOT::VecOps::RVec<float>[no counter branch, and no name prefix"),
        "vectors sharing a prefix but not their sizes are no collection: " + comments);

    String declared = ZMuMuSkimTest.cli("schema", skim().toString(), "--collection", "Unrelated");
    assertTrue(declared.contains("Unrelated_jetPt\tfloat\tnUnrelated"), declared);
  }

  @Test
  void vectorsOfDifferentSizesAreRefusedAsOneCollection() throws IOException, URISyntaxException {
    try (RootFile file = RootFile.open(skim())) {
      IOException e = assertThrows(IOException.class, () -> Columns.read(file.tree("Events"), 1937,
          List.of("Unrelated_muonPt", "Unrelated_jetPt"), List.of("nUnrelated"), DatasetMetadata.mc("DY", "", 1.0)));
      assertTrue(e.getMessage().contains("vectors 'Unrelated_muonPt' and 'Unrelated_jetPt' differ in size at entry"),
          e.getMessage());
      assertTrue(e.getMessage().contains("dy4k-rdf-skim.root"), e.getMessage());
    }
  }

  private static Path skim() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(RdfSkimTest.class.getResource("/rdf/dy4k-rdf-skim.root")).toURI());
  }

  private static float[] floats(TTree t, String name) throws IOException {
    int n = (int) t.entries();
    float[] v = new float[(int) t.branch(name).countElements(0, n)];
    t.branch(name).readFloats(0, n, v);
    return v;
  }

  /** An empty histogram with the binning the analysis gave {@code name}. */
  private static Hist1D fresh(KernelOutputs out, String name) {
    return new Hist1D(name, out.hist1d(name, "baseline", "nominal").axis());
  }
}
