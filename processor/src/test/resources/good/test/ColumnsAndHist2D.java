package test;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Axis;
import org.cortado.annotations.AxisType;
import org.cortado.annotations.Category;
import org.cortado.annotations.Col;
import org.cortado.annotations.ColOut;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Stage;

/**
 * Every {@code @ColOut} shape (fixed positions with a fill value, flattened objects, lists
 * without a stored size) and 2D histograms whose axes are methods.
 */
@Analysis(name = "columns")
@Category(name = "baseline")
@Category(name = "twoGood", cuts = {"twoGood"})
@ColOut(collection = "MuonGood", columns = {"pt", "charge", "tightId"}, posStart = 0, posEnd = 2,
    fill = -1)
@ColOut(collection = "Muon", columns = {"pt", "tightId"}, flatten = true)
@ColOut(collection = "MuonGood", columns = {"eta"}, storeSize = false, categories = {"twoGood"})
@Histogram(name = "npv_pt1",
    axes = {@Axis(field = "PV_npvsGood", type = AxisType.INTEGER, low = 0, high = 4),
            @Axis(method = "leadingPt", bins = 10, low = 0, high = 100)})
final class ColumnsAndHist2D {
  private ColumnsAndHist2D() {}

  @ObjectSelection(name = "MuonGood", collection = "Muon")
  static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_tightId") boolean tightId) {
    return pt > 20 && tightId;
  }

  @Cut(name = "twoGood", stage = Stage.CATEGORY)
  static boolean twoGood(@Col("nMuonGood") int n) {
    return n >= 2;
  }

  @Histogram(name = "pt1_pt2", categories = {"twoGood"},
      axes = {@Axis(bins = 10, low = 0, high = 100),
              @Axis(method = "subleadingPt", bins = 5, low = 0, high = 100)})
  static double leadingPt(@Col(value = "MuonGood_pt", pos = 0) float pt) {
    return pt;
  }

  static double subleadingPt(@Col(value = "MuonGood_pt", pos = 1) float pt) {
    return pt;
  }
}
