package bad.schema;

import org.cortado.annotations.*;

@Analysis(name = "a",
    schema = "nanoaod-v13") // expect-error: Schema.Unreadable
class UnknownSchema {
  @Cut(name = "c")
  static boolean c(@Col("MET_pt") float met) {
    return met > 0;
  }
}
