package org.cortado.processor.calibration;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.cortado.annotations.EventKind;

/**
 * What one calibrator does in one analysis.
 *
 * @param calibrator the calibrator's name
 * @param instances the runtime objects it makes per chunk, in the order they are bound
 * @param outputs the columns it replaces, from the first object selection on
 * @param reorders the NanoAOD collections it re-sorts
 * @param inputs the branches its runtime objects read from the chunk themselves
 * @param variations per period (in {@code @Analysis(years)} order), the shape variations it
 *     offers for simulation, with their directions ({@code AK4PFchs_JES_TotalUp})
 */
public record CalibratorPlan(String calibrator, List<Instance> instances, List<Output> outputs,
    List<Reorder> reorders, List<Input> inputs, List<List<String>> variations) {
  /** Copies the lists. */
  public CalibratorPlan {
    instances = List.copyOf(instances);
    outputs = List.copyOf(outputs);
    reorders = List.copyOf(reorders);
    inputs = List.copyOf(inputs);
    variations = variations.stream().map(List::copyOf).toList();
  }

  /**
   * A runtime object: {@code factory} (an expression over the kernel's {@code params}) is built
   * once per kernel; per chunk, {@code factory.bind(chunk, passes, <bindWith instances>)} gives the
   * object, and {@code object.calibrate(e)} runs for every event that passes the skim.
   *
   * @param id unique among all plans of the analysis, e.g. {@code jet_calibration.Jet}
   * @param type the runtime class, whose nested {@code Factory} the factory expression returns
   * @param inputsOnlyWhenCalibrating whether the factory's {@code calibrates(year, mc)} says if
   *     the object reads its inputs for those events at all (a collection left as read needs
   *     none of the branches only the corrections read), so that a run reads them only then
   */
  public record Instance(String id, ClassName type, CodeBlock factory, List<String> bindWith,
      boolean inputsOnlyWhenCalibrating) {
    /** Copies the list. */
    public Instance {
      bindWith = List.copyOf(bindWith);
    }
  }

  /**
   * A replaced column: branch {@code branch} is read as {@code instance.accessor(pass)}, a
   * {@code double} array indexed like the branch.
   */
  public record Output(String branch, String instance, String accessor) {}

  /** A collection re-sorted: {@code instance.order(pass)} maps positions to branch indices. */
  public record Reorder(String collection, String instance) {}

  /**
   * A branch a runtime object reads, per period ({@code ""} where it reads none), for the events
   * of kind {@code on}; {@code counter} for a collection's counter branch ({@code nJet}).
   */
  public record Input(List<String> perPeriod, EventKind on, boolean counter) {
    /** Copies the list. */
    public Input {
      perPeriod = List.copyOf(perPeriod);
    }

    /** The same branch in every one of {@code periods} periods. */
    public static Input of(String branch, int periods, EventKind on) {
      return new Input(java.util.Collections.nCopies(periods, branch), on, false);
    }

    /** A counter branch in every period. */
    public static Input counter(String branch, int periods, EventKind on) {
      return new Input(java.util.Collections.nCopies(periods, branch), on, true);
    }
  }
}
