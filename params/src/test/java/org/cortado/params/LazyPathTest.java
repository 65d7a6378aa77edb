package org.cortado.params;

import static org.cortado.params.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyPathTest {

  private static final String PILEUP_2018 = "pileupJSONfiles.2018.file";
  private static final String PILEUP_2018_FILE =
      "LUM/Run2-2018-UL-NanoAODv9/2021-09-10/puWeights.json.gz";

  @Test
  void absentRootAtLoadTimeIsFine(@TempDir Path empty) {
    Params params =
        ParamsLoader.withDefaults()
            .pathRoots(PathRoots.fromEnvironment().with(PathRoots.CVMFS, empty.resolve("none")))
            .load();
    assertEquals(ParamType.PATH, params.node(PILEUP_2018).type());
  }

  @Test
  void missingFileNamesTheParameterAndWhereItWasDefined(@TempDir Path root) {
    Params params =
        ParamsLoader.withDefaults()
            .pathRoots(PathRoots.fromEnvironment().with(PathRoots.CVMFS, root))
            .load();
    ParamsException e = fails(ParamsProblem.FILE_MISSING, () -> params.getPath(PILEUP_2018));
    assertEquals(PILEUP_2018, e.path().orElseThrow());
    SourceLocation where = e.source().orElseThrow();
    assertEquals(ParamsLoader.DEFAULTS_DIRECTORY + "pileup.yaml", where.file());
    assertEquals(14, where.line());
    assertTrue(e.getMessage().contains(root.resolve(PILEUP_2018_FILE).toString()), e.getMessage());
  }

  @Test
  void resolvesAgainstAConfiguredRoot(@TempDir Path root) throws IOException {
    Path file = root.resolve(PILEUP_2018_FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{}");
    Params params = ParamsLoader.withDefaults().load();
    assertEquals(
        file, params.withPathRoots(PathRoots.fromEnvironment().with(PathRoots.CVMFS, root))
            .getPath(PILEUP_2018));
  }

  @Test
  void rootIsReadFromTheSystemPropertyWhenThePathIsAskedFor(@TempDir Path root)
      throws IOException {
    Params params = ParamsLoader.withDefaults().load();
    Path file = root.resolve(PILEUP_2018_FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{}");
    String property = PathRoots.systemProperty(PathRoots.CVMFS);
    System.setProperty(property, root.toString());
    try {
      assertEquals(file, params.getPath(PILEUP_2018));
      assertEquals(
          "system property cortado.cvmfs.root",
          PathRoots.fromEnvironment().root(PathRoots.CVMFS).orElseThrow().origin());
    } finally {
      System.clearProperty(property);
    }
  }

  @Test
  void schemeWithoutRootSaysHowToSetOne() {
    assumeTrue(System.getenv(PathRoots.environmentVariable(PathRoots.DATACERT)) == null);
    assumeTrue(System.getProperty(PathRoots.systemProperty(PathRoots.DATACERT)) == null);
    Params params = ParamsLoader.withDefaults().load();
    ParamsException e =
        fails(ParamsProblem.NO_ROOT, () -> params.getPath("lumi.goldenJSON.2018"));
    assertTrue(e.getMessage().contains("cortado.datacert.root"), e.getMessage());
    assertTrue(e.getMessage().contains("CORTADO_DATACERT_ROOT"), e.getMessage());
    assertEquals("lumi.goldenJSON.2018", e.path().orElseThrow());
  }

  @Test
  void goldenJsonFromTheSharedTestData() {
    String shared = System.getProperty("cortado.shared.dir");
    assumeTrue(shared != null, "cortado.shared.dir is not set");
    Path lumimasks = Path.of(shared, "data", "lumimasks");
    assumeTrue(Files.isDirectory(lumimasks), "no shared lumimasks at " + lumimasks);
    Params params =
        ParamsLoader.withDefaults()
            .pathRoots(PathRoots.fromEnvironment().with(PathRoots.DATACERT, lumimasks))
            .load();
    assertEquals(
        lumimasks.resolve("Cert_314472-325175_13TeV_Legacy2018_Collisions18_JSON.txt"),
        params.getPath("lumi.goldenJSON.2018"));
  }

  @Test
  void plainStringsArePathsToo(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("sf.json"), "{}");
    Params params =
        ParamsLoader.empty()
            .text("user.yaml", "sf: " + file + "\ngone: " + directory.resolve("gone.json") + "\n")
            .load();
    assertEquals(file, params.getPath("sf"));
    ParamsException e = fails(ParamsProblem.FILE_MISSING, () -> params.getPath("gone"));
    assertEquals(new SourceLocation("user.yaml", 2), e.source().orElseThrow());
  }
}
