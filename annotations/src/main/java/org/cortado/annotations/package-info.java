/**
 * The analyst's vocabulary: annotations that declare a cut-based NanoAOD analysis. They have no
 * dependencies and {@code CLASS} retention; {@code mvn compile} runs the Cortado processor,
 * which checks the whole declaration against the NanoAOD schema and generates a column kernel
 * {@code <YourClass>_Kernel} next to your class.
 *
 * <h2>Names a PocketCoffea user knows</h2>
 * <table>
 *   <caption>PocketCoffea → Cortado</caption>
 *   <tr><td>{@code cfg.skim = [Cut]}</td><td>{@code @Cut(stage = Stage.SKIM)}</td></tr>
 *   <tr><td>{@code cfg.preselections = [Cut]}</td><td>{@code @Cut} (preselection is the default)</td></tr>
 *   <tr><td>{@code apply_object_preselection}: {@code MuonGood}</td><td>{@link org.cortado.annotations.ObjectSelection}</td></tr>
 *   <tr><td>{@code StandardSelection}/{@code CartesianSelection}+{@code MultiCut}</td><td>{@link org.cortado.annotations.Category} / {@link org.cortado.annotations.MultiCut}</td></tr>
 *   <tr><td>{@code weights}, {@code variations.weights}</td><td>{@link org.cortado.annotations.Weight} with {@code up}/{@code down}</td></tr>
 *   <tr><td>{@code weights: common: inclusive: [genWeight, lumi, XS, pileup, sf_mu_id, sf_mu_iso]}</td>
 *       <td>{@code @Weight(standard = StandardWeight.PILEUP)} etc. on the class ({@link org.cortado.annotations.StandardWeight})</td></tr>
 *   <tr><td>{@code parameters = merge_parameters_from_files(defaults, "params/x.yaml")}</td>
 *       <td>{@code @Analysis(params = "zmumu/params/x.yaml")}</td></tr>
 *   <tr><td>{@code params.object_preselection.Muon.pt}</td><td>{@code @Param("object_preselection.Muon.pt") float ptMin}</td></tr>
 *   <tr><td>{@code skim = [..., goldenJson, ...]}</td><td>{@code @Analysis(goldenJson = true, years = "2018")}</td></tr>
 *   <tr><td>{@code variables = {name: HistConf([Axis(...)])}}</td><td>{@link org.cortado.annotations.Histogram} with {@link org.cortado.annotations.Axis}</td></tr>
 *   <tr><td>{@code ColOut(collection, columns)}</td><td>{@link org.cortado.annotations.ColOut}</td></tr>
 *   <tr><td>{@code ColOut(..., flatten=True)}</td><td>{@code @ColOut(..., flatten = true)} (the default here is {@code false}: one row per event)</td></tr>
 *   <tr><td>{@code ColOut(..., store_size=False)}</td><td>{@code @ColOut(..., storeSize = false)}</td></tr>
 *   <tr><td>{@code ColOut(..., pos_start=0, pos_end=2, fill_value=-1)}</td><td>{@code @ColOut(..., posStart = 0, posEnd = 2, fill = -1)}</td></tr>
 *   <tr><td>{@code HistConf([Axis(...), Axis(...)])} from custom fields</td><td>{@code @Histogram} on a method (x) with {@code @Axis(method = "...")} (y)</td></tr>
 * </table>
 *
 * <h2>2D histograms from methods</h2>
 * An {@link org.cortado.annotations.Axis} may name a static method of the class with
 * {@code method}; its result is that axis's value, computed once per event, with the same
 * parameter rules as any user method. On a {@code @Histogram} method, an axis without
 * {@code method} takes the annotated method's result, so a 2D histogram is one method per axis
 * and nothing is allocated per event:
 * <pre>{@code
 * @Histogram(name = "pt1_pt2", axes = {@Axis(bins = 10, low = 0, high = 100),
 *     @Axis(method = "subleadingPt", bins = 5, low = 0, high = 100)})
 * static double leadingPt(@Col(value = "MuonGood_pt", pos = 0) float pt) { return pt; }
 * static double subleadingPt(@Col(value = "MuonGood_pt", pos = 1) float pt) { return pt; }
 * }</pre>
 * The histogram is filled only when every positional input of every method exists.
 *
 * <h2>The shape of a user method</h2>
 * Every annotated method is {@code static} (the kernel keeps no state between chunks) and each
 * parameter is annotated {@link org.cortado.annotations.Col @Col} with the column it reads. The
 * Java type of the parameter is the branch's leaf type: {@code Muon_pt} is {@code float},
 * {@code Muon_charge} is {@code int}, {@code HLT_IsoMu24} is {@code boolean}. There is no
 * widening: write {@code float pt}, not {@code double pt}, so no value is converted silently.
 * Per-object branches are read either one object at a time inside an
 * {@link org.cortado.annotations.ObjectSelection} ({@code @Col("Muon_pt") float pt} is the
 * current muon), or by position anywhere else ({@code @Col(value = "MuonGood_pt", pos = 0)}).
 * When a positional input is missing (fewer objects than {@code pos + 1}) the method is not
 * called: a cut is false and a histogram is not filled, as PocketCoffea's {@code None}
 * handling. Cuts and selections return {@code boolean}; weights return {@code float} or
 * {@code double}; histogram methods return a number.
 *
 * <h2>Parameters</h2>
 * A parameter of a user method annotated {@link org.cortado.annotations.Param @Param} instead of
 * {@code @Col} receives a value of the parameter tree: the defaults shipped in
 * {@code cortado-params} overlaid with the files of {@code @Analysis(params)}. File names are
 * classpath resource names: put {@code zmumu/params/object_preselection.yaml} in
 * {@code src/main/resources}, and the generated kernel's no-argument constructor loads exactly
 * that resource, while {@code kernel.withParams(params)} takes the merged parameters a run loads
 * (with its own overrides). At compile time the processor reads the same files (from the class
 * output, where Maven has copied the resources, the source path, or the directories of
 * {@code -Acortado.paramsPath}) and fails the build with the dotted path and the YAML file and
 * line for a missing path, a wrong type or an unfilled {@code ???}. Values are read once, when the
 * kernel is built. Correction-file references ({@code ${cvmfs:...}}) are never resolved at compile
 * time; only their presence is checked.
 *
 * <h2>Standard weights and the golden JSON</h2>
 * {@code @Analysis(years = {"2018"})} lists the periods; each
 * {@code @Weight(standard = ...)} on the class then gets its per-period parameters checked at
 * compile time ({@code pileupJSONfiles.2018.file}, {@code lepton_scale_factors.muon_sf...}) and
 * evaluated by {@code org.cortado.runtime.weights} at run time for the chunk's year
 * ({@code ColumnChunk.year()}); {@code XS} reads {@code ColumnChunk.xsec()}. Per-object weights
 * name their objects with {@code collection = "MuonGood"}. Variations are PocketCoffea's:
 * {@code pileupUp/Down}, {@code sf_mu_idUp/Down}, ... The {@code 1/sum(genWeight)}
 * normalisation is applied to merged outputs, not per event
 * ({@code org.cortado.runtime.weights.Normalisation}). {@code goldenJson = true} adds the skim row
 * {@code golden_json_lumi} that applies {@code lumi.goldenJSON.<year>} to data.
 *
 * <h2>A complete example (PocketCoffea's Z→μμ, reduced)</h2>
 * <pre>{@code
 * @Analysis(name = "zmumu", years = "2018", params = "zmumu/params/object_preselection.yaml",
 *     goldenJson = true)
 * @Weight(standard = StandardWeight.GEN_WEIGHT)
 * @Weight(standard = StandardWeight.LUMI)
 * @Weight(standard = StandardWeight.XS)
 * @Weight(standard = StandardWeight.PILEUP)
 * @Weight(standard = StandardWeight.MUON_ID, collection = "MuonGood")
 * @Weight(standard = StandardWeight.MUON_ISO, collection = "MuonGood")
 * @Category(name = "baseline")
 * @Histogram(name = "nMuonGood", axes = @Axis(field = "nMuonGood", type = AxisType.INTEGER, low = 0, high = 3))
 * @Histogram(name = "MuonGood_pt_1",
 *     axes = @Axis(coll = "MuonGood", field = "pt", pos = 0, bins = 50, low = 0, high = 150))
 * @ColOut(collection = "MuonGood", columns = {"pt", "eta"})
 * final class ZMuMu {
 *   @Cut(name = "nPVgood_1", stage = Stage.SKIM)
 *   static boolean goodVertex(@Col("PV_npvsGood") int npv) { return npv >= 1; }
 *
 *   @Cut(name = "HLT_trigger_SingleMuon", stage = Stage.SKIM)
 *   static boolean trigger(@Col("HLT_IsoMu24") boolean hlt) { return hlt; }
 *
 *   @ObjectSelection(name = "MuonGood", collection = "Muon")
 *   static boolean muonGood(@Col("Muon_pt") float pt, @Col("Muon_eta") float eta,
 *                           @Col("Muon_tightId") boolean tightId,
 *                           @Param("object_preselection.Muon.pt") float ptMin) {
 *     return pt > ptMin && Math.abs(eta) < 2.4f && tightId;
 *   }
 *
 *   @Cut(name = "dilepton")
 *   static boolean dimuon(@Col("nMuonGood") int n,
 *                         @Col(value = "MuonGood_pt", pos = 0) float pt1,
 *                         @Col(value = "MuonGood_charge", pos = 0) int q1,
 *                         @Col(value = "MuonGood_charge", pos = 1) int q2) {
 *     return n == 2 && pt1 > 25 && q1 + q2 == 0;
 *   }
 *
 *   @Histogram(name = "mll", axes = @Axis(bins = 100, low = 0, high = 200, label = "$M_{ll}$ [GeV]"))
 *   static double mll(@Col(value = "MuonGood_pt", pos = 0) float pt1, ...) { ... }
 * }
 * }</pre>
 *
 * <p>Every mistake in these declarations (an unknown branch, {@code double} for a {@code float}
 * branch, a category naming a missing cut, {@code bins = 0}, an {@code up} without a
 * {@code down}) is a compile error with an id such as {@code [cortado:Column.Unknown]}, placed on
 * the annotation value that is wrong.
 */
package org.cortado.annotations;
