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
 *   <tr><td>{@code datasets.subsamples = {"DYJetsToLL": {"bb": [twoBJets]}}}</td><td>{@code @Subsample(sample = "DYJetsToLL", name = "bb", cuts = "twoBJets")} ({@link org.cortado.annotations.Subsample})</td></tr>
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
 *   <tr><td>{@code events.MuonGood} in a function</td><td>a parameter {@code @Col("MuonGood") Muons mu} whose type extends {@link org.cortado.annotations.CollectionView}</td></tr>
 *   <tr><td>{@code define_common_variables}, {@code events["mll"] = ...}</td><td>{@link org.cortado.annotations.Derived}</td></tr>
 *   <tr><td>{@code LeptonGood = concatenate(MuonGood, ElectronGood)}</td><td>{@link org.cortado.annotations.Merge}</td></tr>
 *   <tr><td>{@code if isMC:} in a cut; {@code event_flags_data}</td><td>{@code on = EventKind.DATA} ({@link org.cortado.annotations.EventKind}); {@link org.cortado.annotations.Flags}</td></tr>
 *   <tr><td>{@code params.object_preselection.Muon.id}, {@code params.event_flags[year]}</td><td>{@code @Col("Muon_${object_preselection.Muon.id}")}, {@code @Col("Flag_${event_flags.${year}}") Flags}</td></tr>
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
 * {@link org.cortado.annotations.ObjectSelection} or a per-object
 * {@link org.cortado.annotations.Derived} ({@code @Col("Muon_pt") float pt} is the current muon),
 * by position anywhere else ({@code @Col(value = "MuonGood_pt", pos = 0)}), or all at once through
 * a {@link org.cortado.annotations.CollectionView} ({@code @Col("MuonGood") Muons mu}, then
 * {@code mu.pt(i)} for {@code i < mu.size()}). When a positional input is missing (fewer objects
 * than {@code pos + 1}) the method is not called: a cut is false, a histogram is not filled, a
 * weight is 1 and a derived column is missing, as PocketCoffea's {@code None} handling; in an
 * object loop a positional input is a compile error, since what a missing object means there is
 * the analysis's to decide, with a view. Cuts and selections return {@code boolean}; weights
 * return {@code float} or {@code double}; histogram methods return a number; derived columns
 * return any primitive.
 *
 * <h2>Derived columns and merged collections</h2>
 * <pre>{@code
 * @Merge(name = "LeptonGood", collections = {"MuonGood", "ElectronGood"})   // on the class
 *
 * @Derived(name = "mll")                      // computed once per event, when first read
 * static double mll(@Col("MuonGood") Muons mu) { return mu.size() < 2 ? Double.NaN : mass(mu, 0, 1); }
 *
 * @Derived(name = "ptRaw", collection = "JetGood")   // a new field of every JetGood
 * static float ptRaw(@Col("Jet_pt") float pt, @Col("Jet_rawFactor") float f) { return pt * (1 - f); }
 * }</pre>
 * A derived column is read by name anywhere a branch is ({@code @Col("mll")},
 * {@code @Axis(field = "mll")}, {@code @Col(value = "JetGood_ptRaw", pos = 0)}, a view accessor
 * {@code ptRaw(i)}, {@code @ColOut}); it is computed only for events that reach something reading it.
 *
 * <h2>Names chosen by parameters</h2>
 * {@code ${year}} and {@code ${a.b.c}} in a {@code @Col}, {@link org.cortado.annotations.Field} or
 * {@code @Param} name are resolved at compile time, for every period of {@code @Analysis(years)},
 * against the parameter files; a list parameter names several branches, read through
 * {@link org.cortado.annotations.Flags}. Steps and {@code Flags} can be restricted to data or
 * simulation with {@code on = EventKind.DATA} or {@code EventKind.MC}.
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
