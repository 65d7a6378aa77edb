package org.cortado.annotations;

/**
 * The weights every CMS analysis needs, computed by the runtime from the parameters and the
 * correction files they name, with PocketCoffea's names ({@code weights: common: inclusive:
 * [genWeight, lumi, XS, pileup, sf_mu_id, sf_mu_iso]}). Declare one with
 * {@code @Weight(standard = StandardWeight.PILEUP)} on the analysis class; its name defaults to
 * {@link #weightName()} and its variations are {@code <name>Up} and {@code <name>Down}, or, for a
 * weight with several uncertainty sources, {@code <name>_<source>Up} and {@code <name>_<source>Down}.
 *
 * <table>
 *   <caption>What each standard weight computes, per simulated event</caption>
 *   <tr><th>constant</th><th>name</th><th>value</th><th>variations</th><th>reads</th></tr>
 *   <tr><td>{@link #GEN_WEIGHT}</td><td>genWeight</td><td>{@code genWeight}</td><td>none</td>
 *       <td>{@code genWeight}</td></tr>
 *   <tr><td>{@link #LUMI}</td><td>lumi</td><td>{@code lumi.picobarns.<year>.tot} (pb<sup>-1</sup>)</td>
 *       <td>none</td><td>parameters</td></tr>
 *   <tr><td>{@link #XS}</td><td>XS</td><td>the chunk's cross-section (pb), from dataset metadata</td>
 *       <td>none</td><td>chunk metadata</td></tr>
 *   <tr><td>{@link #PILEUP}</td><td>pileup</td><td>LUM {@code puWeights} at {@code Pileup_nTrueInt}</td>
 *       <td>{@code up}/{@code down}</td><td>{@code pileupJSONfiles.<year>.{file,name}}</td></tr>
 *   <tr><td>{@link #MUON_ID}, {@link #MUON_ISO}</td><td>sf_mu_id, sf_mu_iso</td>
 *       <td>product over the {@code collection}'s muons of the MUO SF at (|eta| or eta, pt)</td>
 *       <td>{@code systup}/{@code systdown}</td>
 *       <td>{@code lepton_scale_factors.muon_sf.{JSONfiles,sf_name}.<year>}</td></tr>
 *   <tr><td>{@link #ELECTRON_ID}</td><td>sf_ele_id</td>
 *       <td>product over the {@code collection}'s electrons of the EGM ID SF at (eta + deltaEtaSC, pt)
 *       for the working point {@code lepton_scale_factors.electron_sf.id[object_preselection.Electron.id]}</td>
 *       <td>{@code sfup}/{@code sfdown}</td><td>{@code lepton_scale_factors.electron_sf.JSONfiles.<year>}</td></tr>
 *   <tr><td>{@link #ELECTRON_RECO}</td><td>sf_ele_reco</td>
 *       <td>as ID, with the reco working point chosen by pT ({@code RecoBelow20}, {@code RecoAbove20}, ...)</td>
 *       <td>{@code sfup}/{@code sfdown}</td><td>same</td></tr>
 *   <tr><td>{@link #BTAG_SHAPE}</td><td>sf_btag</td>
 *       <td>product over the {@code collection}'s jets of the BTV DeepJet shape SF at
 *       ({@code hadronFlavour}, |eta|, pt, {@code btagDeepFlavB})</td>
 *       <td>{@code sf_btag_<source>Up/Down} for the sources {@code hf, lf, hfstats1, hfstats2,
 *       lfstats1, lfstats2, cferr1, cferr2}: {@code cferr*} shift only c jets (hadronFlavour 4),
 *       the others only b and light jets; the other jets keep their central SF</td>
 *       <td>{@code jet_scale_factors.btagSF.<year>.{file,name}},
 *       {@code btagging.working_point.<year>.btagging_algorithm}</td></tr>
 * </table>
 *
 * <p>The normalisation {@code 1 / sum of genWeight} over all processed events is not a per-event
 * weight: apply it to the merged outputs with {@code org.cortado.runtime.weights.Normalisation}.
 */
public enum StandardWeight {
  /** Not a standard weight: the annotated method computes it. */
  NONE(""),
  GEN_WEIGHT("genWeight"),
  LUMI("lumi"),
  XS("XS"),
  PILEUP("pileup"),
  MUON_ID("sf_mu_id"),
  MUON_ISO("sf_mu_iso"),
  ELECTRON_ID("sf_ele_id"),
  ELECTRON_RECO("sf_ele_reco"),
  BTAG_SHAPE("sf_btag");

  private final String weightName;

  StandardWeight(String weightName) {
    this.weightName = weightName;
  }

  /** PocketCoffea's name for the weight, used when {@code @Weight(name)} is empty. */
  public String weightName() {
    return weightName;
  }
}
