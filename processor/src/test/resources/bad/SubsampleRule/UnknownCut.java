package bad.subsamplerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Subsample(sample = "DY", name = "met", cuts = "hihgMet") // expect-error: Category.UnknownCut
class UnknownCut {
  @Cut(name = "highMet", stage = Stage.CATEGORY)
  static boolean highMet(@Col("MET_pt") float met) {
    return met > 50;
  }
}
