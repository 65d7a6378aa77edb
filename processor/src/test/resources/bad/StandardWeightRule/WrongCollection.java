package bad.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.MUON_ID,
    collection = "JetGood") // expect-error: Weight.WrongCollection
class WrongCollection {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jet(@Col("Jet_pt") float pt) {
    return pt > 30;
  }
}
