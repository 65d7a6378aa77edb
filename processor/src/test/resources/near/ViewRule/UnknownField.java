package near.viewrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class UnknownField {
  interface Leptons extends CollectionView {
    float pt(int i);

    @Field("pfRelIso03_all")
    float iso(int i);
  }

  @Cut(name = "muons")
  static boolean muons(@Col("Muon") Leptons muons) {
    return muons.size() > 0 && muons.iso(0) < 0.1f;
  }

  @Cut(name = "electrons")
  static boolean electrons(@Col("Electron") Leptons electrons) {
    return electrons.size() > 0;
  }
}
