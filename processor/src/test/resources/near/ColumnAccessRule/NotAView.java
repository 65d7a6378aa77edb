package near.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NotAView {
  interface Pts extends CollectionView {
    float pt(int i);
  }

  @Cut(name = "c")
  static boolean c(@Col("Muon") Pts muons) {
    return muons.size() > 0 && muons.pt(0) > 0;
  }
}
