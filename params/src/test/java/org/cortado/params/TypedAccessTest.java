package org.cortado.params;

import static org.cortado.params.Fixtures.at;
import static org.cortado.params.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedAccessTest {

  private final Params params = Fixtures.load("typed.yaml");

  @Test
  void scalarsHaveYamlTypes() {
    assertEquals("hello", params.getString("values.text"));
    assertEquals(42, params.getInt("values.number"));
    assertEquals(5_000_000_000L, params.getLong("values.big"));
    assertEquals(2.5, params.getDouble("values.real"));
    assertTrue(params.getBoolean("values.flag"));
    assertTrue(params.getBoolean("values.yes_flag"));
    assertEquals("15", params.getString("values.quoted_number"));
  }

  @Test
  void integersWidenToDouble() {
    assertEquals(42.0, params.getDouble("values.number"));
  }

  @Test
  void timestampsStayStrings() {
    assertEquals("2021-09-10", params.getString("values.date"));
  }

  @Test
  void listsAndMapsAsPlainValues() {
    assertEquals(List.of(1L, "two", 3.0), params.getList("values.list"));
    assertEquals(Map.of("a", 1L, "b", List.of("x", "y")), params.getMap("values.map"));
    assertEquals("y", params.getString("values.map.b.1"));
  }

  @Test
  void wrongTypeNamesPathExpectedFoundAndLine() {
    ParamsException e = fails(ParamsProblem.WRONG_TYPE, () -> params.getDouble("values.text"));
    assertEquals("values.text", e.path().orElseThrow());
    assertEquals(at("typed.yaml", 2), e.source().orElseThrow());
    String message = e.getMessage();
    assertTrue(message.contains("expected float, found string \"hello\""), message);
    assertTrue(message.contains("typed.yaml:2"), message);
    assertTrue(message.startsWith("[params:Params.WrongType] 'values.text' at "), message);
  }

  @Test
  void everyGetterChecksItsType() {
    fails(ParamsProblem.WRONG_TYPE, () -> params.getString("values.number"));
    fails(ParamsProblem.WRONG_TYPE, () -> params.getInt("values.real"));
    fails(ParamsProblem.WRONG_TYPE, () -> params.getBoolean("values.text"));
    fails(ParamsProblem.WRONG_TYPE, () -> params.getList("values.map"));
    fails(ParamsProblem.WRONG_TYPE, () -> params.getMap("values.list"));
    fails(ParamsProblem.WRONG_TYPE, () -> params.getString("values.nothing"));
    fails(ParamsProblem.WRONG_TYPE, () -> params.getPath("values.number"));
  }

  @Test
  void intOutOfRange() {
    ParamsException e = fails(ParamsProblem.WRONG_TYPE, () -> params.getInt("values.big"));
    assertTrue(e.getMessage().contains("32-bit"), e.getMessage());
  }

  @Test
  void stringListNamesTheBadItem() {
    assertEquals(List.of("tight", "loose"), Fixtures.load("interpolation.yaml")
        .getStringList("jets.default.ids"));
    ParamsException e =
        fails(ParamsProblem.WRONG_TYPE, () -> params.getStringList("values.names"));
    assertEquals("values.names.2", e.path().orElseThrow());
  }

  @Test
  void missingKeyListsWhatIsThere() {
    ParamsException e = fails(ParamsProblem.MISSING_KEY, () -> params.getString("values.txt"));
    assertEquals("values.txt", e.path().orElseThrow());
    assertTrue(e.getMessage().contains("[text, number, big"), e.getMessage());
  }

  @Test
  void steppingIntoAScalarIsNotAMap() {
    ParamsException e = fails(ParamsProblem.NOT_A_MAP, () -> params.getString("values.text.x"));
    assertEquals(at("typed.yaml", 2), e.source().orElseThrow());
    fails(ParamsProblem.NOT_A_MAP, () -> params.at("values.list"));
  }

  @Test
  void mandatoryValueFailsOnlyWhenRead() {
    assertTrue(params.lookup("values.required").isPresent());
    assertEquals(ParamType.MISSING, params.lookup("values.required").orElseThrow().type());
    assertFalse(params.has("values.required"));
    ParamsException e =
        fails(ParamsProblem.MANDATORY_MISSING, () -> params.getString("values.required"));
    assertEquals(at("typed.yaml", 14), e.source().orElseThrow());
  }

  @Test
  void lookupForCompileTimeChecks() {
    ParamNode node = params.lookup("values.real").orElseThrow();
    assertEquals(ParamType.FLOAT, node.type());
    assertEquals(2.5, node.value());
    assertEquals(Fixtures.path("typed.yaml").toString(), node.source().file());
    assertEquals(5, node.source().line());
    assertTrue(params.lookup("values.absent").isEmpty());
    assertTrue(params.lookup("values.text.deeper").isEmpty());
    assertTrue(params.has("values.nothing"));
    assertEquals(node, params.require("values.real", ParamType.FLOAT));
    assertTrue(ParamType.FLOAT.accepts(ParamType.INT));
    assertFalse(ParamType.INT.accepts(ParamType.FLOAT));
  }

  @Test
  void viewsReportAbsolutePaths() {
    Params values = params.at("values");
    assertEquals("hello", values.getString("text"));
    ParamsException e = fails(ParamsProblem.WRONG_TYPE, () -> values.getInt("text"));
    assertEquals("values.text", e.path().orElseThrow());
  }

  @Test
  void malformedPathIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> params.lookup("values..text"));
  }
}
