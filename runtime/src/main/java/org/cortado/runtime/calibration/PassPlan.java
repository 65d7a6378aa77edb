package org.cortado.runtime.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * Which array set each pass of a chunk reads: set 0 holds the nominal values, and each distinct
 * shift the collection owns ({@code JER} up, {@code JES_Total} down, ...) gets one more set.
 * Passes the collection does not own read the nominal set, so a run with many weight-only passes
 * costs nothing extra.
 *
 * @param variantOfPass the set of pass k
 * @param shifts the shift of set {@code v} at index {@code v - 1}
 */
record PassPlan(int[] variantOfPass, List<JetSetup.Shift> shifts) {

  static PassPlan of(JetSetup setup, List<String> passes) {
    int[] variantOfPass = new int[passes.size()];
    List<JetSetup.Shift> shifts = new ArrayList<>();
    for (int k = 1; k < passes.size(); k++) {
      JetSetup.Shift s = setup.shift(passes.get(k));
      if (s != null) {
        int v = shifts.indexOf(s);
        if (v < 0) {
          v = shifts.size();
          shifts.add(s);
        }
        variantOfPass[k] = v + 1;
      }
    }
    return new PassPlan(variantOfPass, List.copyOf(shifts));
  }

  /** The number of array sets, the nominal included. */
  int variants() {
    return shifts.size() + 1;
  }

  /** The set of {@code shift}, or -1 when no pass asks for it. */
  int variantOf(JetSetup.Shift shift) {
    int i = shifts.indexOf(shift);
    return i < 0 ? -1 : i + 1;
  }
}
