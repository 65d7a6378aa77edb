package bad.dependencyrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class SkimNeedsCollection {
  interface Pts extends CollectionView {
    float pt(int i);
  }

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muon(@Col("Muon_pt") float pt) {
    return pt > 15;
  }

  @Derived(name = "ht")
  static double ht(@Col("MuonGood") Pts muons) {
    double ht = 0;
    for (int i = 0; i < muons.size(); i++) {
      ht += muons.pt(i);
    }
    return ht;
  }

  @Cut(name = "ht100", stage = Stage.SKIM)
  static boolean ht100(@Col("ht") double ht) { // expect-error: Cut.SkimNeedsCollection
    return ht > 100;
  }
}
