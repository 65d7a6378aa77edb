package near.calibratorrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018",
    calibrators = {Calibrators.JETS,
        Calibrators.MET})
class Needs {
  @Cut(name = "met", stage = Stage.PRESELECTION)
  static boolean met(@Col("MET_pt") double met, @Col(value = "Jet_pt", pos = 0) double pt) {
    return met > 50 && pt > 30;
  }
}
