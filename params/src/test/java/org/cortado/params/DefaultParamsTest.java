package org.cortado.params;

import static org.cortado.params.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped defaults against the values in CORRECTIONS.md §4 and the Z->mumu example. */
class DefaultParamsTest {

  private static final Set<String> YEARS =
      Set.of(
          "2016_PreVFP", "2016_PostVFP", "2017", "2018", "2022_preEE", "2022_postEE",
          "2023_preBPix", "2023_postBPix", "2024", "2025");

  private final Params defaults = ParamsLoader.withDefaults().load();

  private static ParamPath reference(Params params, String path) {
    return (ParamPath) params.require(path, ParamType.PATH).value();
  }

  @Test
  void defaultsLoadWithoutCvmfsAndCoverEveryPeriod() {
    assertEquals(ParamsLoader.DEFAULT_FILES.size(), defaults.sources().size());
    assertEquals(YEARS, defaults.keys("lumi.picobarns"));
    assertEquals(YEARS, defaults.keys("lumi.goldenJSON"));
    assertEquals(YEARS, defaults.keys("event_flags"));
    assertEquals(YEARS, defaults.keys("pileupJSONfiles"));
    assertEquals(YEARS, defaults.keys("btagging.working_point"));
    assertEquals(YEARS, defaults.keys("lepton_scale_factors.muon_sf.JSONfiles"));
  }

  @ParameterizedTest
  @CsvSource({
    "2016_PreVFP, 19648.186119, 19.648186119000002",
    "2016_PostVFP, 16977.701784, 16.977701784",
    "2017, 41479.680528, 41.479680527999996",
    "2018, 59832.47534, 59.832475339999995",
    "2022_preEE, 7980.4, 7.9803999999999995",
    "2022_postEE, 26671.7, 26.6717",
    "2023_preBPix, 17960, 17.96",
    "2023_postBPix, 9680, 9.68",
    "2024, 109950, 109.95",
    "2025, 110840, 110.84"
  })
  void luminosityPerYearInPicobarnsAndItsFemtobarnLabel(String year, double pb, double fb) {
    assertEquals(pb, defaults.forYear("lumi.picobarns", year).getDouble("tot"));
    assertEquals(fb, defaults.getDouble("plotting_style.plot_upper_label.by_year." + year));
  }

  @Test
  void luminosityPerEra() {
    Params lumi2018 = defaults.forYear("lumi.picobarns", "2018");
    assertEquals(Set.of("A", "B", "C", "D", "tot"), lumi2018.keys(""));
    assertEquals(31839.492009, lumi2018.getDouble("D"));
    assertEquals(ParamType.INT, defaults.node("lumi.picobarns.2023_preBPix.tot").type());
    fails(ParamsProblem.MISSING_KEY, () -> defaults.forYear("lumi.picobarns", "2019"));
  }

  @Test
  void goldenJsonIsALazyDatacertReference() {
    ParamPath json = reference(defaults, "lumi.goldenJSON.2018");
    assertEquals(PathRoots.DATACERT, json.scheme());
    assertEquals("Cert_314472-325175_13TeV_Legacy2018_Collisions18_JSON.txt", json.relativePath());
  }

  @Test
  void eventFlags() {
    List<String> run2 =
        List.of(
            "goodVertices", "globalSuperTightHalo2016Filter", "HBHENoiseFilter",
            "HBHENoiseIsoFilter", "EcalDeadCellTriggerPrimitiveFilter", "BadPFMuonFilter");
    assertEquals(run2, defaults.getStringList("event_flags.2018"));
    assertEquals(List.of("eeBadScFilter"), defaults.getStringList("event_flags_data.2018"));
    assertTrue(defaults.getStringList("event_flags.2024").contains("ecalBadCalibFilter"));
    List<String> flags2025 = defaults.getStringList("event_flags.2025");
    assertEquals(7, flags2025.size());
    assertFalse(flags2025.contains("ecalBadCalibFilter"));
  }

  @Test
  void pileupFileAndCorrection() {
    Params pileup = defaults.forYear("pileupJSONfiles", "2018");
    assertEquals("Collisions18_UltraLegacy_goldenJSON", pileup.getString("name"));
    ParamPath file = reference(pileup, "file");
    assertEquals("LUM/Run2-2018-UL-NanoAODv9/2021-09-10/puWeights.json.gz", file.relativePath());
  }

