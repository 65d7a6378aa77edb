package bad.columntyperule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class WrongType {
  @Cut(name = "pt")
  static boolean pt(@Col(value = "Muon_pt", pos = 0) double pt) { // expect-error: Column.WrongType
    return pt > 10;
  }
}
