"""Expected jet calibration and type-1 MET for JetCalibratorTest and MetCalibratorTest.

Development aid only; the build never runs it. It re-implements, step by step and with the same
libraries (awkward, numpy, correctionlib 2.9.0, vector), what PocketCoffea (bfe4447) does to the
jets and the MET of a 2018 simulated chunk, and dumps every number:

- pocket_coffea/lib/jets.py: add_jec_variables, get_jer_correction_set (the JERSmear correction
  it builds at run time), get_jersmear / get_jersmear_SFunc, jet_correction_corrlib;
- pocket_coffea/lib/calibrators/common/common.py: JetsCalibrator (initialize, calibrate,
  apply_variation: the rawFactor update, merge_collections_for_variations, the sort by pt) and
  METCalibrator.calibrate (type-1 MET from RawMET with the Jet and CorrT1METJet terms, and the
  unclustered-energy variations).

Inputs: the real CMS JME 2018 UL file and NanoAOD v9 files of shared/data. The JME file is the
jsonpog one of 2022-12 (JER Summer19UL18_JRV2_MC, whose ScaleFactor takes (JetEta, systematic)
and which has no SFUncertainty correction), not the 2026 cvmfs file PocketCoffea's defaults name
(JRV3, with SFUncertainty). PocketCoffea bfe4447 only knows the SFUncertainty layout: with this
file get_jersmear_SFunc would fail on the missing 'systematic' input. For such files the script
follows PocketCoffea's own get_jersmear (kept in jets.py), i.e. what it did for NanoAOD v9
before ba8b8b9f: SF = ScaleFactor(eta, "nom"|"up"|"down").

Besides the simulation passes, a data pass with apply_jec_Data and met apply_data switched on
(era A) checks the data JEC and the type-1 MET of data.

    cd runtime/src/test/resources/calibration
    /tmp/venv/bin/python make_expected.py /work/shared/data > calibration_expected.json
"""
import gzip
import json
import sys
import warnings

import awkward as ak
import correctionlib
import numpy as np
import uproot
import vector
from correctionlib.schemav2 import Correction, CorrectionSet

vector.register_awkward()
# PocketCoffea's pydantic calls (parse_raw, parse_obj) are deprecated in pydantic 2.
warnings.filterwarnings("ignore", category=DeprecationWarning)

SHARED = sys.argv[1]
JME = f"{SHARED}/corrections/POG__JME__2018_UL__jet_jerc.json.gz"
FILES = ["nano_dy.root", "nanoAOD_2015_CMS_Open_Data_ttbar.root"]
CALIB = {  # jets_calibration.jet_types.AK4PFchs.2018, with the JER tag of the file at hand
    "json_path": JME,
    "jec_mc": "Summer19UL18_V5_MC",
    "jec_data": {"A": "Summer19UL18_RunA_V5_DATA", "B": "Summer19UL18_RunB_V5_DATA",
                 "C": "Summer19UL18_RunC_V5_DATA", "D": "Summer19UL18_RunD_V5_DATA"},
    "jer": "Summer19UL18_JRV2_MC",
    "level": "L1L2L3Res",
}
JET_TYPE = "AK4PFchs"  # Jet; CorrT1METJet (AK4CorrT1METJetchs) is aliased to it
VARIATIONS = ["JES_Total", "JER"]  # variations.AK4PFchs.2018
MERGED = {"AK4PFchs": ["AK4PFchs", "AK4CorrT1METJetchs"]}  # merge_collections_for_variations
COLLECTION = {"AK4PFchs": "Jet", "AK4CorrT1METJetchs": "CorrT1METJet"}
# The variation names JetsCalibrator.initialize lists (jet type after the merge), then METCalibrator's.
JET_PASSES = sorted({f"AK4PFchs_{v}{d}" for v in VARIATIONS for d in ("Up", "Down")})
PASSES = ["nominal"] + JET_PASSES + ["unclust_EnDown", "unclust_EnUp"]

