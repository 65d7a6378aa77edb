package near.dependencyrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class SkimNeedsCollection {
  interface Pts extends CollectionView {
    float pt(int i);
  }

  @Derived(name = "ht")
  static double ht(@Col("Muon") Pts muons) {
    double ht = 0;
    for (int i = 0; i < muons.size(); i++) {
      ht += muons.pt(i);
    }
    return ht;
  }

  @Cut(name = "ht100", stage = Stage.SKIM)
  static boolean ht100(@Col("ht") double ht) {
    return ht > 100;
  }
}
