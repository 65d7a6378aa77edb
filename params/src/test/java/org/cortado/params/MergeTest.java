package org.cortado.params;

import static org.cortado.params.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergeTest {

  private final Params merged = Fixtures.load("base.yaml", "overlay.yaml");

  @Test
  void laterScalarWinsAndKeepsItsOwnProvenance() {
    assertEquals("overlay", merged.getString("analysis.name"));
    assertEquals(at("overlay.yaml", 2), merged.node("analysis.name").source());
  }

  @Test
  void mapsMergeKeyByKey() {
    assertEquals(25, merged.getInt("analysis.cuts.pt"));
    assertEquals(2.4, merged.getDouble("analysis.cuts.eta"));
    assertEquals(at("base.yaml", 5), merged.node("analysis.cuts.eta").source());
    assertEquals(0.05, merged.getDouble("analysis.cuts.dxy"));
    assertEquals(List.of("pt", "eta", "dxy"), List.copyOf(merged.keys("analysis.cuts")));
  }

  @Test
  void mergedMapKeepsWhereItWasFirstDefined() {
    assertEquals(at("base.yaml", 3), merged.node("analysis.cuts").source());
  }

  @Test
  void listsAreReplacedNotConcatenated() {
    assertEquals(List.of("x"), merged.getStringList("analysis.flags"));
  }

  @Test
  void scalarReplacesMap() {
    assertFalse(merged.getBoolean("analysis.weights"));
  }

  @Test
  void explicitNullReplaces() {
    ParamNode optional = merged.node("analysis.optional");
    assertEquals(ParamType.NULL, optional.type());
    assertNull(optional.value());
  }

  @Test
  void mandatoryMarkerNeverOverwrites() {
    assertEquals("kept", merged.getString("analysis.keep"));
  }

  @Test
  void newKeysAreAdded() {
    assertEquals("value", merged.getString("analysis.added.key"));
  }

  @Test
  void mergeOrderMatters() {
    Params reversed = Fixtures.load("overlay.yaml", "base.yaml");
    assertEquals("base", reversed.getString("analysis.name"));
    assertEquals(List.of("a", "b", "c"), reversed.getStringList("analysis.flags"));
    assertEquals(1.5, reversed.getDouble("analysis.optional"));
    assertTrue(reversed.getBoolean("analysis.weights.btag"));
  }

  @Test
  void userFilesOverlayTheDefaults() {
    Params params =
        ParamsLoader.withDefaults()
            .text("user.yaml", "lumi:\n  picobarns:\n    '2018':\n      tot: 1000.0\n")
            .load();
    assertEquals(1000.0, params.getDouble("lumi.picobarns.2018.tot"));
    assertEquals(31839.492009, params.getDouble("lumi.picobarns.2018.D"));
    // Interpolations resolve after merging, so derived values follow the override.
    assertEquals(1.0, params.getDouble("plotting_style.plot_upper_label.by_year.2018"));
  }

  @Test
  void noSourcesGiveAnEmptyTree() {
    Params empty = ParamsLoader.empty().load();
    assertTrue(empty.root().entries().isEmpty());
    assertFalse(empty.has("anything"));
  }
}
