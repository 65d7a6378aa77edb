package org.cortado.annotations;

/**
 * The names of the calibrators that ship with Cortado, for {@link Analysis#calibrators()} and
 * {@link Analysis#shapeVariations()}. They are PocketCoffea's calibrator names, so a PocketCoffea
 * {@code variations: shape:} list carries over as it is.
 */
public final class Calibrators {
  /**
   * Jet energy corrections (L1L2L3, and the residuals for data where the parameters ask for
   * them), resolution smearing in simulation, and the JES and JER variations listed in
   * {@code jets_calibration.variations}; reads {@code jets_calibration} and the JME file it names.
   */
  public static final String JETS = "jet_calibration";

  /**
   * Type-1 MET from the raw MET and the calibrated jets, with the unclustered-energy variations
   * {@code unclust_EnUp/Down}; reads {@code met_calibration}. Needs {@link #JETS}.
   */
  public static final String MET = "met_type1_calibration";

  private Calibrators() {}
}
