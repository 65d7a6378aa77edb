package bad.standardweightrule;

import org.cortado.annotations.*;

/** 2024 tags with UParT (btagging_algorithm btagUParTAK4B): the kernel reads btagDeepFlavB. */
@Analysis(name = "a", years = {"2018", "2024"})
@Weight(standard = StandardWeight.BTAG_SHAPE, collection = "JetGood") // expect-error: Weight.BTagDiscriminant
class BTagDiscriminant {
  @ObjectSelection(name = "JetGood", collection = "Jet")
  static boolean jet(@Col("Jet_pt") float pt) {
    return pt > 30;
  }
}
