package org.cortado.runtime.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cortado.params.Params;
import org.cortado.params.ParamsException;
import org.cortado.params.ParamsLoader;
import org.junit.jupiter.api.Test;

/**
 * Mutants of YAML parameter files: each shipped default file (loaded with the other defaults)
 * and the committed overlays (loaded over the defaults). A mutant must fail with a
 * {@link ParamsException} that names the file and line, or load into parameters that write out
 * as YAML and load back to the same tree.
 */
class ParamsMutationTest {
  private static final List<String> OVERLAYS = List.of(
      "example-zmumu/src/main/resources/zmumu/params/calibration.yaml",
      "example-zmumu/src/main/resources/zmumu/params/triggers.yaml",
      "example-zmumu/src/main/resources/zmumu/params/object_preselection.yaml",
      "params/src/test/resources/org/cortado/params/interpolation.yaml",
      "params/src/test/resources/org/cortado/params/typed.yaml",
      "params/src/test/resources/org/cortado/params/overlay.yaml",
      "processor/src/test/resources/params/analysis/choices.yaml",
      "bench/zmumu-toy-params.yaml");

  private record Seed(String name, String text, int defaultIndex) {}

  private static List<Seed> seeds() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    for (int i = 0; i < ParamsLoader.DEFAULT_FILES.size(); i++) {
      seeds.add(new Seed(ParamsLoader.DEFAULT_FILES.get(i), defaultText(i), i));
    }
    Path project = Path.of("").toAbsolutePath().getParent();
    for (String overlay : OVERLAYS) {
      seeds.add(new Seed(Path.of(overlay).getFileName().toString(),
          Files.readString(project.resolve(overlay)), -1));
    }
    return seeds;
  }

  private static String defaultText(int i) {
    String name = ParamsLoader.DEFAULTS_DIRECTORY + ParamsLoader.DEFAULT_FILES.get(i);
    try (InputStream in = ParamsLoader.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void mutantsFailCleanlyOrLoadAndRoundTrip() throws IOException {
    List<Seed> seeds = seeds();
    List<String> defaults = new ArrayList<>();
    for (int i = 0; i < ParamsLoader.DEFAULT_FILES.size(); i++) {
      defaults.add(defaultText(i));
    }
    Campaign.run("YAML parameters", 120, 31,
        r -> attempt(seeds.get(r.nextInt(seeds.size())), defaults, r));
  }

  private static Campaign.Outcome attempt(Seed seed, List<String> defaults, Random r)
      throws IOException {
    String mutant = r.nextInt(4) == 0
        ? new String(Mutator.bytes(seed.text().getBytes(StandardCharsets.UTF_8), r),
            StandardCharsets.UTF_8)
        : Mutator.yaml(seed.text(), r);
    String source = "mutant-of-" + seed.name();
    ParamsLoader loader = ParamsLoader.empty();
    for (int i = 0; i < defaults.size(); i++) {
      loader = i == seed.defaultIndex() ? loader.text(source, mutant)
          : loader.text(ParamsLoader.DEFAULT_FILES.get(i), defaults.get(i));
    }
    if (seed.defaultIndex() < 0) {
      loader = loader.text(source, mutant);
    }
    Params params;
    try {
      params = loader.load();
    } catch (ParamsException e) {
      // A mutant may break a reference that another file makes, so the error may name that file.
      Campaign.check(e.source().isPresent(), "the error names no file and line: " + e.getMessage());
      return Campaign.Outcome.CLEAN_ERROR;
    }
    String yaml = params.toYaml();
    Params again = ParamsLoader.empty().text("written", yaml).load();
    Campaign.check(body(again.toYaml()).equals(body(yaml)),
        "it does not write out as YAML that loads back the same");
    return Campaign.Outcome.LOADED;
  }

  /** The YAML without its header comment, which lists the sources. */
  private static String body(String yaml) {
    return yaml.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
  }
}
