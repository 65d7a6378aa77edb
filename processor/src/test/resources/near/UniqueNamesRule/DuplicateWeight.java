package near.uniquenamesrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.MUON_ID, collection = "MuonGood")
@Weight(standard = StandardWeight.MUON_ID, collection = "MuonSoft")
class DuplicateWeight {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muon(@Col("Muon_pt") float pt) {
    return pt > 15;
  }

  @ObjectSelection(name = "MuonSoft", collection = "Muon")
  static boolean soft(@Col("Muon_pt") float pt) {
    return pt <= 15;
  }
}