BRANCHES = ["event", "run", "fixedGridRhoFastjetAll", "RawMET_pt", "RawMET_phi", "MET_pt",
            "MET_phi", "MET_MetUnclustEnUpDeltaX", "MET_MetUnclustEnUpDeltaY",
            "Jet_pt", "Jet_eta", "Jet_phi", "Jet_mass", "Jet_rawFactor", "Jet_area",
            "Jet_genJetIdx", "Jet_muonSubtrFactor", "Jet_chEmEF", "Jet_neEmEF", "GenJet_pt",
            "CorrT1METJet_rawPt", "CorrT1METJet_eta", "CorrT1METJet_phi", "CorrT1METJet_area",
            "CorrT1METJet_muonSubtrFactor"]


PUPPI = ["RawPuppiMET_pt", "RawPuppiMET_phi", "PuppiMET_pt", "PuppiMET_phi",
         "PuppiMET_ptUnclusteredUp", "PuppiMET_phiUnclusteredUp", "PuppiMET_ptUnclusteredDown",
         "PuppiMET_phiUnclusteredDown"]


def load_events(path):
    tree = uproot.open(path)["Events"]
    puppi = all(b in tree for b in PUPPI)
    a = tree.arrays(BRANCHES + (PUPPI if puppi else []))
    ev = {k: a[k] for k in ("event", "run", "fixedGridRhoFastjetAll")}
    if puppi:
        ev["RawPuppiMET"] = ak.zip({"pt": a.RawPuppiMET_pt, "phi": a.RawPuppiMET_phi})
        ev["PuppiMET"] = ak.zip({f: a[f"PuppiMET_{f}"] for f in (
            "pt", "phi", "ptUnclusteredUp", "phiUnclusteredUp", "ptUnclusteredDown",
            "phiUnclusteredDown")})
    ev["RawMET"] = ak.zip({"pt": a.RawMET_pt, "phi": a.RawMET_phi})
    ev["MET"] = ak.zip({"pt": a.MET_pt, "phi": a.MET_phi,
                        "MetUnclustEnUpDeltaX": a.MET_MetUnclustEnUpDeltaX,
                        "MetUnclustEnUpDeltaY": a.MET_MetUnclustEnUpDeltaY})
    jets = ak.zip({f: a[f"Jet_{f}"] for f in ("pt", "eta", "phi", "mass", "rawFactor", "area",
                                                "genJetIdx", "muonSubtrFactor", "chEmEF",
                                                "neEmEF")})
    # coffea's Jet.matched_gen: GenJet[genJetIdx] when 0 <= genJetIdx < nGenJet, else None
    # (transforms.local2global masks both ends).
    idx = jets.genJetIdx
    ngen = ak.num(a.GenJet_pt)
    valid = (idx >= 0) & (idx < ngen)
    safe = ak.where(valid, idx, 0)
    padded = ak.pad_none(a.GenJet_pt, 1)
    matched = ak.mask(padded[safe], valid)
    ev["Jet"] = jets
    ev["Jet_matched_gen_pt"] = matched
    ev["CorrT1METJet"] = ak.zip({f: a[f"CorrT1METJet_{f}"] for f in ("rawPt", "eta", "phi", "area",
                                                                   "muonSubtrFactor")})
    return ev


def add_jec_variables(jets, event_rho, matched_gen_pt, is_mc=True):
    """jets.py add_jec_variables."""
    if "pt" not in jets.fields:  # CorrT1METJet
        jets["pt"] = jets.rawPt
        jets["pt_raw"] = jets.rawPt
        jets["mass_raw"] = jets.rawMass if "rawMass" in jets.fields else ak.zeros_like(jets.rawPt)
    else:
        jets["pt_raw"] = (1 - jets.rawFactor) * jets.pt  # float32, as awkward does
        jets["mass_raw"] = (1 - jets.rawFactor) * jets.mass
    jets["event_rho"] = ak.broadcast_arrays(event_rho, jets.pt)[0]
    if is_mc:
        if matched_gen_pt is not None:
            jets["pt_gen"] = ak.values_astype(ak.fill_none(matched_gen_pt, 0), np.float32)
        else:  # CorrT1METJet has no matched_gen: AttributeError branch
            jets["pt_gen"] = ak.zeros_like(jets.pt, dtype=np.float32)
    return jets


