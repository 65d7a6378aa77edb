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
import org.cortado.runtime.corrections.BoundCorrection;
import org.cortado.runtime.corrections.CorrectionEvaluationException;
import org.cortado.runtime.corrections.CorrectionFormatException;
import org.cortado.runtime.corrections.CorrectionFunction;
import org.cortado.runtime.corrections.CorrectionSet;
import org.cortado.runtime.corrections.Variable;
import org.cortado.runtime.corrections.Variations;
import org.cortado.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Mutants of correctionlib files, plain and gzipped: the committed toy and conformance files and
 * the smaller real POG files of the shared data. A mutant must either fail to load with a
 * {@link CorrectionFormatException} naming the file and the JSON place, or load, and then every
 * correction evaluated at a few points gives a number or a {@link CorrectionEvaluationException}.
 */
class CorrectionMutationTest {
  /**
   * Shared files up to this size on disk are mutated, since the big JME, BTV and TAU files take
   * seconds per mutant; {@code -Dcortado.fuzz.allFiles=true} takes them too.
   */
  private static final long SHARED_SIZE_LIMIT =
      Boolean.getBoolean("cortado.fuzz.allFiles") ? Long.MAX_VALUE : 200_000;
  private static final double[] REALS = {0.5, -1.3, 25.0, 47.5, 150.0, 2.1, 1e9, -1e9, 0.0,
      Double.NaN, Double.POSITIVE_INFINITY};
  private static final long[] INTS = {0, 1, 2, 4, 5, 15, 21, -1, 1_000_000_007L};

  /** One seed file with its tree and the strings worth passing to its string inputs. */
  private record Seed(String name, byte[] stored, JsonNode tree, List<String> strings) {}

  private static List<Seed> seeds() throws IOException {
    Path project = Path.of("").toAbsolutePath().getParent();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(project.resolve(
        "example-zmumu/src/main/resources/zmumu/corrections"))) {
      s.sorted().forEach(files::add);
    }
    files.add(project.resolve("runtime/src/test/resources/corrections/core.json"));
    files.add(project.resolve("runtime/src/test/resources/corrections/tformula.json"));
    Path shared = SharedData.dir().resolve("data/corrections");
    if (Files.isDirectory(shared)) {
      try (Stream<Path> s = Files.list(shared)) {
        s.filter(f -> f.toFile().length() <= SHARED_SIZE_LIMIT).sorted().forEach(files::add);
      }
    }
    List<Seed> seeds = new ArrayList<>();
    for (Path f : files) {
      byte[] stored = Campaign.read(f);
      byte[] json = Campaign.isGzip(stored) ? Campaign.gunzip(stored) : stored;
      JsonNode tree = Mutator.parseJson(new String(json, StandardCharsets.UTF_8));
      List<String> strings = new ArrayList<>(List.of("nominal", "sf", "up", "down", ""));
      tree.findValues("key").stream().filter(JsonNode::isTextual).map(JsonNode::textValue)
          .distinct().limit(40).forEach(strings::add);
      seeds.add(new Seed(f.getFileName().toString(), stored, tree, strings));
    }
    return seeds;
  }

  @Test
  void mutantsFailCleanlyOrEvaluate() throws IOException {
    List<Seed> seeds = seeds();
    System.out.println("correctionlib seeds: " + seeds.stream().map(Seed::name).toList());
    Campaign.run("correctionlib JSON", 1200, 17, r -> attempt(seeds.get(r.nextInt(seeds.size())), r));
  }

  private static Campaign.Outcome attempt(Seed seed, Random r) throws Exception {
    boolean gzip = Campaign.isGzip(seed.stored());
    byte[] mutant;
    int kind = r.nextInt(10);
    if (kind < 3) {
      mutant = Mutator.bytes(seed.stored(), r);
    } else if (kind < 5) {
      byte[] json = Mutator.bytes(gzip ? Campaign.gunzip(seed.stored()) : seed.stored(), r);
      mutant = gzip ? Campaign.gzip(json) : json;
    } else {
      byte[] json = Mutator.json(seed.tree(), r).getBytes(StandardCharsets.UTF_8);
      mutant = gzip ? Campaign.gzip(json) : json;
    }
    String source = "mutant-of-" + seed.name();
    CorrectionSet set = Campaign.loadOrNull(
        () -> CorrectionSet.read(new ByteArrayInputStream(mutant), source),
        CorrectionFormatException.class, source, " at $", " at line ", "gzip");
    if (set == null) {
      return Campaign.Outcome.CLEAN_ERROR;
    }
    List<CorrectionFunction> functions = new ArrayList<>(set.corrections().values());
    functions.addAll(set.compounds().values());
    for (CorrectionFunction f : functions.subList(0, Math.min(functions.size(), 40))) {
      for (int k = 0; k < 6; k++) {
        evaluate(f, seed.strings(), r);
      }
    }
    return Campaign.Outcome.LOADED;
  }

  private static void evaluate(CorrectionFunction f, List<String> strings, Random r) {
    Object[] args = new Object[f.inputs().size()];
    List<String> fixed = new ArrayList<>();
    List<Double> numbers = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      Variable.Type type = f.inputs().get(i).type();
      if (type == Variable.Type.STRING) {
        String s = strings.get(r.nextInt(strings.size()));
        args[i] = s;
        fixed.add(s);
      } else if (type == Variable.Type.INT) {
        long v = INTS[r.nextInt(INTS.length)];
        args[i] = v;
        numbers.add((double) v);
      } else {
        double v = REALS[r.nextInt(REALS.length)];
        args[i] = v;
        numbers.add(v);
      }
    }
    try {
      f.evaluate(args);
    } catch (CorrectionEvaluationException e) {
      Campaign.requireLocated(e, f.name());
    }
    double[] values = numbers.stream().mapToDouble(Double::doubleValue).toArray();
    try {
      f.bind(fixed.toArray(String[]::new)).evaluate(values);
    } catch (CorrectionEvaluationException e) {
      Campaign.requireLocated(e, f.name());
    }
    if (fixed.size() == 1 && (values.length == 1 || values.length == 2)) {
      variationsAgree(f, List.of(fixed.get(0), strings.get(r.nextInt(strings.size()))), values);
    }
  }

  /** {@link Variations}, with its shared-bin and grid shortcuts, gives what each binding gives. */
  private static void variationsAgree(CorrectionFunction f, List<String> systematics,
      double[] args) {
    double[] expected = new double[systematics.size()];
    boolean fails = false;
    for (int k = 0; k < expected.length; k++) {
      try {
        expected[k] = f.bind(systematics.get(k)).evaluate(args);
      } catch (CorrectionEvaluationException e) {
        fails = true;
      }
    }
    Variations v = Variations.of(systematics.stream().map(s -> f.bind(s))
        .toArray(BoundCorrection[]::new));
    double[] got;
    try {
      got = args.length == 1 ? v.at(args[0]) : v.at(args[0], args[1]);
    } catch (CorrectionEvaluationException e) {
      Campaign.check(fails, "Variations fails where every binding evaluates: " + e.getMessage());
      return;
    }
    Campaign.check(!fails, "Variations evaluates where a binding fails");
    for (int k = 0; k < expected.length; k++) {
      Campaign.check(Double.compare(got[k], expected[k]) == 0, "Variations gives " + got[k]
          + " where binding " + systematics.get(k) + " gives " + expected[k]);
    }
  }
}
