#!/usr/bin/env python3
"""Run PocketCoffea's Z->mumu analysis (zmumu_config.py) in-process with coffea's iterative
executor and dump cut flow, sumw/sumw2 and every histogram per variation as JSON.

    /tmp/pcvenv/bin/python zmumu_reference.py INPUT.root [INPUT2.root ...] -o OUT.json \
        [--calibration on|off] [--datasets datasets.json] [--jme FILE] [--pileup FILE] \
        [--muon-sf FILE] [--lumi PB] [--golden-json FILE] [--chunksize N]

Without --datasets the inputs form one MC dataset DYJetsToLL_M-50_2018 (sample DYJetsToLL,
year 2018, xsec 6077.22 pb); with it, any PocketCoffea-style dataset JSON (e.g. the one
`cortado datasets` writes) is used as is.

Corrections (defaults: Cortado's toy files in example-zmumu/src/main/resources/zmumu/corrections):
  --pileup   LUM-style file, correction Collisions18_UltraLegacy_goldenJSON(NumTrueInteractions, weights)
  --muon-sf  MUO file. PocketCoffea HEAD evaluates (eta, pt, "nominal"|"systup"|"systdown") at |eta|;
             a Run-2 UL layout file (year, abseta, pt, ValType) such as the toy one is rewritten
             into that layout first (same nodes and numbers, year key 2018_UL, sf -> nominal),
             into the scratch directory.
  --jme      JME jet_jerc file (default: toy_jet_jerc.json.gz beside the toy files if it exists,
             else /work/shared/data/corrections/POG__JME__2018_UL__jet_jerc.json.gz). The JER tag
             is PocketCoffea's default Summer19UL18_JRV3_MC, or the file's only
             Summer19UL18_JRV*_MC tag when it lacks that one (see pc_common.pick_jer_tag);
             old-format JER scale factors go through pc_common.install_legacy_jer_sf_support.

With --calibration on the calibrators are [JetsCalibrator, METCalibrator] and the shape
variation "jet_calibration" is requested (AK4PFchs_JES_TotalUp/Down, AK4PFchs_JERUp/Down).
The NanoAOD branches the calibrators read are checked first; if any is missing nothing is run
and OUT.json gets {"status": "missing-branches", "missing": {file: [branches]}} (exit code 3).

Output structure:
{
  "format": "cortado-pocketcoffea-zmumu-reference/1",
  "status": "ok",
  "generator": {versions, pocket_coffea commit},
  "options": {calibration, inputs, input_content_sha256 (pc_common.content_digest of each input:
              the values of its branches, whatever the file layout), jme_json, jer_tag, jer_note,
              pileup, muon_sf, lumi, chunksize},
  "sum_genweights": {dataset: float}, "sum_signOf_genweights": {dataset: float},
  "cutflow": {"initial": {dataset: n}, "skim": {dataset: n},
              "presel": {dataset: {variation: n}},
              "<category>": {dataset: {sample: {variation: n}}}},
  "sumw":  {"<category>": {dataset: {sample: {variation: float}}}},   # after 1/sum_genweights
  "sumw2": same, scaled by 1/sum_genweights^2,
  "histograms": {name: {
      "axes": [{"name", "label", "kind", "edges", "underflow", "overflow"}],   # the data axis
      "samples": {sample: {dataset: {category: {variation: {"sumw": [...], "sumw2": [...]}}}}}}},
  "columns": {sample: {dataset: {category: {"weight": [...], "weight_variation_<v>": [...],
              "MuonGood_N": [...]}}}}   # the nominal pass's column output, in event order
}
Histogram arrays include the flow bins (underflow first, overflow last, as in Cortado's
histograms.json); data histograms (no variation axis) use the variation key "nominal".
"""
import argparse
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pc_common  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TOY_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "src", "main", "resources", "zmumu", "corrections"))
REAL_JME = "/work/shared/data/corrections/POG__JME__2018_UL__jet_jerc.json.gz"

