package org.cortado.runtime.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cortado.runtime.lumi.LumiMask;
import org.cortado.runtime.lumi.LumiMaskFormatException;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Mutants of golden JSON files: a small inline one and the shared certification files. A mutant
 * must fail with a {@link LumiMaskFormatException} naming the file and the run or line, or load
 * into a mask whose answers agree with its counts.
 */
class LumiMaskMutationTest {
  private static final String INLINE = "{\"273158\": [[1, 1283]], \"273302\": [[1, 459]], "
      + "\"273402\": [[100, 292]], \"273425\": [[62, 352], [354, 742]], \"284044\": [[1, 30]], "
      + "\"391668\": [[151, 151]]}";

  private record Seed(String name, byte[] stored, JsonNode tree) {}

  private static List<Seed> seeds() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    seeds.add(seed("golden.json", INLINE.getBytes(StandardCharsets.UTF_8)));
    Path shared = SharedData.dir().resolve("data/lumimasks");
    if (Files.isDirectory(shared)) {
      try (Stream<Path> s = Files.list(shared)) {
        for (Path f : s.sorted().toList()) {
          seeds.add(seed(f.getFileName().toString(), Campaign.read(f)));
        }
      }
    }
    return seeds;
  }

  private static Seed seed(String name, byte[] stored) {
    return new Seed(name, stored, Mutator.parseJson(new String(stored, StandardCharsets.UTF_8)));
  }

  @Test
  void mutantsFailCleanlyOrGiveConsistentMasks() throws IOException {
    List<Seed> seeds = seeds();
    Campaign.run("golden JSON", 1000, 23, r -> attempt(seeds.get(r.nextInt(seeds.size())), r));
  }

  private static Campaign.Outcome attempt(Seed seed, Random r) throws Exception {
    byte[] mutant = Mutator.jsonMutant(seed.stored(), seed.tree(), r);
    String source = "mutant-of-" + seed.name();
    LumiMask mask = Campaign.loadOrNull(() -> LumiMask.read(new ByteArrayInputStream(mutant), source),
        LumiMaskFormatException.class, source, "line", "run", "key");
    if (mask == null) {
      return Campaign.Outcome.CLEAN_ERROR;
    }
    Campaign.check(mask.runCount() > 0, "it certifies no run");
    Campaign.check(mask.lumiSectionCount() >= mask.rangeCount(), "a range is empty");
    int[] runs = {273158, 273425, 284044, 315257, 355374, 391668, 0, -1, Integer.MAX_VALUE};
    int[] lumis = {0, 1, 151, 353, 1283, 1284, -5, Integer.MAX_VALUE};
    int[] run = new int[runs.length * lumis.length];
    int[] lumi = new int[run.length];
    boolean[] out = new boolean[run.length];
    for (int i = 0; i < run.length; i++) {
      run[i] = runs[i / lumis.length];
      lumi[i] = lumis[i % lumis.length];
    }
    mask.mask(run, lumi, out, run.length);
    for (int i = 0; i < run.length; i++) {
      Campaign.check(out[i] == mask.accepts(run[i], lumi[i]), "mask and accepts disagree");
      Campaign.check(!out[i] || lumi[i] >= 0, "it accepts a negative lumi section");
    }
    return Campaign.Outcome.LOADED;
  }
}
