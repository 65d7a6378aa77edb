package org.cortado.runtime.internal;

import org.cortado.params.Params;
import org.cortado.params.ParamsLoader;
import org.cortado.runtime.kernel.ColumnChunk;
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

  /** Whether {@code sample} is listed; an empty list means every sample. */
  public static boolean sampleIn(String sample, String... samples) {
    if (samples.length == 0) {
      return true;
    }
    for (String s : samples) {
      if (s.equals(sample)) {
        return true;
      }
    }
    return false;
  }
}
