package bad.subsamplerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Subsample(sample = "DY", name = "met", cuts = "highMet") // expect-error: Subsample.CutStage
class CutStage {
  @Cut(name = "highMet")
  static boolean highMet(@Col("MET_pt") float met) {
    return met > 50;
  }
}
