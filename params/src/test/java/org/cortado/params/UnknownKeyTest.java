package org.cortado.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys a run's overlay writes that name nothing in the analysis's parameters. */
class UnknownKeyTest {
  private static final Params ANALYSIS = ParamsLoader.withDefaults().text("analysis.yaml",
      "plotting_style:\n  labels: {DYJetsToLL: DY}\n").load();

  @Test
  void aMistypedKeyIsFoundWithWhereItIsWrittenAndTheKeyItResembles() {
    List<UnknownKey> unknown = ParamsLoader.empty().text("run.yaml", ""
        + "lumi:\n"
        + "  picobarn:\n"
        + "    '2018': {tot: 30.0}\n"
        + "  goldenJSON: {'2018': golden.json}\n").keysUnknownTo(ANALYSIS);
    assertEquals(1, unknown.size());
    UnknownKey k = unknown.get(0);
    assertEquals("lumi.picobarn", k.path());
    assertEquals(new SourceLocation("run.yaml", 2), k.source());
    assertTrue(k.likelyTypo());
    assertEquals("'lumi.picobarn' at run.yaml:2 names no parameter of the analysis; did you mean"
        + " 'picobarns'?", k.toString());
  }

  @Test
  void aNewKeyFarFromEveryOtherIsAnAdditionNotATypo() {
    List<UnknownKey> unknown = ParamsLoader.empty().text("run.yaml",
        "plotting_style:\n  labels: {TTToSemiLeptonic: tt}\n").keysUnknownTo(ANALYSIS);
    assertEquals(1, unknown.size());
    assertEquals("plotting_style.labels.TTToSemiLeptonic", unknown.get(0).path());
    assertFalse(unknown.get(0).likelyTypo());
  }

  @Test
  void keysThatExistAreNotReported() {
    assertEquals(List.of(), ParamsLoader.empty().text("run.yaml",
        "lumi: {picobarns: {'2018': {tot: 30.0}}}\nevent_flags: {'2018': [goodVertices]}\n")
        .keysUnknownTo(ANALYSIS));
  }
}
