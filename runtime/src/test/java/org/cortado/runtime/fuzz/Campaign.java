package org.cortado.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Runs seeded mutants of one kind of input and tallies the outcomes. Every mutant must end in a
 * clean error (the loader's own exception, naming the file and the place) or in a load whose use
 * gives sane results; anything else (another exception, an error such as a stack overflow or an
 * out-of-memory, a hang) fails the test with the seed that reproduces it. CI runs a few hundred
 * mutants per kind; {@code -Dcortado.fuzz.mutants=N} runs a long campaign of N per kind.
 */
final class Campaign {
  static final String PROPERTY = "cortado.fuzz.mutants";
  private static final long TIME_LIMIT_SECONDS = 60;
  private static final int FAILURES_SHOWN = 8;

  enum Outcome { CLEAN_ERROR, LOADED }

  /** Builds one mutant from {@code random}, loads and uses it. */
  @FunctionalInterface
  interface Attempt {
    Outcome run(Random random) throws Exception;
  }

  private Campaign() {}

  /** Runs {@code ciMutants} mutants (or the long-campaign count) with seeds from {@code seed}. */
  static void run(String kind, int ciMutants, long seed, Attempt attempt) {
    int n = Integer.getInteger(PROPERTY, ciMutants);
    ExecutorService worker = newWorker();
    int[] counts = new int[Outcome.values().length];
    List<String> failures = new ArrayList<>();
    Map<String, Integer> failureKinds = new TreeMap<>();
    long slowest = 0;
    try {
      for (int i = 0; i < n; i++) {
        long mutantSeed = seed * 1_000_003L + i;
        long start = System.nanoTime();
        Future<Outcome> result = worker.submit(() -> attempt.run(new Random(mix(mutantSeed))));
        try {
          counts[result.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS).ordinal()]++;
        } catch (TimeoutException e) {
          failures.add("seed " + mutantSeed + ": no answer within " + TIME_LIMIT_SECONDS + " s");
          failureKinds.merge("hang", 1, Integer::sum);
          worker.shutdownNow();
          worker = newWorker();
        } catch (ExecutionException e) {
          failures.add("seed " + mutantSeed + ": " + trace(e.getCause()));
          failureKinds.merge(kindOf(e.getCause()), 1, Integer::sum);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        slowest = Math.max(slowest, System.nanoTime() - start);
      }
    } finally {
      worker.shutdownNow();
    }
    System.out.printf("mutation campaign %s: %d mutants, %d clean errors, %d loaded and used, "
        + "%d other outcomes %s; slowest mutant %d ms%n", kind, n,
        counts[Outcome.CLEAN_ERROR.ordinal()], counts[Outcome.LOADED.ordinal()], failures.size(),
        failureKinds, TimeUnit.NANOSECONDS.toMillis(slowest));
    assertTrue(failures.isEmpty(), failures.size() + " of " + n + " " + kind + " mutants ended "
        + "neither in a clean error nor in a sane load, e.g.\n"
        + String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))));
  }

  /** Loads something; may throw anything, since the campaign classifies what it throws. */
  @FunctionalInterface
  interface Loader<T> {
    T load() throws Exception;
  }

  /**
   * What {@code loader} loads, or null after a clean error: an {@code error} whose message names
   * {@code source} and one of {@code places}.
   */
  static <T> T loadOrNull(Loader<T> loader, Class<? extends RuntimeException> error,
      String source, String... places) throws Exception {
    try {
      return loader.load();
    } catch (RuntimeException e) {
      if (!error.isInstance(e)) {
        throw e;
      }
      requireLocated(e, source, places);
      return null;
    }
  }

  /** Fails unless the message names the source and, through one of {@code places}, where. */
  static void requireLocated(RuntimeException e, String source, String... places) {
    String message = String.valueOf(e.getMessage());
    if (!message.contains(source)) {
      throw new AssertionError("the message does not name " + source + ": " + message, e);
    }
    for (String place : places) {
      if (message.contains(place)) {
        return;
      }
    }
    if (places.length > 0) {
      throw new AssertionError("the message names no place (" + String.join(", ", places)
          + "): " + message, e);
    }
  }

  static void check(boolean sane, String what) {
    if (!sane) {
      throw new AssertionError("loaded, but " + what);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isGzip(byte[] data) {
    return data.length > 1 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
  }

  static byte[] gunzip(byte[] data) {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * SplitMix64's finaliser: the first outputs of {@link Random}s seeded with consecutive numbers
   * are strongly correlated, which would pick the same few seed files and mutations over and over.
   */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The exception's class, or for a failed check the sentence before its first colon. */
  private static String kindOf(Throwable t) {
    if (t instanceof AssertionError && t.getMessage() != null) {
      int colon = t.getMessage().indexOf(':');
      return colon < 0 ? t.getMessage() : t.getMessage().substring(0, colon);
    }
    return t.getClass().getSimpleName();
  }

  private static String trace(Throwable t) {
    StringWriter text = new StringWriter();
    t.printStackTrace(new PrintWriter(text));
    String[] lines = text.toString().split("\n");
    return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 12)));
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "mutant");
      t.setDaemon(true);
      return t;
    });
  }
}