def jer_correction_set(json_path, tags):
    """jets.py get_jer_correction_set: the file's JER corrections plus the run-time JERSmear."""
    with gzip.open(json_path) as fin:
        cset = CorrectionSet.parse_raw(fin.read())
    cset.corrections = [c for c in cset.corrections if c.name in tags]
    cset.compound_corrections = []
    smear = Correction.parse_obj({
        "name": "JERSmear", "description": "Jet smearing tool", "version": 1,
        "inputs": [{"name": "JetPt", "type": "real"}, {"name": "JetEta", "type": "real"},
                   {"name": "GenPt", "type": "real"}, {"name": "Rho", "type": "real"},
                   {"name": "EventID", "type": "int"}, {"name": "JER", "type": "real"},
                   {"name": "JERsf", "type": "real"}],
        "output": {"name": "smear", "type": "real"},
        "data": {"nodetype": "binning", "input": "GenPt", "edges": [-1, 0, 1], "flow": "clamp",
                 "content": [
                     {"nodetype": "transform", "input": "GenPt",
                      "rule": {"nodetype": "hashprng",
                               "inputs": ["JetPt", "JetEta", "Rho", "EventID"],
                               "distribution": "normal"},
                      "content": {"nodetype": "formula",
                                  "expression": "1+sqrt(max(x*x - 1, 0)) * y * z",
                                  "parser": "TFormula", "variables": ["JERsf", "JER", "GenPt"]}},
                     {"nodetype": "formula", "expression": "1+(x-1)*(y-z)/y",
                      "parser": "TFormula", "variables": ["JERsf", "JetPt", "GenPt"]}]}})
    cset.corrections.append(smear)
    return cset.to_evaluator()


def evaluate(corr, eval_dict):
    return corr.evaluate(*[eval_dict[i.name] for i in corr.inputs])


