package org.cortado.runtime.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cortado.params.Choices;
import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.runtime.dataset.Dataset;
import org.cortado.runtime.kernel.ColumnChunk;
import org.cortado.runtime.kernel.KernelException;
import org.cortado.runtime.kernel.KernelOutputs;

/**
 * Small, stable helpers called by generated kernels. Not for use in
 * hand-written code; signatures change only together with the processor.
 */
public final class Kernels {
  private Kernels() {}

  /** Whether the chunk is simulation; fails if the outputs were created for the other kind. */
  public static boolean isMC(ColumnChunk chunk, KernelOutputs out) {
    if (chunk.isMC() != out.isMC()) {
      throw new IllegalArgumentException("chunk isMC=" + chunk.isMC()
          + " but outputs were created with isMC=" + out.isMC());
    }
    return chunk.isMC();
  }

  /**
   * The shipped default parameters overlaid with the classpath resources {@code files} (the
   * analysis's {@code @Analysis(params)}), read with the class loader of {@code kernel}.
   */
  public static Params loadParams(Class<?> kernel, String... files) {
    return paramsLoader(kernel, files).load();
  }

  /** The loader {@link #loadParams} reads, for callers that overlay further files (a run's own). */
  public static ParamsLoader paramsLoader(Class<?> kernel, String... files) {
    ParamsLoader loader = ParamsLoader.withDefaults();
    for (String f : files) {
      loader = loader.resource(kernel.getClassLoader(), f);
    }
    return loader;
  }

  /** {@code branches} without those in {@code dropped}, in order. */
  public static String[] without(String[] branches, String[] dropped) {
    List<String> drop = List.of(dropped);
    return Arrays.stream(branches).filter(b -> !drop.contains(b)).toArray(String[]::new);
  }

  /** Largest number of objects of one event among the first {@code n} events. */
  public static int maxMultiplicity(int[] offsets, int n) {
    int max = 0;
    for (int e = 0; e < n; e++) {
      max = Math.max(max, offsets[e + 1] - offsets[e]);
    }
    return max;
  }

  /** Total number of objects of the first {@code n} events. */
  public static int total(int[] offsets, int n) {
    return offsets[n] - offsets[0];
  }

  /** Adds weights {@code w[0..count)} and their squares to a category's yields from {@code from}. */
  public static void addYields(double[] sumw, double[] sumw2, int from, int count, double[] w) {
    for (int v = 0; v < count; v++) {
      double wv = w[v];
      sumw[from + v] += wv;
      sumw2[from + v] += wv * wv;
    }
  }

  /**
   * The index of {@code year} among the analysis's {@code periods}; 0 for an analysis that names
   * no period (its one period is {@code ""}).
   *
   * @throws IllegalArgumentException naming the analysis and its periods if {@code year} is not one
   */
  public static int period(String[] periods, String year, String analysis) {
    if (periods.length == 1 && periods[0].isEmpty()) {
      return 0;
    }
    for (int k = 0; k < periods.length; k++) {
      if (periods[k].equals(year)) {
        return k;
      }
    }
    throw new IllegalArgumentException("analysis '" + analysis + "' chooses branches or parameters"
        + " per data-taking period and runs on " + String.join(", ", periods) + ", but the chunk's"
        + " period is '" + year + "'; set the dataset's year, or add the period to"
        + " @Analysis(years) and recompile");
  }

  /**
   * Checks that {@code template} still names {@code expected} with the run's {@code params} in
   * {@code period}: the kernel was compiled to read exactly those branches.
   *
   * @throws IllegalArgumentException naming the template, what the run's parameters choose and
   *     what the kernel reads
   */
  public static void requireChoice(Params params, String template, String period,
      String... expected) {
    List<String> now = Choices.expand(template, params, period).values();
    if (!now.equals(List.of(expected))) {
      throw new IllegalArgumentException("'" + template + "' names " + now
          + (period.isEmpty() ? "" : " for " + period) + " with this run's parameters, but the"
          + " kernel was compiled to read " + List.of(expected) + "; a run cannot change which"
          + " branches are read: change the parameter in the analysis's own parameter files and"
          + " recompile");
    }
  }