  @ParameterizedTest
  @CsvSource({
    "2016_PreVFP, btagDeepFlavB, 0.0508, 0.2598",
    "2018, btagDeepFlavB, 0.0490, 0.2783",
    "2022_postEE, btagDeepFlavB, 0.0614, 0.3196",
    "2023_postBPix, btagDeepFlavB, 0.048, 0.2435",
    "2025, btagUParTAK4B, 0.0246, 0.1272"
  })
  void btagWorkingPoints(String year, String algorithm, double loose, double medium) {
    Params wp = defaults.forYear("btagging.working_point", year);
    assertEquals(algorithm, wp.getString("btagging_algorithm"));
    assertEquals(loose, wp.getDouble("btagging_WP.L"));
    assertEquals(medium, wp.getDouble("btagging_WP.M"));
  }

  @Test
  void run2NamesTheTightPointH() {
    assertEquals(0.71, defaults.getDouble("btagging.working_point.2018.btagging_WP.H"));
    assertEquals(0.9512, defaults.getDouble("btagging.working_point.2022_preEE.btagging_WP.XXT"));
    assertFalse(defaults.has("btagging.working_point.2024.bbtagging_WP"));
  }

  @Test
  void jetScaleFactors() {
    assertEquals(4, defaults.getInt("jet_scale_factors.jet_puId.2018.working_point.L"));
    assertEquals(1, defaults.getInt("jet_scale_factors.jet_puId.2016_PreVFP.working_point.L"));
    assertEquals("UParTAK4", defaults.getString("jet_scale_factors.btagSF.2024.name"));
    // PocketCoffea swaps the 2016 btagSF files; we do not.
    ParamPath preVfp = reference(defaults, "jet_scale_factors.btagSF.2016_PreVFP.file");
    assertTrue(preVfp.relativePath().contains("Run2-2016preVFP"), preVfp.relativePath());
  }

  @Test
  void jetCalibrationUsesInterpolatedFactoryConfigs() {
    Params ak4 = defaults.forYear("jets_calibration.jet_types.AK4PFchs", "2018");
    assertEquals("Summer19UL18_V5_MC", ak4.getString("jec_mc"));
    assertEquals("Summer19UL18_RunC_V5_DATA", ak4.getString("jec_data.C"));
    assertEquals("Summer19UL18_JRV3_MC", ak4.getString("jer"));
    assertEquals("L1L2L3Res", ak4.getString("level"));
    Params ak8 =
        defaults.forYear("default_jets_calibration.factory_config_clib.AK8PFPuppi", "2022_preEE");
    assertEquals("Summer22_22Sep2023_V4_DATA", ak8.getString("jec_data"));
    assertTrue(reference(ak8, "json_path").relativePath().endsWith("fatJet_jerc.json.gz"));
    assertFalse(defaults.getBoolean("jets_calibration.apply_jec_Data.2018.AK4PFchs"));
    assertTrue(defaults.getBoolean("jets_calibration.apply_jec_Data.2022_preEE.AK4PFPuppi"));
    assertEquals(List.of("JES_Total", "JER"),
        defaults.getStringList("jets_calibration.variations.AK4PFchs.2018"));
    assertEquals(List.of("JES_Total", "JER"),
        defaults.getStringList("jets_calibration.variations.AK8PFPuppi.2024"));
  }

  @Test
  void jetCalibrationAliasesAndMergesTheType1MetJets() {
    assertEquals("AK4PFchs",
        defaults.getString("jets_calibration.collection_name_alias.2018.AK4CorrT1METJetchs"));
    assertEquals("AK4PFPuppi", defaults.getString(
        "jets_calibration.collection_name_alias.2023_postBPix.AK4CorrT1METJetPuppi"));
    assertEquals(List.of("AK4PFchs", "AK4CorrT1METJetchs"),
        defaults.getStringList("jets_calibration.merge_collections_for_variations.2017.AK4PFchs"));
    assertEquals("CorrT1METJet",
        defaults.getString("jets_calibration.collection.2022_preEE.AK4CorrT1METJetPuppi"));
    List<String> full = defaults.getStringList(
        "default_jets_calibration.variations.full_variations.AK8PFPuppi.2023_postBPix");
    assertEquals(12, full.size());
    assertEquals("JES_Regrouped_RelativeSample_2023BPix", full.get(10));
  }