def jet_correction_corrlib(events, jets, matched_gen_pt, is_mc, era, do_variations, out):
    """jets.py jet_correction_corrlib, for one collection; `out` receives per-jet diagnostics."""
    jec_tag = CALIB["jec_mc"] if is_mc else CALIB["jec_data"][era]
    apply_jer = is_mc
    jes_syst = is_mc and do_variations
    jer_syst = jes_syst and "JER" in VARIATIONS
    tag_jec = "_".join([jec_tag, CALIB["level"], JET_TYPE])
    cset = correctionlib.CorrectionSet.from_file(CALIB["json_path"])
    counts = ak.num(jets)
    jets = add_jec_variables(jets, events["fixedGridRhoFastjetAll"], matched_gen_pt, is_mc)
    if apply_jer or jer_syst:
        jets["event_id"] = ak.ones_like(jets.pt) * events["event"]  # float64, as in PocketCoffea
    jets["run_nr"] = ak.ones_like(jets.pt) * events["run"]
    j = ak.flatten(jets)
    eval_dict = {"JetPt": j.pt_raw, "JetEta": j.eta, "JetPhi": j.phi, "Rho": j.event_rho,
                 "JetA": j.area, "run": j.run_nr}
    eval_dict = {k: ak.to_numpy(v) for k, v in eval_dict.items()}
    sf = evaluate(cset.compound[tag_jec], eval_dict)
    cols = {f: j[f] for f in j.fields}
    cols["pt"] = sf * j.pt_raw
    cols["mass"] = sf * j.mass_raw
    out.update(pt_raw=j.pt_raw, jec=sf, pt_jec=cols["pt"])
    if apply_jer or jer_syst:
        ptres_tag = f"{CALIB['jer']}_PtResolution_{JET_TYPE}"
        sf_tag = f"{CALIB['jer']}_ScaleFactor_{JET_TYPE}"
        sfunc_tag = sf_tag.replace("ScaleFactor", "SFUncertainty")
        ceval = jer_correction_set(CALIB["json_path"], (ptres_tag, sf_tag, sfunc_tag))
        eval_dict.update({"JetPt": ak.to_numpy(cols["pt"]), "GenPt": ak.to_numpy(j.pt_gen),
                          "EventID": ak.to_numpy(j.event_id)})
        jer = evaluate(ceval[ptres_tag], eval_dict)
        eval_dict["JER"] = jer
        eval_dict["GenPt"] = np.where(
            np.abs(eval_dict["JetPt"] - eval_dict["GenPt"]) < 3 * eval_dict["JetPt"] * eval_dict["JER"],
            eval_dict["GenPt"], -1.0)
        smears = {}
        if sfunc_tag in list(ceval.keys()):  # get_jersmear_SFunc (JER files with SFUncertainty)
            base = evaluate(ceval[sf_tag], eval_dict)
            unc = evaluate(ceval[sfunc_tag], eval_dict)
            sfs = {"nom": base, "up": base * (1 + unc), "down": base * (1 - unc)}
        else:  # get_jersmear(..., "nom" | "up" | "down") (ScaleFactor with a systematic input)
            sfs = {}
            for syst in ("nom", "up", "down"):
                eval_dict["systematic"] = syst
                sfs[syst] = evaluate(ceval[sf_tag], eval_dict)
        for syst, value in sfs.items():
            eval_dict["JERsf"] = value
            smears[syst] = evaluate(ceval["JERSmear"], eval_dict)
        out.update(jer=jer, gen_pt=eval_dict["GenPt"], sf=sfs["nom"], smear=smears["nom"])
        if jer_syst:
            for d in ("up", "down"):
                cols[f"pt_JER_{d}"] = cols["pt"] * smears[d]
                cols[f"mass_JER_{d}"] = cols["mass"] * smears[d]
        cols["pt"] = cols["pt"] * smears["nom"]
        cols["mass"] = cols["mass"] * smears["nom"]
    if jes_syst:
        eval_dict["JetPt"] = ak.to_numpy(cols["pt"])
        for jes in [s[4:] for s in VARIATIONS if s.startswith("JES")]:
            delta = evaluate(cset["_".join([jec_tag, jes, JET_TYPE])], eval_dict)
            out[f"delta_{jes}"] = delta
            for d, f in (("up", 1 + delta), ("down", 1 - delta)):
                cols[f"pt_JES_{jes}_{d}"] = cols["pt"] * f
                cols[f"mass_JES_{jes}_{d}"] = cols["mass"] * f
    jets = ak.unflatten(ak.zip(cols, depth_limit=1), counts)
    # JetsCalibrator.initialize: rawFactor of the calibrated jets
    return ak.with_field(jets, ak.where(jets.pt != 0, 1 - jets.pt_raw / jets.pt, 0), "rawFactor")


def calibrate_jets(calibrated, variation):
    """JetsCalibrator.calibrate (+ apply_variation) for every calibrated collection."""
    out = {name: jets for name, jets in calibrated.items()}
    if variation != "nominal" and variation in JET_PASSES:
        parts = variation.split("_")
        jet_type = parts[0]
        if variation.endswith("Up"):
            vtype, direction = "_".join(parts[1:])[:-2], "up"
        else:
            vtype, direction = "_".join(parts[1:])[:-4], "down"
        for merged in MERGED.get(jet_type, [jet_type]):
            name = COLLECTION[merged]
            jets = out[name]
            jets = ak.with_field(jets, calibrated[name][f"pt_{vtype}_{direction}"], "pt")
            jets = ak.with_field(jets, calibrated[name][f"mass_{vtype}_{direction}"], "mass")
            jets = ak.with_field(jets, ak.where(jets.pt != 0, 1 - jets.pt_raw / jets.pt, 0),
                                 "rawFactor")
            out[name] = jets
    orders = {}
    for name in out:  # sort_by_pt.2018.AK4PFchs, also for CorrT1METJet through its alias
        order = ak.argsort(out[name].pt, axis=1, ascending=False)
        out[name] = out[name][order]
        orders[name] = order
    return out, orders


