package org.cortado.processor.calibration;

import java.util.List;
import java.util.Set;
import org.cortado.params.Params;
import org.cortado.processor.model.NanoAodSchema;
import org.cortado.processor.model.Periods;

/**
 * A calibrator the processor can wire into a kernel. Implementations are stateless; register
 * them for {@link java.util.ServiceLoader} (the built-ins use {@code @AutoService}).
 */
public interface CalibratorExtension {
  /** The name analyses use in {@code @Analysis(calibrators)}, PocketCoffea's where it has one. */
  String name();

  /** Calibrators whose results this one reads; they must be requested, and run before it. */
  List<String> requires();

  /**
   * What the calibrator does in one analysis, resolved against the compile-time parameters for
   * every period. Throws with a message naming the parameter or branch when it cannot.
   */
  CalibratorPlan plan(Context context) throws CalibrationException;

  /** What a plan may depend on. */
  interface Context {
    /** The analysis's compile-time parameters (defaults and its own files). */
    Params params();

    /** The analysis's periods, {@code @Analysis(years)}. */
    Periods periods();

    /** The schema branches are checked against. */
    NanoAodSchema schema();

    /** The names of every calibrator the analysis requests. */
    Set<String> requested();
  }
}
