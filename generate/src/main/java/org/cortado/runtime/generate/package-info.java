/**
 * A deterministic toy NanoAOD generator for examples and benchmarks: Drell-Yan (Z to muons or
 * electrons with a Breit-Wigner line shape), top-pair and collision-data-like samples with the
 * NanoAODv9 branch names and types a Z to mumu or ttbar analysis reads. The physics is plausible,
 * not accurate: two-body decays in the rest frame boosted to the lab, falling transverse-momentum
 * spectra, Gaussian detector smearing and simple efficiency models. Jets also carry what jet and
 * MET calibration read (raw factor, area, rho, RawMET, the soft CorrT1METJets), consistent with a toy
 * jet energy correction ({@code ToyJec}) that the Z to mumu example ships as a correctionlib file.
 * The same seed always gives the same file.
 */
package org.cortado.runtime.generate;