def calibrate_met(events, jets_calib, corr_t1, variation, active, met_branch="MET",
                  raw_branch="RawMET"):
    """METCalibrator.calibrate (no electron or muon calibration in the chain)."""
    met_final = vector.zip({"rho": events[raw_branch]["pt"], "phi": events[raw_branch]["phi"]})
    if active:
        jet_jec_l1l2l3 = 1. / (1. - jets_calib["rawFactor"])
        jet_jec_l1 = 1.
        corr_jec_l1l2l3 = 1. / (1. - corr_t1["rawFactor"])
        jet_pt_nomu_raw = jets_calib["pt"] * (1. - jets_calib["rawFactor"]) * (1. - jets_calib["muonSubtrFactor"])
        jet_phi_nomu_raw = jets_calib["phi"]  # no muonSubtrDeltaPhi in NanoAOD v9
        corr_pt_nomu_raw = corr_t1["rawPt"] * (1. - corr_t1["muonSubtrFactor"])
        corr_phi_nomu_raw = corr_t1["phi"]
        jet_pt_l1 = jet_pt_nomu_raw * jet_jec_l1
        jet_pt_l1l2l3 = jet_pt_nomu_raw * jet_jec_l1l2l3
        corr_pt_l1 = corr_pt_nomu_raw * jet_jec_l1
        corr_pt_l1l2l3 = corr_pt_nomu_raw * corr_jec_l1l2l3
        mask_jets = (jet_pt_l1l2l3 > 15) & (jets_calib["chEmEF"] + jets_calib["neEmEF"] < 0.9)
        # PocketCoffea tests "EmEF" in the *Jet* fields, which NanoAOD never has.
        mask_corr = corr_pt_l1l2l3 > 15
        jet_term = (vector.zip({"rho": jet_pt_l1l2l3[mask_jets], "phi": jet_phi_nomu_raw[mask_jets]})
                    - vector.zip({"rho": jet_pt_l1[mask_jets], "phi": jet_phi_nomu_raw[mask_jets]}))
        corr_term = (vector.zip({"rho": corr_pt_l1l2l3[mask_corr], "phi": corr_phi_nomu_raw[mask_corr]})
                     - vector.zip({"rho": corr_pt_l1[mask_corr], "phi": corr_phi_nomu_raw[mask_corr]}))
        met_final = met_final - vector.zip({"x": ak.sum(jet_term.x, axis=1),
                                            "y": ak.sum(jet_term.y, axis=1)})
        met_final = met_final - vector.zip({"x": ak.sum(corr_term.x, axis=1),
                                            "y": ak.sum(corr_term.y, axis=1)})
    if variation in ("unclust_EnUp", "unclust_EnDown") and met_branch == "PuppiMET":
        direct = "Up" if variation == "unclust_EnUp" else "Down"
        met = events[met_branch]
        delta_met = (vector.zip({"rho": met["ptUnclustered" + direct],
                                 "phi": met["phiUnclustered" + direct]})
                     - vector.zip({"rho": met["pt"], "phi": met["phi"]}))
        met_final = met_final + delta_met
    elif variation in ("unclust_EnUp", "unclust_EnDown"):  # MET_collection "MET"
        met = events["MET"]
        metx = met["pt"] * np.cos(met["phi"])
        mety = met["pt"] * np.sin(met["phi"])
        if variation == "unclust_EnUp":
            metx = metx + met["MetUnclustEnUpDeltaX"]
            mety = mety + met["MetUnclustEnUpDeltaY"]
        else:
            metx = metx - met["MetUnclustEnUpDeltaX"]
            mety = mety - met["MetUnclustEnUpDeltaY"]
        met_final = vector.zip({"rho": np.hypot(metx, mety), "phi": np.arctan2(mety, metx)})
    return met_final.rho, met_final.phi


