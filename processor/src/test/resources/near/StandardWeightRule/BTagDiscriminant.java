package near.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = {"2018", "2022_postEE"})
@Weight(standard = StandardWeight.BTAG_SHAPE, collection = "JetGood")
class BTagDiscriminant {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jet(@Col("Jet_pt") float pt) {
    return pt > 30;
  }
}
