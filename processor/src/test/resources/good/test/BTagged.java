package test;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Col;
import org.cortado.annotations.Cut;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.StandardWeight;
import org.cortado.annotations.Weight;

/** PocketCoffea's {@code sf_btag}: the DeepJet shape SF over the good jets, with its 8 sources. */
@Analysis(name = "btagged", years = "2018")
@Weight(standard = StandardWeight.GEN_WEIGHT)
@Weight(standard = StandardWeight.BTAG_SHAPE, collection = "JetGood")
@Weight(standard = StandardWeight.BTAG_SHAPE, collection = "ForwardJet")
final class BTagged {
  private BTagged() {}

  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jetGood(@Col("Jet_pt") float pt, @Col("Jet_eta") float eta) {
    return pt > 30 && Math.abs(eta) < 2.4f;
  }

  /** Forward jets share sf_btag with the central ones, so their variations move together. */
  @ObjectSelection(name = "ForwardJet", collection = "Jet")
  static boolean forwardJet(@Col("Jet_pt") float pt, @Col("Jet_eta") float eta) {
    return pt > 30 && Math.abs(eta) >= 2.4f && Math.abs(eta) < 2.5f;
  }

  @Cut(name = "twoJets")
  static boolean twoJets(@Col("nJetGood") int n) {
    return n >= 2;
  }
}
