package bad.viewrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class BadAccessor {
  interface Pts extends CollectionView {
    float leadingPt(); // expect-error: View.BadAccessor
  }

  @Cut(name = "c")
  static boolean c(@Col("Muon") Pts muons) {
    return muons.size() > 0 && muons.leadingPt() > 20;
  }
}
