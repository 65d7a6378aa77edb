#!/usr/bin/env python3
"""Per-jet and per-event JEC/JER/type-1-MET reference computed by PocketCoffea's own code.

    /tmp/pcvenv/bin/python jetmet_reference.py INPUT.root -o OUT.json \
        [--jme /work/shared/data/corrections/POG__JME__2018_UL__jet_jerc.json.gz] [--year 2018]

The events are read with coffea's NanoEventsFactory and NanoAODSchema (as PocketCoffea's runner
does), treated as MC of the given year with NanoAOD v9, and calibrated by PocketCoffea's
CalibratorsManager with [JetsCalibrator, METCalibrator], both with variations requested: exactly
what BaseProcessorABC.process does per chunk (initialize, then calibration_loop over
nominal + every available variation). Parameters are PocketCoffea's defaults (2018 AK4PFchs:
Summer19UL18_V5_MC, L1L2L3Res, Summer19UL18_JRV3_MC, variations [JES_Total, JER]) with the JME
json_path pointed at --jme and FatJet left uncalibrated.

To record what enters the JER smearing, pocket_coffea.lib.jets.get_jersmear_SFunc is wrapped: the
wrapper copies its inputs and outputs and then returns what the original returns (nothing is
re-implemented). The whole file is one chunk (entries 0..N).

Output structure (all floats are the float64 values PocketCoffea holds, printed with Python's
round-trip repr; see "dtypes" for what each one was before widening):
{
  "format": "cortado-pocketcoffea-jetmet-reference/1",
  "generator": {versions..., "script": ...},
  "input": {"file", "entries", "year", "isMC": true, "content_sha256", "nano_version": 9,
            "jme_json", "tags"},                          # content_sha256: pc_common.content_digest
  "variations": ["nominal", "AK4PFchs_JERDown", ...]      # as produced by CalibratorsManager
  "dtypes": {"Jet.pt": "float64", ...},
  "events": [ {
      "entry": i, "run": r, "luminosityBlock": l, "event": e,
      "Jet":          {variation: {"orig_idx": [...], "pt": [...], "mass": [...], "rawFactor": [...]}},
      "CorrT1METJet": {variation: {same}},
      "MET":          {variation: {"pt": x, "phi": y}},   # jet variations + unclust_EnUp/Down
      "jer_inputs": {"Jet": [per jet in ORIGINAL NanoAOD order: {
            "JetPt", "JetEta", "Rho", "EventID", "GenPt",       # exactly the JERSmear inputs
            "JER", "JERsf", "JERsf_up", "JERsf_down",     # SFs used for nominal/up/down
            "smear_nom", "smear_up", "smear_down",
            "pt_raw", "mass_raw", "pt_jec"}],             # pt_jec = JEC-only pt (pre-smearing)
                     "CorrT1METJet": [...]}
  } ]
}
Per-variation jet arrays are in PocketCoffea's output order (after its re-sort by the varied
corrected pt); orig_idx[k] is the NanoAOD index of the k-th jet (PocketCoffea's
`pocket_sortidx` field). MET variations: the jet variations change Jet/CorrT1METJet before
METCalibrator runs; unclust_EnUp/Down use nominal jets.
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pc_common  # noqa: E402

DEFAULT_JME = "/work/shared/data/corrections/POG__JME__2018_UL__jet_jerc.json.gz"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--jme", default=DEFAULT_JME)
    ap.add_argument("--year", default="2018")
    ap.add_argument("--print-hash", type=int, default=5, help="print the first N JER hash inputs")
    args = ap.parse_args()

    import awkward as ak
    from coffea.nanoevents import NanoEventsFactory, NanoAODSchema
    import pocket_coffea.lib.jets as pc_jets
    import pocket_coffea.lib.calibrators.common.common as pc_common_cal
    from pocket_coffea.lib.calibrators.common.common import JetsCalibrator, METCalibrator
    from pocket_coffea.lib.calibrators.calibrators_manager import CalibratorsManager
    from pocket_coffea.lib.jets import JET_SORTIDX_FIELD

    jer_tag, jer_note = pc_common.pick_jer_tag(args.jme, "Summer19UL18_JRV3_MC")
    if jer_note:
        print("NOTE:", jer_note)
    params = pc_common.default_parameters(args.jme, jer_tag=jer_tag)
    pc_common.install_legacy_jer_sf_support()
    year = args.year

    # --- instrumentation: record what goes into JER smearing, per collection ---
    captured = {}
    state = {"coll": None}
    orig_corr = pc_common_cal.jet_correction_corrlib
    orig_smear = pc_jets.get_jersmear_SFunc

    def corr_wrapper(*a, **kw):
        state["coll"] = kw.get("jet_coll_name")
        state["pre"] = None
        return orig_corr(*a, **kw)

    def smear_wrapper(_eval_dict, _ceval, _jer_sf_tag, syst_tag=None):
        rec = {}
        dt = {}
        for k in ("JetPt", "JetEta", "Rho", "EventID", "GenPt", "JER"):
            arr = np.asarray(_eval_dict[k])
            dt[k] = str(arr.dtype)
            rec[k] = arr.copy()
        sf_nom, sf_up, sf_down, mode = pc_common.jer_sf_values(_eval_dict, _ceval, _jer_sf_tag, syst_tag)
        rec["JERsf"] = sf_nom
        if sf_up is not None:
            rec["JERsf_up"], rec["JERsf_down"] = sf_up, sf_down
        rec["_sf_mode"] = mode
        out = orig_smear(_eval_dict, _ceval, _jer_sf_tag, syst_tag=syst_tag)
        if syst_tag:
            rec["smear_nom"], rec["smear_up"], rec["smear_down"] = (np.asarray(o) for o in out)
        else:
            rec["smear_nom"] = np.asarray(out)
        rec["_dtypes"] = dt
        rec["_sf_inputs"] = [i.name for i in _ceval[_jer_sf_tag].inputs]
        rec["_sf_tag"] = _jer_sf_tag
        rec["_jer_tags"] = (_jer_sf_tag.replace("ScaleFactor", "PtResolution"), _jer_sf_tag,
                            _jer_sf_tag.replace("ScaleFactor", "SFUncertainty"))
        rec["_smear_inputs"] = [i.name for i in _ceval["JERSmear"].inputs]
        captured[state["coll"]] = rec
        return out

    pc_common_cal.jet_correction_corrlib = corr_wrapper
    pc_jets.get_jersmear_SFunc = smear_wrapper

    metadata_ev = {"dataset": "ref", "sample": "ref", "year": year, "isMC": "True",
                   "xsec": "1.0", "filename": os.path.abspath(args.input)}
    events = NanoEventsFactory.from_root(os.path.abspath(args.input), treepath="Events",
                                         schemaclass=NanoAODSchema,
                                         metadata=metadata_ev).events()
    n = len(events)
    metadata = {"year": year, "sample": "ref", "samplePart": None, "dataset": "ref",
                "isMC": True, "isSkim": False, "era": "MC", "nano_version": 9}

    manager = CalibratorsManager([JetsCalibrator, METCalibrator], events, params, metadata,
                                 requested_calibrator_variations=["jet_calibration",
                                                                  "met_type1_calibration"])
    variations = list(manager.available_variations)

    # raw / JEC-only values from the calibrator's stored collections (original order)
    jc = [c for c in manager.calibrator_sequence if c.name == "jet_calibration"][0]
    stored = {}
    for coll in ("Jet", "CorrT1METJet"):
        j = jc.jets_calibrated[coll]
        stored[coll] = {"pt_raw": j.pt_raw, "mass_raw": j.mass_raw}

    dtypes = {}
    per_var = {}
    for variation, ev in manager.calibration_loop(
            events, variations_for_calibrators=["jet_calibration", "met_type1_calibration"]):
        rec = {}
        for coll in ("Jet", "CorrT1METJet"):
            c = ev[coll]
            rec[coll] = {
                "orig_idx": ak.to_list(c[JET_SORTIDX_FIELD]),
                "pt": ak.to_list(c.pt),
                "mass": ak.to_list(c.mass),
                "rawFactor": ak.to_list(c.rawFactor),
            }
            if variation == "nominal":
                for f in ("pt", "mass", "rawFactor", JET_SORTIDX_FIELD):
                    dtypes[f"{coll}.{f}"] = str(ak.type(c[f]).type.type)
        rec["MET"] = {"pt": ak.to_list(ev.MET.pt), "phi": ak.to_list(ev.MET.phi)}
        dtypes[f"MET.pt[{variation}]"] = str(ak.type(ev.MET.pt).type)
        dtypes[f"MET.phi[{variation}]"] = str(ak.type(ev.MET.phi).type)
        per_var[variation] = rec

    for coll, rec in captured.items():
        for k, v in rec["_dtypes"].items():
            dtypes[f"jer_hash_input.{coll}.{k}"] = v

    # Self-check of the hash input conversion: PocketCoffea passes EventID as float64
    # (ones_like(float32 pt) * uint64 event); correctionlib converts it to the int input.
    # Re-evaluate JERSmear with an int64 EventID and require identical smear factors.
    hash_check = {}
    for coll, rec in captured.items():
        ceval = pc_jets.get_jer_correction_set(
            params.jets_calibration.jet_types.AK4PFchs[year].json_path,
            tuple(rec["_jer_tags"]))
        smear = ceval["JERSmear"]
        vals = {"JetPt": rec["JetPt"], "JetEta": rec["JetEta"], "GenPt": rec["GenPt"],
                "Rho": rec["Rho"], "JER": rec["JER"], "JERsf": rec["JERsf"]}
        as_int = smear.evaluate(*[rec["EventID"].astype(np.int64) if i.name == "EventID"
                                  else vals[i.name] for i in smear.inputs])
        same = bool(np.array_equal(as_int, rec["smear_nom"]))
        hash_check[coll] = {"eventid_int64_gives_identical_smear": same, "n": int(len(as_int))}
        if not same:
            print(f"WARNING: {coll}: JERSmear differs when EventID is int64")

    # per-event assembly
    counts = {coll: ak.to_numpy(ak.num(events[coll])) for coll in ("Jet", "CorrT1METJet")}
    offsets = {coll: np.concatenate([[0], np.cumsum(counts[coll])]) for coll in counts}
    run = ak.to_numpy(events.run)
    lumi = ak.to_numpy(events.luminosityBlock)
    evt = ak.to_numpy(events.event)
    out_events = []
    ordered_vars = ["nominal"] + sorted(v for v in variations if v != "nominal")
    for i in range(n):
        e = {"entry": i, "run": int(run[i]), "luminosityBlock": int(lumi[i]), "event": int(evt[i])}
        for coll in ("Jet", "CorrT1METJet"):
            e[coll] = {}
            for v in ordered_vars:
                r = per_var[v][coll]
                e[coll][v] = {k: r[k][i] for k in ("orig_idx", "pt", "mass", "rawFactor")}
        e["MET"] = {v: {"pt": per_var[v]["MET"]["pt"][i], "phi": per_var[v]["MET"]["phi"][i]}
                    for v in ordered_vars}
        e["jer_inputs"] = {}
        for coll in ("Jet", "CorrT1METJet"):
            rec = captured.get(coll)
            lo, hi = offsets[coll][i], offsets[coll][i + 1]
            jets = []
            pt_raw = ak.to_list(stored[coll]["pt_raw"][i])
            mass_raw = ak.to_list(stored[coll]["mass_raw"][i])
            for k in range(hi - lo):
                d = {"pt_raw": pt_raw[k], "mass_raw": mass_raw[k]}
                if rec is not None:
                    for key in ("JetPt", "JetEta", "Rho", "EventID", "GenPt", "JER", "JERsf",
                                "JERsf_up", "JERsf_down", "smear_nom", "smear_up", "smear_down"):
                        if key in rec:
                            val = rec[key][lo + k]
                            d[key] = int(val) if key == "EventID" else float(val)
                    d["pt_jec"] = d["JetPt"]
                jets.append(d)
            e["jer_inputs"][coll] = jets
        out_events.append(e)

    result = {
        "format": "cortado-pocketcoffea-jetmet-reference/1",
        "generator": dict(pc_common.versions(), script="example-zmumu/tools/pocketcoffea/jetmet_reference.py"),
        "input": {
            "file": os.path.basename(args.input), "entries": n, "year": year, "isMC": True,
            "content_sha256": pc_common.content_digest(args.input),
            "nano_version": 9, "jme_json": os.path.basename(args.jme),
            "tags": {"jec": params.jets_calibration.jet_types.AK4PFchs[year].jec_mc,
                     "level": params.jets_calibration.jet_types.AK4PFchs[year].level,
                     "jer": params.jets_calibration.jet_types.AK4PFchs[year].jer,
                     "jet_variations": list(params.jets_calibration.variations.AK4PFchs[year])},
            "jer_tag_note": jer_note,
            "jer_sf_tag": captured.get("Jet", {}).get("_sf_tag"),
            "jer_sf_mode": captured.get("Jet", {}).get("_sf_mode"),
            "jer_sf_inputs": captured.get("Jet", {}).get("_sf_inputs"),
            "jer_smear_inputs": captured.get("Jet", {}).get("_smear_inputs"),
        },
        "hash_check": hash_check,
        "variations": ordered_vars,
        "dtypes": dtypes,
        "events": out_events,
    }
    pc_common.dump_json(result, args.output, compact=True)

    # console summary: dtypes and the first few JER hash inputs
    print(f"{args.input}: {n} events, variations {ordered_vars}")
    for k, v in sorted(dtypes.items()):
        print(f"  dtype {k}: {v}")
    shown = 0
    for e in out_events:
        for k, d in enumerate(e["jer_inputs"]["Jet"]):
            if shown >= args.print_hash:
                break
            print(f"  hash entry={e['entry']} jet={k}: JetPt={d['JetPt']!r} JetEta={d['JetEta']!r} "
                  f"Rho={d['Rho']!r} EventID={d['EventID']} GenPt={d['GenPt']!r} JER={d['JER']!r} "
                  f"JERsf={d['JERsf']!r} smear={d['smear_nom']!r}")
            shown += 1
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
