package near.paramrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018", params = "analysis/selection.yaml")
class ChoiceFailed {
  @ObjectSelection(name = "BJet", collection = "Jet")
  static boolean bjet(@Col("Jet_btagDeepFlavB") float btag,
      @Param("btagging.working_point.${year}.btagging_WP.${object_preselection.Muon.wp}") float wp) {
    return btag > wp;
  }
}
