package org.cortado.params;

import static org.cortado.params.Fixtures.at;
import static org.cortado.params.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolationTest {

  private final Params params = Fixtures.load("interpolation.yaml");

  private static Params text(String yaml) {
    return ParamsLoader.empty().text("inline.yaml", yaml).load();
  }

  @Test
  void wholeValueKeepsTypeAndPointsToTheReferencedValue() {
    assertEquals(59832.47534, params.getDouble("lumi.copy"));
    assertEquals(ParamType.FLOAT, params.node("lumi.copy").type());
    assertEquals(params.node("lumi.2018").source(), params.node("lumi.copy").source());
  }

  @Test
  void embeddedInterpolationRendersText() {
    assertEquals("L = 59832.47534 pb^-1", params.getString("lumi.label"));
    assertEquals("30-2.4", params.getString("text.two"));
    assertEquals(at("interpolation.yaml", 3), params.node("lumi.label").source());
  }

  @Test
  void nestedResolverCall() {
    assertEquals(59.83247534, params.getDouble("lumi.femto"), 1e-12);
  }

  @Test
  void wholeSubtreeCopyAndChainsThroughIt() {
    assertEquals(
        Map.of("pt", 30L, "eta", 2.4, "ids", List.of("tight", "loose")),
        params.getMap("jets.selected"));
    assertEquals(30, params.getInt("jets.chained"));
    assertEquals("loose", params.getString("jets.through"));
  }

  @Test
  void relativeReferences() {
    assertEquals(List.of(1L, 2L, 3L), params.getList("siblings.second"));
    assertEquals(List.of(1L, 2L, 3L), params.getList("siblings.nested.up"));
  }

  @Test
  void escapedDollarBraceIsLiteral() {
    assertEquals("price: ${not.a.reference}", params.getString("text.escaped"));
  }

  @Test
  void missingReferenceNamesPathFileAndLine() {
    ParamsException e =
        fails(
            ParamsProblem.INTERPOLATION_MISSING,
            () -> Fixtures.load("bad/missing_reference.yaml"));
    assertEquals("plotting_style.label", e.path().orElseThrow());
    assertEquals(at("bad/missing_reference.yaml", 2), e.source().orElseThrow());
    assertTrue(e.getMessage().contains("lumi.picobarns.2019.tot"), e.getMessage());
  }

  @Test
  void referenceToAMissingYearListsTheYears() {
    ParamsException e =
        fails(
            ParamsProblem.INTERPOLATION_MISSING,
            () ->
                ParamsLoader.withDefaults()
                    .text("user.yaml", "label: \"${lumi.picobarns.2019.tot}\"")
                    .load());
    assertTrue(e.getMessage().contains("there is no key '2019'"), e.getMessage());
    assertTrue(e.getMessage().contains("2016_PreVFP"), e.getMessage());
  }

  @Test
  void cycleIsReportedAsAChain() {
    ParamsException e =
        fails(ParamsProblem.INTERPOLATION_CYCLE, () -> Fixtures.load("bad/cycle.yaml"));
    assertTrue(e.getMessage().contains("a.b -> c.d -> e -> a.b"), e.getMessage());
    assertEquals(at("bad/cycle.yaml", 2), e.source().orElseThrow());
  }

  @Test
  void selfReferenceThroughAnAncestorIsACycle() {
    fails(ParamsProblem.INTERPOLATION_CYCLE, () -> text("a:\n  b: \"${a}\"\n"));
    fails(ParamsProblem.INTERPOLATION_CYCLE, () -> text("a: \"${a}\"\n"));
  }

  @Test
  void unterminatedInterpolationIsASyntaxErrorWithLine() {
    ParamsException e =
        fails(ParamsProblem.INTERPOLATION_SYNTAX, () -> Fixtures.load("bad/unterminated.yaml"));
    assertEquals(at("bad/unterminated.yaml", 3), e.source().orElseThrow());
    assertEquals("a.c", e.path().orElseThrow());
  }

  @Test
  void unknownResolver() {
    ParamsException e =
        fails(ParamsProblem.UNKNOWN_RESOLVER, () -> text("x: \"${default_params_dir:}/a\"\n"));
    assertTrue(e.getMessage().contains("default_params_dir"), e.getMessage());
  }

  @Test
  void mapCannotBeEmbeddedInAString() {
    fails(ParamsProblem.INTERPOLATION_TYPE, () -> text("m: {a: 1}\ns: \"x ${m}\"\n"));
  }

  @Test
  void resolverArgumentCountIsChecked() {
    fails(ParamsProblem.INTERPOLATION_TYPE, () -> text("f: \"${cvmfs:only,two}\"\n"));
    fails(ParamsProblem.INTERPOLATION_TYPE, () -> text("f: \"${pico_to_femto:abc}\"\n"));
    fails(ParamsProblem.INTERPOLATION_TYPE, () -> text("b: true\nf: \"${pico_to_femto:${b}}\"\n"));
  }

  @Test
  void relativeReferenceCannotLeaveTheTree() {
    fails(ParamsProblem.INTERPOLATION_MISSING, () -> text("a: \"${...b}\"\n"));
  }

  @Test
  void referenceToMandatoryValueStaysMandatory() {
    Params lazy = text("a: ???\nb: \"${a}\"\n");
    fails(ParamsProblem.MANDATORY_MISSING, () -> lazy.getString("b"));
    fails(ParamsProblem.INTERPOLATION_MISSING, () -> text("a: ???\nb: \"x${a}\"\n"));
  }

  @Test
  void resolverArgumentsIgnoreSurroundingBlanks() {
    Params cvmfs = text("f: \"${cvmfs: Run2-2018-UL-NanoAODv9 , LUM, puWeights.json.gz}\"\n");
    ParamPath path = (ParamPath) cvmfs.node("f").value();
    assertEquals("LUM/Run2-2018-UL-NanoAODv9/latest/puWeights.json.gz", path.relativePath());
    assertEquals("${cvmfs:Run2-2018-UL-NanoAODv9,LUM,puWeights.json.gz,latest}", path.expression());
  }
}
