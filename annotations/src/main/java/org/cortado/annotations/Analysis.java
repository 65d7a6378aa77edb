package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a Cortado analysis: the counterpart of a PocketCoffea {@code Configurator}
 * plus workflow. The annotation processor reads every {@link Cut}, {@link ObjectSelection},
 * {@link Category}, {@link MultiCut}, {@link Weight}, {@link Histogram} and {@link ColOut} in
 * the class, validates them against the NanoAOD schema, and generates one column kernel.
 *
 * <pre>{@code
 * // you write
 * @Analysis(name = "zmumu")
 * final class ZMuMu { ... }
 *
 * // it generates (same package)
 * public final class ZMuMu_Kernel implements ChunkKernel { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Analysis {
  /** The analysis name, used in outputs and reports. */
  String name();

  /**
   * The per-event generator weight branch summed before any cut (PocketCoffea
   * {@code sum_genweights}) and, for each cut, over the events that pass it. Empty disables it.
   * Only read for simulated samples.
   */
  String genWeight() default "genWeight";
}