  /**
   * Checks that calibrator {@code calibrator} still offers, with the run's parameters, the shape
   * variations the kernel was compiled to fill in {@code period}.
   *
   * @throws IllegalArgumentException naming the calibrator, the period and what is missing
   */
  public static void requireVariations(String calibrator, String period, List<String> offered,
      String... expected) {
    List<String> missing = new ArrayList<>();
    for (String v : expected) {
      if (!offered.contains(v)) {
        missing.add(v);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(calibrator + " offers " + offered + " for " + period
          + " with this run's parameters, but the kernel was compiled to fill the shape"
          + " variations " + missing + " too; a run cannot change the variations: change them in"
          + " the analysis's own parameter files and recompile");
    }
  }

  /** The parameter path {@code template} names in {@code period} with the run's parameters. */
  public static String choose(Params params, String template, String period) {
    return Choices.expand(template, params, period).values().get(0);
  }

  /**
   * Where a new object with sort value {@code v} goes among the first {@code n} values of
   * {@code keys}, which are in descending order: after every value {@code >= v} (as
   * {@link Float#compare}, so equal values keep their arrival order and NaN sorts first).
   */
  public static int sortedPosition(float[] keys, int n, float v) {
    int at = 0;
    while (at < n && Float.compare(keys[at], v) >= 0) {
      at++;
    }
    return at;
  }

  /** As {@link #sortedPosition(float[], int, float)}. */
  public static int sortedPosition(double[] keys, int n, double v) {
    int at = 0;
    while (at < n && Double.compare(keys[at], v) >= 0) {
      at++;
    }
    return at;
  }

  /** As {@link #sortedPosition(float[], int, float)}. */
  public static int sortedPosition(long[] keys, int n, long v) {
    int at = 0;
    while (at < n && keys[at] >= v) {
      at++;
    }
    return at;
  }

  /** As {@link #sortedPosition(float[], int, float)}. */
  public static int sortedPosition(int[] keys, int n, int v) {
    int at = 0;
    while (at < n && keys[at] >= v) {
      at++;
    }
    return at;
  }

  /** As {@link #sortedPosition(float[], int, float)}. */
  public static int sortedPosition(short[] keys, int n, short v) {
    int at = 0;
    while (at < n && keys[at] >= v) {
      at++;
    }
    return at;
  }

  /** As {@link #sortedPosition(float[], int, float)}. */
  public static int sortedPosition(byte[] keys, int n, byte v) {
    int at = 0;
    while (at < n && keys[at] >= v) {
      at++;
    }
    return at;
  }

  /**
   * The exception a kernel throws when its loop fails at {@code event}: it names the analysis, the
   * event, and the analysis method that failed with the annotation it was called for (from
   * {@code userMethods}, pairs of method name and description), and keeps the failure as its cause.
   */
  public static KernelException failed(RuntimeException failure, String analysis, int event,
      String[] userMethods) {
    if (failure instanceof KernelException k) {
      return k;
    }
    String where = "the generated kernel";
    StackTraceElement[] trace = failure.getStackTrace();
    for (int f = 1; f < trace.length; f++) {
      String cls = trace[f].getClassName();
      if (cls.contains("_Kernel$EventLoop") || cls.contains("_Kernel$SkimLoop")) {
        StackTraceElement called = trace[f - 1];
        where = describe(called, userMethods);
        break;
      }
    }
    return new KernelException("analysis '" + analysis + "' failed at event " + event
        + " of the chunk, in " + where + ": " + failure, failure);
  }

  private static String describe(StackTraceElement called, String[] userMethods) {
    String cls = called.getClassName();
    String simple = cls.substring(cls.lastIndexOf('.') + 1);
    if (simple.contains("_Kernel$")) {
      return "the generated kernel (" + simple + "." + called.getMethodName() + ")";
    }
    for (int k = 0; k + 1 < userMethods.length; k += 2) {
      if (userMethods[k].equals(called.getMethodName())) {
        return simple + "." + called.getMethodName() + ", called for " + userMethods[k + 1];
      }
    }
    return simple + "." + called.getMethodName();
  }

  /** Refuses a buffer of skim results that cannot hold every entry of {@code chunk}. */
  public static void checkSkimBuffer(ColumnChunk chunk, int[] passing) {
    if (passing.length < chunk.size()) {
      throw new IllegalArgumentException("the skim of a chunk of " + chunk.size()
          + " entries needs a buffer of as many, not " + passing.length);
    }
  }

  /**
   * Whether {@code sample}, or the sample it is a subsample of, is listed; an empty list means
   * every sample.
   */
  public static boolean sampleIn(String sample, String... samples) {
    if (samples.length == 0) {
      return true;
    }
    for (String s : samples) {
      // A sample's subsamples ("DYJetsToLL__bb") are that sample too, as in PocketCoffea.
      if (s.equals(sample) || sample.startsWith(s + Dataset.SUBSAMPLE_SEPARATOR)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of {@code sample} among the kernel's subsamples ({@code <sample>__<name>}), or -1
   * when the chunk's sample is not split.
   */
  public static int subsample(String[] subsamples, String sample) {
    for (int i = 0; i < subsamples.length; i++) {
      if (subsamples[i].equals(sample)) {
        return i;
      }
    }
    return -1;
  }
}
