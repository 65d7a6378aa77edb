package bad.viewrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NotImplementable {
  private interface Pts extends CollectionView {
    float pt(int i);
  }

  @Cut(name = "c")
  static boolean c(@Col("Muon") Pts muons) { // expect-error: View.NotImplementable
    return muons.size() > 0;
  }
}
