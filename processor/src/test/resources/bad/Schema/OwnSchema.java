package bad.schema;

import org.cortado.annotations.*;

/** The analysis's own schema (a skim's), where MET_pt does not exist. */
@Analysis(name = "a", schema = "analysis/skim.schema.tsv")
class OwnSchema {
  @Cut(name = "c")
  static boolean c(@Col("MET_pt") float met, // expect-error: Column.Unknown
      @Col("good_jet_pt") float pt) {
    return met > 0 && pt > 0;
  }
}
