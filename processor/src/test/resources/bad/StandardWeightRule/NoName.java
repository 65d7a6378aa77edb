package bad.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class NoName {
  @Weight // expect-error: Weight.NoName
  static float w(@Col("genWeight") float g) {
    return g;
  }
}
