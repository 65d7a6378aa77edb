package test;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Col;
import org.cortado.annotations.Cut;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Param;
import org.cortado.annotations.StandardWeight;
import org.cortado.annotations.Weight;

/**
 * PocketCoffea's Z→μμ weights ({@code genWeight, lumi, XS, pileup, sf_mu_id, sf_mu_iso} with the
 * pileup and muon variations) and golden-JSON skim, with the muon thresholds as parameters.
 */
@Analysis(name = "weighted", years = "2018", params = "analysis/selection.yaml",
    goldenJson = true)
@Weight(standard = StandardWeight.GEN_WEIGHT)
@Weight(standard = StandardWeight.LUMI)
@Weight(standard = StandardWeight.XS)
@Weight(standard = StandardWeight.PILEUP)
@Weight(standard = StandardWeight.MUON_ID, collection = "MuonGood")
@Weight(standard = StandardWeight.MUON_ISO, collection = "MuonGood")
final class WeightedZMuMu {
  private WeightedZMuMu() {}

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_eta") float eta,
      @Param("object_preselection.Muon.pt") float ptMin,
      @Param("object_preselection.Muon.eta") float etaMax) {
    return pt > ptMin && Math.abs(eta) < etaMax;
  }

  @Cut(name = "twoMuons")
  static boolean twoMuons(@Col("nMuonGood") int n) {
    return n >= 2;
  }
}
