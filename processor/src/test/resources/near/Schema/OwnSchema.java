package near.schema;

import org.cortado.annotations.*;

/** The analysis's own schema (a skim's), with a column the skim defined. */
@Analysis(name = "a", schema = "analysis/skim.schema.tsv")
class OwnSchema {
  @Cut(name = "c")
  static boolean c(@Col("good_jet_pt") float pt, @Col(value = "Muon_pt", pos = 0) float muon) {
    return pt > 0 && muon > 0;
  }
}
