package near.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.MUON_ID,
    collection = "MuonGood")
class WrongCollection {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muon(@Col("Muon_pt") float pt) {
    return pt > 15;
  }
}
