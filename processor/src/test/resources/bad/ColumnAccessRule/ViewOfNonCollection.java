package bad.columnaccessrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
class ViewOfNonCollection {
  interface Pts extends CollectionView {
    float pt(int i);
  }

  @Cut(name = "c")
  static boolean c(@Col("Muons") Pts muons) { // expect-error: Column.ViewOfNonCollection
    return muons.size() > 0;
  }
}
