package near.viewrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class BadAccessor {
  interface Pts extends CollectionView {
    float pt(int i);

    default float leadingPt() {
      return size() > 0 ? pt(0) : 0f;
    }
  }

  @Cut(name = "c")
  static boolean c(@Col("Muon") Pts muons) {
    return muons.leadingPt() > 20;
  }
}