def floats(a):
    return [float(x) for x in ak.to_numpy(ak.flatten(a, axis=None))]


def ints(a):
    return [int(x) for x in ak.to_numpy(ak.flatten(a, axis=None))]


def run(path, is_mc, era=None):
    events = load_events(path)
    if not is_mc:
        events.pop("PuppiMET", None)
    calibrated = {}
    diagnostics = {}
    for name, matched in (("Jet", events["Jet_matched_gen_pt"]), ("CorrT1METJet", None)):
        diagnostics[name] = {}
        calibrated[name] = jet_correction_corrlib(events, events[name], matched, is_mc, era,
                                                  do_variations=is_mc, out=diagnostics[name])
    result = {"Jet": {}, "CorrT1METJet": {}, "MET": {"pt": {}, "phi": {}}}
    for name in ("Jet", "CorrT1METJet"):
        r = result[name]
        r["offsets"] = [0] + list(np.cumsum(ak.to_numpy(ak.num(calibrated[name]))).tolist())
        for k, v in diagnostics[name].items():
            r[k] = [float(x) for x in np.asarray(v)]
        r["rawFactor"] = floats(calibrated[name].rawFactor)
        r["pt"], r["mass"], r["rawFactor_pass"], r["order"] = {}, {}, {}, {}
    for variation in (PASSES if is_mc else ["nominal"]):
        jets, orders = calibrate_jets(calibrated, variation)
        for name in ("Jet", "CorrT1METJet"):
            r = result[name]
            # per jet in the original (branch) order, and the order of the pass
            inverse = ak.argsort(orders[name], axis=1)
            r["pt"][variation] = floats(jets[name].pt[inverse])
            r["mass"][variation] = floats(jets[name].mass[inverse])
            r["rawFactor_pass"][variation] = floats(jets[name].rawFactor[inverse])
            r["order"][variation] = ints(orders[name])
        pt, phi = calibrate_met(events, jets["Jet"], jets["CorrT1METJet"], variation, active=True)
        result["MET"]["pt"][variation] = floats(pt)
        result["MET"]["phi"][variation] = floats(phi)
        if "PuppiMET" in events:
            # The PuppiMET branch of the calibrator (Run 3), on this Run 2 file's PUPPI MET: with
            # met_calibration MET_collection PuppiMET and RawMET_collection RawPuppiMET, active
            # (apply_MC true) and not.
            for active in (True, False):
                key = "PuppiMET" if active else "PuppiMET_inactive"
                result.setdefault(key, {"pt": {}, "phi": {}})
                pt, phi = calibrate_met(events, jets["Jet"], jets["CorrT1METJet"], variation,
                                        active=active, met_branch="PuppiMET",
                                        raw_branch="RawPuppiMET")
                result[key]["pt"][variation] = floats(pt)
                result[key]["phi"][variation] = floats(phi)
    result["events"] = len(events["event"])
    return result


def main():
    out = {"generator": "make_expected.py: PocketCoffea bfe4447 re-implemented with awkward "
                        f"{ak.__version__}, numpy {np.__version__}, correctionlib "
                        f"{correctionlib.__version__}, vector {vector.__version__}",
           "jme_file": "POG__JME__2018_UL__jet_jerc.json.gz", "jer": CALIB["jer"],
           "passes": PASSES, "files": {}}
    for f in FILES:
        path = f"{SHARED}/root/{f}"
        out["files"][f] = {"mc": run(path, True), "data_era_A": run(path, False, era="A")}
    json.dump(out, sys.stdout, indent=None, separators=(",", ":"))
    sys.stdout.write("\n")


main()
