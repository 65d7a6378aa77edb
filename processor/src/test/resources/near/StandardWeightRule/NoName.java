package near.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NoName {
  @Weight(name = "w")
  static float w(@Col("genWeight") float g) {
    return g;
  }
}