  @Test
  void leptonScaleFactors() {
    Params muon = defaults.forYear("lepton_scale_factors.muon_sf.sf_name", "2018");
    assertEquals("NUM_TightID_DEN_TrackerMuons", muon.getString("id"));
    assertEquals("NUM_LooseRelIso_DEN_TightIDandIPCut", muon.getString("iso"));
    assertEquals("NUM_IsoMu24_DEN_CutBasedIdTight_and_PFIsoTight", muon.getString("trigger"));
    ParamPath muonFile = reference(defaults, "lepton_scale_factors.muon_sf.JSONfiles.2018.file");
    assertEquals("MUO/Run2-2018-UL-NanoAODv9/2024-07-02/muon_Z.json.gz", muonFile.relativePath());
    assertEquals(
        "wp80iso", defaults.getString("lepton_scale_factors.electron_sf.id.mvaFall17V2Iso_WP80"));
    Params electron2023 =
        defaults.forYear("lepton_scale_factors.electron_sf.JSONfiles", "2023_preBPix");
    assertEquals("Reco20to75", electron2023.getString("reco.pt_gt_20_lt_75"));
    fails(
        ParamsProblem.MANDATORY_MISSING,
        () -> defaults.getString("lepton_scale_factors.electron_sf.trigger_sf.2018.file"));
  }

  @Test
  void variationsCopyTheFirstPeriodThroughRelativeInterpolation() {
    Params variations = defaults.at("systematic_variations.weight_variations");
    List<String> btag = variations.getStringList("sf_btag.2016_PreVFP");
    assertEquals(8, btag.size());
    assertEquals(btag, variations.getStringList("sf_btag.2023_postBPix"));
    assertEquals(13, variations.getStringList("sf_ctag.2017").size());
  }

  @Test
  void plottingStyleKeepsOddScalars() {
    assertEquals(".", defaults.getString("plotting_style.opts_data.marker"));
    assertEquals(
        List.of(0.0, 0.0, 0.0, 0.4), defaults.getList("plotting_style.opts_unc.total.color"));
    assertEquals(22, defaults.getInt("plotting_style.fontsize"));
    assertEquals(15, defaults.getInt("default_nano_version.2024"));
    assertEquals("PuppiMET", defaults.getString("met_calibration.2022_preEE.MET_collection"));
    assertEquals(-0.421210, (Double) ((List<?>) defaults.getList("MET_xy.MC.2018").get(1)).get(1));
  }

  /** The Z->mumu example: defaults plus its three files (POCKETCOFFEA-REFERENCE §2.3, §3.2). */
  @Test
  void zmumuExampleParameters() {
    Params zmumu =
        ParamsLoader.load(
            List.of(
                Fixtures.path("zmumu/object_preselection.yaml"),
                Fixtures.path("zmumu/triggers.yaml"),
                Fixtures.path("zmumu/plotting.yaml")));
    assertEquals(15.0, zmumu.getDouble("object_preselection.Muon.pt"));
    assertEquals(0.25, zmumu.getDouble("object_preselection.Muon.iso"));
    assertEquals("tightId", zmumu.getString("object_preselection.Muon.id"));
    assertEquals(50.0, zmumu.getDouble("object_preselection.Jet.puId.maxpt"));
    assertEquals(List.of("IsoMu24"), zmumu.getStringList("HLT_triggers.2018.SingleMuon"));
    fails(
        ParamsProblem.MANDATORY_MISSING,
        () -> zmumu.getStringList("HLT_triggers.2017.SingleMuon"));
    assertEquals("DY", zmumu.getString("plotting_style.labels.DYJetsToLL"));
    assertEquals(22, zmumu.getInt("plotting_style.fontsize"));
    assertEquals(59832.47534, zmumu.getDouble("lumi.picobarns.2018.tot"));
    assertEquals(0.2783, zmumu.getDouble("btagging.working_point.2018.btagging_WP.M"));
  }
}
