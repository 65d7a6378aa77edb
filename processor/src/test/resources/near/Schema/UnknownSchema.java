package near.schema;

import org.cortado.annotations.*;

/** Run 3 NanoAOD: the PNet b-tag, and jet IDs stored as unsigned bytes. */
@Analysis(name = "a", schema = "nanoaod-v12")
class UnknownSchema {
  @ObjectSelection(name = "BJet", collection = "Jet")
  static boolean bjet(@Col("Jet_btagPNetB") float btag, @Col("Jet_jetId") byte jetId) {
    return btag > 0.245f && (jetId & 2) != 0;
  }
}
