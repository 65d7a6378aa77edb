package bad.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.BTAG_SHAPE,
    collection = "MuonGood") // expect-error: Weight.WrongCollection
class BTagCollection {
  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muon(@Col("Muon_pt") float pt) {
    return pt > 15;
  }
}
