package org.cortado.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlDumpTest {

  /** The tree as nested maps and lists with [type, value] leaves, so types are compared too. */
  private static Object typed(ParamNode node) {
    if (node instanceof ParamNode.MapNode) {
      Map<String, Object> map = new LinkedHashMap<>();
      ((ParamNode.MapNode) node).entries().forEach((key, child) -> map.put(key, typed(child)));
      return map;
    }
    if (node instanceof ParamNode.ListNode) {
      List<Object> list = new ArrayList<>();
      ((ParamNode.ListNode) node).items().forEach(item -> list.add(typed(item)));
      return list;
    }
    return Arrays.asList(node.type(), node.value());
  }

  private static void assertRoundTrip(Params original) {
    Params reloaded = ParamsLoader.empty().text("dump.yaml", original.toYaml()).load();
    assertEquals(typed(original.root()), typed(reloaded.root()));
  }

  @Test
  void defaultsRoundTrip() {
    assertRoundTrip(ParamsLoader.withDefaults().load());
  }

  @Test
  void fixturesWithEveryScalarKindRoundTrip() {
    assertRoundTrip(Fixtures.load("typed.yaml"));
    assertRoundTrip(Fixtures.load("interpolation.yaml"));
    assertRoundTrip(Fixtures.load("base.yaml", "overlay.yaml"));
  }

  @Test
  void dumpIsResolvedAndNamesItsSources() {
    Params params = Fixtures.load("interpolation.yaml");
    String yaml = params.toYaml();
    assertTrue(yaml.startsWith("# Parameters merged and resolved by Cortado from:\n"), yaml);
    assertTrue(yaml.contains(Fixtures.path("interpolation.yaml").toString()), yaml);
    assertTrue(yaml.contains("label: L = 59832.47534 pb^-1"), yaml);
    assertTrue(yaml.contains("\\${not.a.reference}"), yaml);
  }

  @Test
  void fileReferencesAreDumpedAsTheirInterpolation() {
    String yaml = ParamsLoader.withDefaults().load().at("pileupJSONfiles").toYaml();
    assertTrue(
        yaml.contains("${cvmfs:Run2-2018-UL-NanoAODv9,LUM,puWeights.json.gz,2021-09-10}"), yaml);
  }

  @Test
  void writeYamlNextToTheOutput(@TempDir Path output) {
    Params params =
        ParamsLoader.withDefaults().file(Fixtures.path("zmumu/object_preselection.yaml")).load();
    Path dump = output.resolve("parameters_dump.yaml");
    params.writeYaml(dump);
    Params reloaded = ParamsLoader.empty().file(dump).load();
    assertEquals(typed(params.root()), typed(reloaded.root()));
    assertEquals(15.0, reloaded.getDouble("object_preselection.Muon.pt"));
  }
}
