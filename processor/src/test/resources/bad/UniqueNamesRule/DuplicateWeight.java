package bad.uniquenamesrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.MUON_ID, collection = "MuonGood")
@Weight(standard = StandardWeight.MUON_ID, name = "sf_mu_id", collection = "MuonGood") // expect-error: Name.Duplicate
class DuplicateWeight {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muon(@Col("Muon_pt") float pt) {
    return pt > 15;
  }
}
