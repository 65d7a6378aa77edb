package org.cortado.params;

import static org.cortado.params.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names chosen by parameters, on the shipped defaults and a small overlay. */
class ChoicesTest {
  private static final Params PARAMS = ParamsLoader.withDefaults().text("analysis.yaml", ""
      + "object_preselection:\n"
      + "  Muon: {id: tightId, count: 2, pt: 15.5}\n"
      + "  Jet: {btag: {wp: M}}\n"
      + "empty: []\n"
      + "nested: [[a]]\n"
      + "mandatory: '???'\n").load();

  @Test
  void aBranchChosenByAParameter() {
    Choices.Expansion e = Choices.expand("Muon_${object_preselection.Muon.id}", PARAMS, "2018");
    assertEquals(List.of("Muon_tightId"), e.values());
    assertFalse(e.list());
    assertEquals(List.of("object_preselection.Muon.id"), e.paths());
  }

  @Test
  void aListNamesOneBranchPerItemInListOrder() {
    Choices.Expansion e = Choices.expand("Flag_${event_flags.${year}}", PARAMS, "2018");
    assertTrue(e.list());
    assertEquals(List.of("Flag_goodVertices", "Flag_globalSuperTightHalo2016Filter",
        "Flag_HBHENoiseFilter", "Flag_HBHENoiseIsoFilter", "Flag_EcalDeadCellTriggerPrimitiveFilter",
        "Flag_BadPFMuonFilter"), e.values());
    assertEquals(List.of("event_flags.2018"), e.paths());
    assertEquals(8, Choices.expand("Flag_${event_flags.${year}}", PARAMS, "2022_preEE").values()
        .size());
  }

  @Test
  void nestedChoicesInAParameterPath() {
    String wp = "btagging.working_point.${year}.btagging_WP.${object_preselection.Jet.btag.wp}";
    assertEquals(List.of("btagging.working_point.2018.btagging_WP.M"),
        Choices.expand(wp, PARAMS, "2018").values());
    assertEquals(0.2783, PARAMS.getDouble(Choices.expand(wp, PARAMS, "2018").values().get(0)));
  }

  @Test
  void integersAreWrittenAsDigits() {
    assertEquals(List.of("n2"), Choices.expand("n${object_preselection.Muon.count}", PARAMS, "")
        .values());
  }

  @Test
  void literalTextIsItself() {
    assertEquals(List.of("Muon_pt"), Choices.expand("Muon_pt", PARAMS, "").values());
    assertFalse(Choices.isTemplate("Muon_pt"));
  }

  @Test
  void mistakesNameTheTemplateAndTheParameter() {
    ParamsException year = fails(ParamsProblem.INTERPOLATION_MISSING,
        () -> Choices.expand("Flag_${event_flags.${year}}", PARAMS, ""));
    assertTrue(year.getMessage().contains("@Analysis(years)"), year.getMessage());
    ParamsException missing = fails(ParamsProblem.MISSING_KEY,
        () -> Choices.expand("Muon_${object_preselection.Muon.idd}", PARAMS, "2018"));
    assertTrue(missing.getMessage().contains("object_preselection.Muon.idd"), missing.getMessage());
    ParamsException real = fails(ParamsProblem.INTERPOLATION_TYPE,
        () -> Choices.expand("x${object_preselection.Muon.pt}", PARAMS, ""));
    assertTrue(real.getMessage().contains("float 15.5"), real.getMessage());
    fails(ParamsProblem.INTERPOLATION_TYPE, () -> Choices.expand("x${empty}", PARAMS, ""));
    fails(ParamsProblem.INTERPOLATION_TYPE, () -> Choices.expand("x${nested}", PARAMS, ""));
    fails(ParamsProblem.MANDATORY_MISSING, () -> Choices.expand("x${mandatory}", PARAMS, ""));
    fails(ParamsProblem.INTERPOLATION_TYPE,
        () -> Choices.expand("${event_flags.2018}_${event_flags.2017}", PARAMS, ""));
    fails(ParamsProblem.INTERPOLATION_TYPE,
        () -> Choices.expand("a.${event_flags.${event_flags.2018}}", PARAMS, ""));
    fails(ParamsProblem.INTERPOLATION_SYNTAX, () -> Choices.expand("Muon_${id", PARAMS, ""));
    fails(ParamsProblem.INTERPOLATION_SYNTAX, () -> Choices.expand("Muon_}id", PARAMS, ""));
    fails(ParamsProblem.INTERPOLATION_SYNTAX, () -> Choices.expand("Muon_${}", PARAMS, ""));
  }
}
