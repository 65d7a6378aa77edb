package org.cortado.params;

import static org.cortado.params.Fixtures.at;
import static org.cortado.params.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlErrorTest {

  private static Params text(String yaml) {
    return ParamsLoader.empty().text("inline.yaml", yaml).load();
  }

  @Test
  void malformedYamlNamesFileAndLine() {
    ParamsException e = fails(ParamsProblem.SYNTAX, () -> Fixtures.load("bad/malformed.yaml"));
    SourceLocation where = e.source().orElseThrow();
    assertEquals(Fixtures.path("bad/malformed.yaml").toString(), where.file());
    assertEquals(4, where.line(), e.getMessage());
    assertTrue(e.getMessage().contains("malformed.yaml:4"), e.getMessage());
  }

  @Test
  void duplicateKeyNamesBothLines() {
    ParamsException e =
        fails(ParamsProblem.DUPLICATE_KEY, () -> Fixtures.load("bad/duplicate.yaml"));
    assertEquals("object_preselection.Muon.pt", e.path().orElseThrow());
    assertEquals(at("bad/duplicate.yaml", 5), e.source().orElseThrow());
    assertTrue(e.getMessage().contains("first defined at line 3"), e.getMessage());
  }

  @Test
  void topLevelMustBeAMap() {
    ParamsException e =
        fails(ParamsProblem.NOT_A_MAP, () -> Fixtures.load("bad/top_level_list.yaml"));
    assertEquals(at("bad/top_level_list.yaml", 1), e.source().orElseThrow());
    fails(ParamsProblem.NOT_A_MAP, () -> text("just a string"));
  }

  @Test
  void emptyFileIsAnEmptyMap() {
    assertTrue(text("# only a comment\n").root().entries().isEmpty());
  }

  @Test
  void unsupportedConstructs() {
    ParamsException tag =
        fails(ParamsProblem.UNSUPPORTED_YAML, () -> Fixtures.load("bad/custom_tag.yaml"));
    assertEquals("a.b", tag.path().orElseThrow());
    assertEquals(at("bad/custom_tag.yaml", 2), tag.source().orElseThrow());
    fails(ParamsProblem.UNSUPPORTED_YAML, () -> text("? [a, b]\n: c\n"));
    fails(ParamsProblem.UNSUPPORTED_YAML, () -> text("a: &x\n  b: *x\n"));
    for (String wrong : new String[] {"!!int abc", "!!float x", "!!bool maybe"}) {
      ParamsException e = fails(ParamsProblem.UNSUPPORTED_YAML, () -> text("a:\n  b: " + wrong));
      assertEquals("a.b", e.path().orElseThrow());
      assertEquals(new SourceLocation("inline.yaml", 2), e.source().orElseThrow());
    }
  }

  @Test
  void escapeWithoutHexDigitsNamesTheLine() {
    for (String escape : new String[] {"\\u", "\\u12", "\\x", "\\U0001"}) {
      ParamsException e = fails(ParamsProblem.SYNTAX, () -> text("a: 1\nb: \"x" + escape + "\"\n"));
      assertEquals(new SourceLocation("inline.yaml", 2), e.source().orElseThrow(), e.getMessage());
    }
  }

  @Test
  void multipleDocumentsAreRejected() {
    fails(ParamsProblem.SYNTAX, () -> text("a: 1\n---\nb: 2\n"));
  }

  @Test
  void unreadableFile() {
    ParamsException e =
        fails(
            ParamsProblem.UNREADABLE,
            () -> ParamsLoader.empty().file(Path.of("does/not/exist.yaml")).load());
    assertTrue(e.getMessage().contains("does/not/exist.yaml"), e.getMessage());
    fails(
        ParamsProblem.UNREADABLE,
        () -> ParamsLoader.empty().resource(getClass().getClassLoader(), "no/such.yaml").load());
  }

  @Test
  void fileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xe9, '\n'});
    ParamsException e =
        fails(ParamsProblem.UNREADABLE, () -> ParamsLoader.empty().file(file).load());
    assertEquals(new SourceLocation(file.toString(), 1), e.source().orElseThrow());
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  @Test
  void anchorsAliasesAndMergeKeys() {
    Params params =
        text("base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\nalias: *b\n");
    assertEquals(1, params.getInt("derived.x"));
    assertEquals(3, params.getInt("derived.y"));
    assertEquals(2, params.getInt("alias.y"));
  }
}