# NanoAOD (v9) branches read by JetsCalibrator + METCalibrator for 2018 MC with the defaults;
# collision data (JEC only, no JER smearing) does not read the MC_ONLY ones.
CALIBRATION_MC_ONLY = ["Jet_genJetIdx", "nGenJet", "GenJet_pt", "GenJet_eta", "GenJet_phi", "GenJet_mass"]
CALIBRATION_BRANCHES = [
    "Jet_pt", "Jet_eta", "Jet_phi", "Jet_mass", "Jet_rawFactor", "Jet_area", "Jet_genJetIdx",
    "Jet_muonSubtrFactor", "Jet_chEmEF", "Jet_neEmEF",
    "nGenJet", "GenJet_pt", "GenJet_eta", "GenJet_phi", "GenJet_mass",
    "fixedGridRhoFastjetAll", "event", "run",
    "nCorrT1METJet", "CorrT1METJet_rawPt", "CorrT1METJet_eta", "CorrT1METJet_phi",
    "CorrT1METJet_area", "CorrT1METJet_muonSubtrFactor",
    "RawMET_pt", "RawMET_phi", "MET_pt", "MET_phi",
]


def read_json_any(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt") as f:
        return json.load(f)


def muon_sf_in_current_layout(path, scratch):
    """Return a MUO file PocketCoffea HEAD can evaluate as (eta, pt, scale_factors)."""
    d = read_json_any(path)
    converted = False
    for c in d["corrections"]:
        names = [i["name"] for i in c["inputs"]]
        if names == ["eta", "pt", "scale_factors"]:
            continue
        if names != ["year", "abseta", "pt", "ValType"]:
            raise SystemExit(f"{path}: correction {c['name']} has inputs {names}; unsupported")
        year_node = c["data"]
        assert year_node["nodetype"] == "category" and year_node["input"] == "year"
        content = [x["value"] for x in year_node["content"] if x["key"] == "2018_UL"]
        if len(content) != 1:
            raise SystemExit(f"{path}: {c['name']} has no year key 2018_UL")
        vt = content[0]
        assert vt["nodetype"] == "category" and vt["input"] == "ValType"

        def rename(node):
            if isinstance(node, dict):
                out = {k: rename(v) for k, v in node.items()}
                if out.get("input") == "abseta":
                    out["input"] = "eta"
                if "inputs" in out and isinstance(out["inputs"], list):
                    out["inputs"] = ["eta" if x == "abseta" else x for x in out["inputs"]]
                return out
            if isinstance(node, list):
                return [rename(x) for x in node]
            return node

        keymap = {"sf": "nominal", "systup": "systup", "systdown": "systdown"}
        c["data"] = {"nodetype": "category", "input": "scale_factors",
                     "content": [{"key": keymap[x["key"]], "value": rename(x["value"])}
                                 for x in vt["content"] if x["key"] in keymap]}
        c["inputs"] = [{"name": "eta", "type": "real", "description": "|eta| (rewritten from abseta)"},
                       {"name": "pt", "type": "real"},
                       {"name": "scale_factors", "type": "string"}]
        converted = True
    if not converted:
        return path, False
    os.makedirs(scratch, exist_ok=True)
    out = os.path.join(scratch, "muon_sf_current_layout.json")
    with open(out, "w") as f:
        json.dump(d, f)
    return out, True


def missing_branches(files, wanted, data_files=()):
    """{file: [branches]} of the wanted branches a file lacks (MC-only ones not asked of data)."""
    import uproot
    out = {}
    for f in files:
        keys = set(uproot.open(f)["Events"].keys())
        need = [b for b in wanted if not (f in data_files and b in CALIBRATION_MC_ONLY)]
        miss = [b for b in need if b not in keys]
        if miss:
            out[f] = miss
    return out


def export_hist(h, categories):
    """{category: {variation: {"sumw", "sumw2"}}} plus the description of the data axis."""
    import numpy as np
    names = [a.name for a in h.axes]
    assert names[0] == "cat", names
    has_var = len(names) > 1 and names[1] == "variation"
    data_axes = list(h.axes)[2 if has_var else 1:]
    if len(data_axes) != 1:
        raise SystemExit(f"only 1-D histograms are exported, got axes {names}")
    ax = data_axes[0]
    axis = {"name": ax.name, "label": ax.label, "kind": type(ax).__name__.lower(),
            "edges": [float(e) for e in ax.edges],
            "underflow": bool(ax.traits.underflow), "overflow": bool(ax.traits.overflow)}
    out = {}
    for cat in h.axes[0]:
        out[cat] = {}
        variations = list(h.axes[1]) if has_var else ["nominal"]
        for var in variations:
            sel = {"cat": cat}
            if has_var:
                sel["variation"] = var
            sub = h[sel]
            out[cat][var] = {"sumw": np.asarray(sub.values(flow=True)).tolist(),
                             "sumw2": np.asarray(sub.variances(flow=True)).tolist()}
    return axis, out


def nominal_columns(columns):
    """The nominal pass's weight and size columns: {sample: {dataset: {category: {name: [...]}}}}.
    The per-object columns stay out (the histograms check those values already)."""
    out = {}
    for sample, by_ds in columns.items():
        for dataset, by_cat in by_ds.items():
            for category, by_var in by_cat.items():
                cols = by_var.get("nominal", {})
                out.setdefault(sample, {}).setdefault(dataset, {})[category] = {
                    name: [float(x) for x in acc.value]
                    for name, acc in cols.items() if name.startswith("weight") or name.endswith("_N")}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--calibration", choices=["on", "off"], default="on")
    ap.add_argument("--datasets", help="PocketCoffea-style dataset JSON (default: inputs as DY MC)")
    ap.add_argument("--jme")
    ap.add_argument("--pileup", default=os.path.join(TOY_DIR, "toy_puWeights_2018.json"))
    ap.add_argument("--pileup-name", default="Collisions18_UltraLegacy_goldenJSON")
    ap.add_argument("--muon-sf", default=os.path.join(TOY_DIR, "toy_muon_Z_2018.json"))
    ap.add_argument("--lumi", type=float, help="2018 integrated luminosity in pb^-1 (default PocketCoffea's)")
    ap.add_argument("--golden-json", help="2018 golden JSON (only read for data)")
    ap.add_argument("--chunksize", type=int, default=10_000_000,
                    help="events per chunk (default: one chunk per file, so fills are in event order)")
    ap.add_argument("--scratch", default="/tmp/pc-work/zmumu-scratch")
    args = ap.parse_args()

    calibration = args.calibration == "on"
    jme = args.jme
    if jme is None:
        toy = os.path.join(TOY_DIR, "toy_jet_jerc.json.gz")
        jme = toy if os.path.exists(toy) else REAL_JME

    # datasets
    if args.datasets:
        datasets_json = args.datasets
        ds = json.load(open(datasets_json))
    else:
        if not args.inputs:
            raise SystemExit("give input files or --datasets")
        import uproot
        files = [os.path.abspath(f) for f in args.inputs]
        nevents = sum(uproot.open(f)["Events"].num_entries for f in files)
        ds = {"DYJetsToLL_M-50_2018": {
            "metadata": {"sample": "DYJetsToLL", "year": "2018", "isMC": "True",
                         "xsec": "6077.22", "nevents": str(nevents)},
            "files": files}}
        os.makedirs(args.scratch, exist_ok=True)
        datasets_json = os.path.join(args.scratch, "datasets.json")
        json.dump(ds, open(datasets_json, "w"), indent=1)
    all_files = [f for d in ds.values() for f in d["files"]]
    data_files = {f for d in ds.values() if str(d["metadata"].get("isMC")) != "True" for f in d["files"]}
    samples = sorted({d["metadata"]["sample"] for d in ds.values()})

    jer_tag, jer_note = (None, None)
    if calibration:
        miss = missing_branches(all_files, CALIBRATION_BRANCHES, data_files)
        if miss:
            for f, m in miss.items():
                print(f"MISSING for calibration in {f}: {', '.join(m)}")
            pc_common.dump_json({"format": "cortado-pocketcoffea-zmumu-reference/1",
                                 "status": "missing-branches", "missing": miss,
                                 "required": CALIBRATION_BRANCHES}, args.output)
            sys.exit(3)
        jer_tag, jer_note = pc_common.pick_jer_tag(jme, "Summer19UL18_JRV3_MC")
        if jer_note:
            print("NOTE:", jer_note)

    # parameters
    from omegaconf import OmegaConf
    import zmumu_config
    params = pc_common.default_parameters(jme, jer_tag=jer_tag)
    pc_common.install_legacy_jer_sf_support()
    muon_sf, muon_converted = muon_sf_in_current_layout(args.muon_sf, args.scratch)
    overlay = {
        "pileupJSONfiles": {"2018": {"file": os.path.abspath(args.pileup), "name": args.pileup_name}},
        "lepton_scale_factors": {"muon_sf": {"JSONfiles": {"2018": {"file": os.path.abspath(muon_sf)}}}},
    }
    if args.lumi is not None:
        overlay["lumi"] = {"picobarns": {"2018": {"tot": args.lumi}}}
    if args.golden_json:
        overlay.setdefault("lumi", {})["goldenJSON"] = {"2018": os.path.abspath(args.golden_json)}
    params = OmegaConf.merge(params, OmegaConf.create(zmumu_config.ANALYSIS_PARAMS),
                             OmegaConf.create(overlay))
    OmegaConf.resolve(params)

    cfg = zmumu_config.make_configurator(params, [datasets_json], samples, calibration)
    cfg.load()

    from coffea import processor
    from coffea.nanoevents import NanoAODSchema
    run = processor.Runner(executor=processor.iterative_executor(), chunksize=args.chunksize,
                           schema=NanoAODSchema, format="root")
    t0 = time.time()
    out = run(cfg.filesets, treename="Events", processor_instance=cfg.processor_instance)
    elapsed = time.time() - t0

    hists = {}
    for name, by_sample in out["variables"].items():
        entry = {"axes": None, "samples": {}}
        for sample, by_ds in by_sample.items():
            entry["samples"][sample] = {}
            for dataset, h in by_ds.items():
                axis, content = export_hist(h, None)
                entry["axes"] = [axis]
                entry["samples"][sample][dataset] = content
        hists[name] = entry

    result = {
        "format": "cortado-pocketcoffea-zmumu-reference/1",
        "status": "ok",
        "generator": dict(pc_common.versions(), script="example-zmumu/tools/pocketcoffea/zmumu_reference.py"),
        "options": {
            "calibration": calibration,
            "calibrators": [c.__name__ for c in cfg.calibrators],
            "shape_variations": ["jet_calibration"] if calibration else [],
            "inputs": [os.path.basename(f) for f in all_files],
            "input_content_sha256": {os.path.basename(f): pc_common.content_digest(f) for f in all_files},
            "datasets": {k: v["metadata"] for k, v in ds.items()},
            "jme_json": os.path.basename(jme) if calibration else None,
            "jer_tag": jer_tag, "jer_note": jer_note,
            "pileup": os.path.basename(args.pileup),
            "muon_sf": os.path.basename(args.muon_sf),
            "muon_sf_rewritten_to_current_layout": muon_converted,
            "lumi_pb": float(params.lumi.picobarns["2018"]["tot"]),
            "chunksize": args.chunksize,
        },
        "sum_genweights": dict(out.get("sum_genweights", {})),
        "sum_signOf_genweights": dict(out.get("sum_signOf_genweights", {})),
        "cutflow": out["cutflow"],
        "sumw": out.get("sumw", {}),
        "sumw2": out.get("sumw2", {}),
        "histograms": hists,
        "columns": nominal_columns(out.get("columns", {})),
    }
    pc_common.dump_json(result, args.output, compact=True)
    cf = out["cutflow"]
    for dsname in cf["initial"]:
        print(f"{dsname}: initial {cf['initial'][dsname]}, skim {cf['skim'][dsname]}, "
              f"presel {dict(cf['presel'][dsname])}")
        for cat in [k for k in cf if k not in ("initial", "skim", "presel")]:
            print(f"  {cat}: {json.dumps(pc_common.jsonable(cf[cat].get(dsname, {})))}")
            sw = out.get("sumw", {}).get(cat, {}).get(dsname)
            if sw:
                print(f"  sumw {cat}: {json.dumps(pc_common.jsonable(sw))}")
    print(f"wrote {args.output} ({elapsed:.1f} s)")


if __name__ == "__main__":
    main()
