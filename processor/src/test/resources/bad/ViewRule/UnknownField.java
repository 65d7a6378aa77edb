package bad.viewrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class UnknownField {
  interface Muons extends CollectionView {
    float pt(int i);

    boolean tightId(int i);
  }

  @Cut(name = "muons")
  static boolean muons(@Col("Muon") Muons muons) {
    return muons.size() > 0 && muons.tightId(0);
  }

  @Cut(name = "electrons")
  static boolean electrons(@Col("Electron") Muons electrons) { // expect-error: View.UnknownField
    return electrons.size() > 0;
  }
}
