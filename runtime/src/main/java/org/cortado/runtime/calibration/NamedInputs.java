package org.cortado.runtime.calibration;

import java.util.List;
import org.cortado.runtime.corrections.BoundCorrection;
import org.cortado.runtime.corrections.Variable;

/**
 * A correction called the way PocketCoffea calls the JME corrections: each input is looked up by
 * name in one dictionary of per-jet values ({@code eval_dict} in {@code jet_correction_corrlib}),
 * so the same code serves files whose corrections take different inputs (a JER scale factor on
 * {@code JetEta} alone or on {@code JetEta} and {@code JetPt}; a data JEC that also takes
 * {@code run}). The dictionary is a {@code double[]} indexed by {@link Slot}.
 */
final class NamedInputs {
  /** The names PocketCoffea's {@code eval_dict} provides for the JME corrections. */
  enum Slot {
    JET_A("JetA"), JET_ETA("JetEta"), JET_PT("JetPt"), JET_PHI("JetPhi"), RHO("Rho"), RUN("run");

    final String inputName;

    Slot(String inputName) {
      this.inputName = inputName;
    }

    static Slot of(String inputName) {
      for (Slot s : values()) {
        if (s.inputName.equals(inputName)) {
          return s;
        }
      }
      return null;
    }
  }

  private final BoundCorrection correction;
  private final int[] slots;
  private final double[] args;

  private NamedInputs(BoundCorrection correction, int[] slots) {
    this.correction = correction;
    this.slots = slots;
    this.args = new double[slots.length];
  }

  /**
   * Binds {@code correction}'s real and int inputs to slots by name.
   *
   * @throws IllegalArgumentException naming an input PocketCoffea does not provide
   */
  static NamedInputs of(BoundCorrection correction, String name) {
    List<Variable> arguments = correction.arguments();
    int[] slots = new int[arguments.size()];
    for (int i = 0; i < slots.length; i++) {
      Slot s = Slot.of(arguments.get(i).name());
      if (s == null) {
        throw new IllegalArgumentException("correction '" + name + "' takes an input '"
            + arguments.get(i).name() + "', which the jet calibration does not provide (it"
            + " provides JetA, JetEta, JetPt, JetPhi, Rho, run)");
      }
      slots[i] = s.ordinal();
    }
    return new NamedInputs(correction, slots);
  }

  /** Whether the correction reads {@code slot}. */
  static boolean reads(List<Variable> arguments, Slot slot) {
    for (Variable v : arguments) {
      if (v.name().equals(slot.inputName)) {
        return true;
      }
    }
    return false;
  }

  /** The correction at the values of {@code dictionary} (indexed by {@link Slot#ordinal()}). */
  double evaluate(double[] dictionary) {
    for (int i = 0; i < slots.length; i++) {
      args[i] = dictionary[slots[i]];
    }
    return correction.evaluate(args);
  }
}
