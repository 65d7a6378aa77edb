"""PocketCoffea configuration and workflow of the Z->mumu analysis that Cortado's example-zmumu
reproduces (PocketCoffea's AnalysisConfigs configs/zmumu, as summarised in
POCKETCOFFEA-REFERENCE.md section 3), written for this harness.

Everything analysis-specific is built from PocketCoffea's own library: the cut factories
(get_nPVgood, eventFlags, goldenJson, get_nObj_min, get_HLTsel, passthrough), the object
helpers (lepton_selection, jet_selection, btagging, get_dilepton), common_weights, the
histogram factories (muon_hists, count_hist, jet_hists, HistConf/Axis) and the
JetsCalibrator/METCalibrator classes.
"""
import awkward as ak

from pocket_coffea.workflows.base import BaseProcessorABC
from pocket_coffea.utils.configurator import Configurator
from pocket_coffea.lib.cut_definition import Cut
from pocket_coffea.lib.columns_manager import ColOut
from pocket_coffea.lib.cut_functions import get_nObj_min, get_HLTsel, get_nPVgood, goldenJson, eventFlags
from pocket_coffea.parameters.cuts import passthrough
from pocket_coffea.parameters.histograms import muon_hists, count_hist, jet_hists, HistConf, Axis
from pocket_coffea.lib.objects import lepton_selection, jet_selection, btagging, get_dilepton
from pocket_coffea.lib.weights.common import common_weights
from pocket_coffea.lib.calibrators.common.common import JetsCalibrator, METCalibrator

# The object-preselection parameters of configs/zmumu/params/object_preselection.yaml and the
# trigger table of params/triggers.yaml (the same values as Cortado's
# example-zmumu/src/main/resources/zmumu/params/*.yaml).
ANALYSIS_PARAMS = {
    "object_preselection": {
        "Muon": {"pt": 15, "eta": 2.4, "iso": 0.25, "id": "tightId"},
        "Electron": {"pt": 15, "eta": 2.4, "iso": 0.06, "id": "mvaFall17V2Iso_WP80"},
        "Jet": {"dr_lepton": 0.4, "pt": 30, "eta": 2.4, "jetId": 2,
                "puId": {"wp": "L", "value": 4, "maxpt": 50.0}, "btag": {"wp": "M"}},
    },
    "HLT_triggers": {
        "2018": {"SingleEle": ["Ele32_WPTight_Gsf", "Ele28_eta2p1_WPTight_Gsf_HT150"],
                 "SingleMuon": ["IsoMu24"]},
    },
}


class ZmumuReferenceProcessor(BaseProcessorABC):
    """Object preselection and counting of the Z->mumu example."""

    def apply_object_preselection(self, variation):
        ev = self.events
        ev["Electron"] = ak.with_field(ev.Electron, ev.Electron.eta + ev.Electron.deltaEtaSC, "etaSC")
        ev["MuonGood"] = lepton_selection(ev, "Muon", self.params)
        ev["ElectronGood"] = lepton_selection(ev, "Electron", self.params)
        leptons = ak.with_name(ak.concatenate((ev.MuonGood, ev.ElectronGood), axis=1),
                               name="PtEtaPhiMCandidate")
        ev["LeptonGood"] = leptons[ak.argsort(leptons.pt, ascending=False)]
        ev["JetGood"], self.jetGoodMask = jet_selection(ev, "Jet", self.params, year=self._year,
                                                        leptons_collection="LeptonGood")
        ev["BJetGood"] = btagging(ev["JetGood"], self.params.btagging.working_point[self._year],
                                  wp=self.params.object_preselection.Jet.btag.wp)
        ev["ll"] = get_dilepton(ev.ElectronGood, ev.MuonGood)

    def count_objects(self, variation):
        ev = self.events
        ev["nMuonGood"] = ak.num(ev.MuonGood)
        ev["nElectronGood"] = ak.num(ev.ElectronGood)
        ev["nLeptonGood"] = ev["nMuonGood"] + ev["nElectronGood"]
        ev["nJetGood"] = ak.num(ev.JetGood)
        ev["nBJetGood"] = ak.num(ev.BJetGood)

    def define_common_variables_before_presel(self, variation):
        self.events["JetGood_Ht"] = ak.sum(abs(self.events.JetGood.pt), axis=1)


def dimuon(events, params, year, sample, **kwargs):
    """Two good muons, no good electron, leading muon above the threshold, opposite sign,
    mll in the window; None is False."""
    same_flavour = (events.nMuonGood == 2) & (events.nElectronGood == 0)
    opposite_sign = events.ll.charge == 0
    mask = ((events.nLeptonGood == 2)
            & (ak.firsts(events.MuonGood.pt) > params["pt_leading_muon"])
            & opposite_sign & same_flavour
            & (events.ll.mass > params["mll"]["low"])
            & (events.ll.mass < params["mll"]["high"]))
    return ak.where(ak.is_none(mask), False, mask)


dimuon_presel = Cut(name="dilepton",
                    params={"pt_leading_muon": 25, "mll": {"low": 25, "high": 2000}},
                    function=dimuon)


def make_configurator(parameters, dataset_jsons, samples, calibration):
    """The Configurator. With calibration, calibrators [JetsCalibrator, METCalibrator] and the
    shape variation "jet_calibration" for every sample; without, no calibrator at all (jets and
    MET as in the NanoAOD)."""
    shape = {"common": {"inclusive": ["jet_calibration"] if calibration else [],
                        "bycategory": {}},
             "bysample": {}}
    return Configurator(
        parameters=parameters,
        datasets={"jsons": list(dataset_jsons),
                  "filter": {"samples": list(samples), "samples_exclude": [], "year": ["2018"]}},
        workflow=ZmumuReferenceProcessor,
        skim=[get_nPVgood(1), eventFlags, goldenJson,
              get_nObj_min(1, 18., "Muon"),
              get_HLTsel(primaryDatasets=["SingleMuon"])],
        preselections=[dimuon_presel],
        categories={"baseline": [passthrough]},
        weights_classes=common_weights,
        weights={"common": {"inclusive": ["genWeight", "lumi", "XS", "pileup", "sf_mu_id", "sf_mu_iso"],
                            "bycategory": {}},
                 "bysample": {}},
        variations={"weights": {"common": {"inclusive": ["pileup", "sf_mu_id", "sf_mu_iso"],
                                           "bycategory": {}},
                                "bysample": {}},
                    "shape": shape},
        calibrators=[JetsCalibrator, METCalibrator] if calibration else [],
        variables={
            **muon_hists(coll="MuonGood", pos=0),
            **count_hist(name="nElectronGood", coll="ElectronGood", bins=3, start=0, stop=3),
            **count_hist(name="nMuonGood", coll="MuonGood", bins=3, start=0, stop=3),
            **count_hist(name="nJets", coll="JetGood", bins=8, start=0, stop=8),
            **count_hist(name="nBJets", coll="BJetGood", bins=8, start=0, stop=8),
            **jet_hists(coll="JetGood", pos=0),
            **jet_hists(coll="JetGood", pos=1),
            "mll": HistConf([Axis(coll="ll", field="mass", bins=100, start=0, stop=200,
                                  label=r"$M_{\ell\ell}$ [GeV]")]),
        },
        # The example's @ColOut: PocketCoffea adds the weight columns to it.
        columns={"common": {"inclusive": [ColOut("MuonGood", ["pt", "eta", "phi"], flatten=False)],
                            "bycategory": {}},
                 "bysample": {}},
    )
