#!/usr/bin/env python3
"""The Z->mumu example (example-zmumu's ZMuMuAnalysis) written with uproot 5 + awkward 2 +
correctionlib, as a physicist would write it without a framework: the skim, the object selections
with jet cleaning, the dilepton selection, the weights (genWeight, lumi, cross-section, pile-up, muon
ID and isolation, with their up and down variations) and all 14 histograms with their flow bins.
Jet calibration is left out: run.sh compiles Cortado's example without jet variations and runs it
with no-jet-calibration.yaml, so both compute the same thing.

    python zmumu_uproot.py FILE --xsec 6077.22 --processes 2 -o peer.json

N processes (multiprocessing) each read and process entry ranges of --step entries; the partial sums
are added in entry order. The comparisons are written as Cortado's kernel writes them (float
comparisons on float branches with float parameters, double arithmetic for masses and distances),
so that every event falls into the same bin. Prints the processing time (file open to merged
histograms, without the interpreter's start-up) on stderr.
"""
import argparse
import json
import multiprocessing
import os
import sys
import time

import awkward as ak
import correctionlib
import numpy as np
import uproot

HERE = os.path.dirname(os.path.abspath(__file__))
CORRECTIONS = os.path.join(HERE, "..", "..", "example-zmumu", "src", "main", "resources", "zmumu", "corrections")
F = np.float32

# Parameters of 2018 (Cortado's defaults and the example's params; see the module docstring).
LUMI_2018 = 59832.47534  # lumi.picobarns.2018.tot
FLAGS_2018 = ["goodVertices", "globalSuperTightHalo2016Filter", "HBHENoiseFilter", "HBHENoiseIsoFilter",
              "EcalDeadCellTriggerPrimitiveFilter", "BadPFMuonFilter"]
MUON = dict(pt=F(15.0), eta=F(2.4), iso=F(0.25))
ELECTRON = dict(pt=F(15.0), eta=F(2.4), iso=F(0.06), gap_low=F(1.4442), gap_high=F(1.5660))
JET = dict(pt=F(30.0), eta=F(2.4), dr_lepton=np.float64(F(0.4)), jet_id=2, pu_id=4, pu_id_max_pt=F(50.0))
BTAG_M_2018 = F(0.2783)  # btagDeepFlavB, medium
DILEPTON = dict(pt_leading=F(25.0), mll_low=F(25.0), mll_high=F(2000.0))
PILEUP = ("toy_puWeights_2018.json", "Collisions18_UltraLegacy_goldenJSON")
MUON_SF = ("toy_muon_Z_2018.json", "NUM_TightID_DEN_TrackerMuons", "NUM_LooseRelIso_DEN_TightIDandIPCut")

BRANCHES = ["PV_npvsGood", "HLT_IsoMu24", "genWeight", "Pileup_nTrueInt",
            "Muon_pt", "Muon_eta", "Muon_phi", "Muon_mass", "Muon_charge", "Muon_pfRelIso04_all", "Muon_tightId",
            "Electron_pt", "Electron_eta", "Electron_phi", "Electron_deltaEtaSC", "Electron_pfRelIso03_all",
            "Electron_mvaFall17V2Iso_WP80",
            "Jet_pt", "Jet_eta", "Jet_phi", "Jet_jetId", "Jet_puId", "Jet_btagDeepFlavB"] + ["Flag_" + f for f in FLAGS_2018]
CUTS = ["initial", "golden_json_lumi", "nPVgood_1", "event_flags", "nMuon_min1_pt18.0", "HLT_trigger_SingleMuon",
        "dilepton"]
VARIATIONS = ["nominal", "pileupDown", "pileupUp", "sf_mu_idDown", "sf_mu_idUp", "sf_mu_isoDown", "sf_mu_isoUp"]

# name: (kind, bins, low, high); integer axes have one bin per value in [low, high).
HISTOGRAMS = {
    "MuonGood_eta_1": ("regular", 50, -2.5, 2.5), "MuonGood_pt_1": ("regular", 50, 0.0, 150.0),
    "MuonGood_phi_1": ("regular", 64, -np.pi, np.pi),
    "nElectronGood": ("integer", 3, 0, 3), "nMuonGood": ("integer", 3, 0, 3),
    "nJets": ("integer", 8, 0, 8), "nBJets": ("integer", 8, 0, 8),
    "JetGood_eta_1": ("regular", 50, -2.5, 2.5), "JetGood_pt_1": ("regular", 50, 0.0, 300.0),
    "JetGood_phi_1": ("regular", 64, -np.pi, np.pi),
    "JetGood_eta_2": ("regular", 50, -2.5, 2.5), "JetGood_pt_2": ("regular", 50, 0.0, 300.0),
    "JetGood_phi_2": ("regular", 64, -np.pi, np.pi),
    "mll": ("regular", 100, 0.0, 200.0),
}

_state = {}


def load_corrections():
    """The pile-up, muon ID and muon isolation corrections of the example's toy correction files."""
    pu = correctionlib.CorrectionSet.from_file(os.path.join(CORRECTIONS, PILEUP[0]))
    mu = correctionlib.CorrectionSet.from_file(os.path.join(CORRECTIONS, MUON_SF[0]))
    return {"pileup": pu[PILEUP[1]], "muon_id": mu[MUON_SF[1]], "muon_iso": mu[MUON_SF[2]]}


def _init(path):
    """Per process: the open tree and the corrections, loaded once."""
    _state["tree"] = uproot.open(path)["Events"]
    _state.update(load_corrections())


def storage_index(kind, bins, low, high, x):
    """Bin of each x with the flow bins: 0 underflow, 1..bins, bins+1 overflow and NaN (Cortado's Axis.index)."""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        if kind == "regular":
            z = (x - low) / (high - low)
            inside = (z >= 0) & (z < 1)
            i = np.where(inside, (np.where(inside, z, 0) * bins).astype(np.int64) + 1, bins + 1)
            return np.where(z < 0, 0, i)
        f = np.floor(x) - low
        inside = (f >= 0) & (f < bins)
        i = np.where(inside, np.where(inside, f, 0).astype(np.int64) + 1, bins + 1)
        return np.where(f < 0, 0, i)


def delta_r(eta1, phi1, eta2, phi2):
    dphi = np.abs(phi1 - phi2)
    dphi = np.where(dphi > np.pi, 2 * np.pi - dphi, dphi)
    deta = eta1 - eta2
    return np.sqrt(deta * deta + dphi * dphi)


def invariant_mass(pt1, eta1, phi1, m1, pt2, eta2, phi2, m2):
    """Kinematics.invariantMass: sinh through one exp per object, all in double."""
    def sinh(x):
        ex = np.exp(x)
        return 0.5 * (ex - 1 / ex)
    pz1, pz2 = pt1 * sinh(eta1), pt2 * sinh(eta2)
    e1 = np.sqrt(pt1 * pt1 + pz1 * pz1 + m1 * m1)
    e2 = np.sqrt(pt2 * pt2 + pz2 * pz2 + m2 * m2)
    dot = pt1 * pt2 * np.cos(phi1 - phi2) + pz1 * pz2
    return np.sqrt(np.maximum(0, m1 * m1 + m2 * m2 + 2 * (e1 * e2 - dot)))


def nth(jagged, n):
    """Element n of every event as float64, NaN where the event has fewer."""
    return ak.to_numpy(ak.fill_none(ak.pad_none(jagged, n + 1, clip=True)[:, n], np.nan)).astype(np.float64)


def event_weights(corrections, base, n_true_int, muons):
    """The weight of each event in each of VARIATIONS: base (genWeight * lumi * cross-section) times the
    pile-up weight of n_true_int, the muon ID and the muon isolation scale factors (each the product over
    the event's muons, fields eta and pt), as load_corrections() gives them. Each variation is the product
    of the factors in this order with the varied one substituted, as Cortado forms it, so that the
    weights agree to the last bit: compare.py's bound allows for summation order only, and the nominal
    times a ratio, as coffea's Weights forms a variation, rounds differently."""
    pileup = [corrections["pileup"].evaluate(ak.to_numpy(n_true_int).astype(np.float64), v)
              for v in ("nominal", "up", "down")]
    counts = ak.num(muons)
    abseta = np.abs(ak.to_numpy(ak.flatten(muons.eta)).astype(np.float64))
    pt = ak.to_numpy(ak.flatten(muons.pt)).astype(np.float64)

    def per_event(corr, valtype):
        return ak.to_numpy(ak.prod(ak.unflatten(corr.evaluate("2018_UL", abseta, pt, valtype), counts), axis=1))
    sf_id = [per_event(corrections["muon_id"], v) for v in ("sf", "systup", "systdown")]
    sf_iso = [per_event(corrections["muon_iso"], v) for v in ("sf", "systup", "systdown")]
    factors = {"nominal": (0, 0, 0), "pileupDown": (2, 0, 0), "pileupUp": (1, 0, 0), "sf_mu_idDown": (0, 2, 0),
               "sf_mu_idUp": (0, 1, 0), "sf_mu_isoDown": (0, 0, 2), "sf_mu_isoUp": (0, 0, 1)}
    return {v: base * pileup[p] * sf_id[i] * sf_iso[s] for v, (p, i, s) in factors.items()}


def process(entry_range):
    start, stop = entry_range
    a = _state["tree"].arrays(BRANCHES, entry_start=start, entry_stop=stop)
    gw = ak.to_numpy(a.genWeight).astype(np.float64)
    # Skim, in the example's order (golden_json_lumi applies to data only).
    lead = nth(a.Muon_pt, 0).astype(F)
    steps = [np.ones(len(a), bool), np.ones(len(a), bool), ak.to_numpy(a.PV_npvsGood) >= 1,
             np.logical_and.reduce([ak.to_numpy(a["Flag_" + f]) for f in FLAGS_2018]),
             (ak.to_numpy(ak.num(a.Muon_pt)) > 0) & (lead >= F(18.0)), ak.to_numpy(a.HLT_IsoMu24)]
    passed = np.ones(len(a), bool)
    cutflow, cutflow_sumw = [], []
    for step in steps:
        passed &= step
        cutflow.append(int(passed.sum()))
        cutflow_sumw.append(float(gw[passed].sum()))
    ev = a[passed]
    gw = gw[passed]

    # Object preselection.
    mu = ak.zip({"pt": ev.Muon_pt, "eta": ev.Muon_eta, "phi": ev.Muon_phi, "mass": ev.Muon_mass,
                 "charge": ev.Muon_charge})
    mu = mu[(ev.Muon_pt > MUON["pt"]) & (abs(ev.Muon_eta) < MUON["eta"]) & (ev.Muon_pfRelIso04_all < MUON["iso"])
            & ev.Muon_tightId]
    eta_sc = abs(ev.Electron_eta + ev.Electron_deltaEtaSC)
    in_gap = (eta_sc >= ELECTRON["gap_low"]) & (eta_sc <= ELECTRON["gap_high"])
    el = ak.zip({"eta": ev.Electron_eta, "phi": ev.Electron_phi})
    el = el[(ev.Electron_pt > ELECTRON["pt"]) & (abs(ev.Electron_eta) < ELECTRON["eta"]) & ~in_gap
            & (ev.Electron_pfRelIso03_all < ELECTRON["iso"]) & ev.Electron_mvaFall17V2Iso_WP80]
    leptons = ak.concatenate([mu[["eta", "phi"]], el], axis=1)
    jets = ak.zip({"pt": ev.Jet_pt, "eta": ev.Jet_eta, "phi": ev.Jet_phi, "btag": ev.Jet_btagDeepFlavB})
    pair = ak.cartesian([jets[["eta", "phi"]], leptons], nested=True)
    dr = delta_r(ak.values_astype(pair["0"].eta, np.float64), ak.values_astype(pair["0"].phi, np.float64),
                 ak.values_astype(pair["1"].eta, np.float64), ak.values_astype(pair["1"].phi, np.float64))
    clean = ak.all(dr > JET["dr_lepton"], axis=2)
    jet_pt = ak.values_astype(ev.Jet_pt, np.float64)
    good_jets = jets[(jet_pt > JET["pt"]) & (abs(ev.Jet_eta) < JET["eta"]) & (ev.Jet_jetId >= JET["jet_id"])
                     & ((ev.Jet_puId >= JET["pu_id"]) | (jet_pt >= JET["pu_id_max_pt"])) & clean]
    n_mu = ak.to_numpy(ak.num(mu))
    n_el = ak.to_numpy(ak.num(el))
    n_jet = ak.to_numpy(ak.num(good_jets))
    n_bjet = ak.to_numpy(ak.num(good_jets[good_jets.btag > BTAG_M_2018]))

    # The dimuon mass of the two leading good muons and the dilepton selection.
    m = [[nth(mu[f], k) for f in ("pt", "eta", "phi", "mass")] for k in (0, 1)]
    with np.errstate(invalid="ignore"):
        mll = invariant_mass(*m[0], *m[1])
        charge = nth(mu.charge, 0) + nth(mu.charge, 1)
        dilepton = ((n_mu == 2) & (n_el == 0) & (m[0][0].astype(F) > DILEPTON["pt_leading"]) & (charge == 0)
                    & (mll > DILEPTON["mll_low"]) & (mll < DILEPTON["mll_high"]))
    cutflow.append(int(dilepton.sum()))
    cutflow_sumw.append(float(gw[dilepton].sum()))

    sel = dilepton
    mu_sel = mu[sel]
    weights = event_weights(_state, gw[sel] * LUMI_2018 * XSEC, ev.Pileup_nTrueInt[sel], mu_sel)

    values = {
        "MuonGood_eta_1": nth(mu_sel.eta, 0), "MuonGood_pt_1": nth(mu_sel.pt, 0), "MuonGood_phi_1": nth(mu_sel.phi, 0),
        "nElectronGood": n_el[sel], "nMuonGood": n_mu[sel], "nJets": n_jet[sel], "nBJets": n_bjet[sel],
        "mll": mll[sel],
    }
    jets_sel = good_jets[sel]
    for k in (0, 1):
        for f in ("eta", "pt", "phi"):
            values[f"JetGood_{f}_{k + 1}"] = nth(jets_sel[f], k)
    present = {"JetGood_eta_1": n_jet[sel] > 0, "JetGood_pt_1": n_jet[sel] > 0, "JetGood_phi_1": n_jet[sel] > 0,
               "JetGood_eta_2": n_jet[sel] > 1, "JetGood_pt_2": n_jet[sel] > 1, "JetGood_phi_2": n_jet[sel] > 1}
    hists = {}
    for name, (kind, bins, low, high) in HISTOGRAMS.items():
        has = present.get(name, np.ones(int(sel.sum()), bool))
        index = storage_index(kind, bins, low, high, values[name][has])
        hists[name] = {v: (np.bincount(index, weights=w[has], minlength=bins + 2),
                           np.bincount(index, weights=w[has] * w[has], minlength=bins + 2), int(has.sum()))
                       for v, w in weights.items()}
    yields = {v: (float(w.sum()), float((w * w).sum())) for v, w in weights.items()}
    return cutflow, cutflow_sumw, yields, hists


def command_line(description):
    """The peers' common command line: FILE --xsec X [--processes N] [--step S] -o OUT."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("file")
    p.add_argument("--xsec", type=float, required=True, help="cross-section in pb")
    p.add_argument("--processes", type=int, default=1)
    p.add_argument("--step", type=int, default=200_000, help="entries per work item")
    p.add_argument("-o", "--output", required=True)
    args = p.parse_args()
    if args.processes < 1 or args.step < 1:
        p.error(f"--processes and --step must be at least 1, not {args.processes} and {args.step}")
    if not os.path.isfile(args.file):
        p.error(f"no such file: {args.file}")
    return args


def write_output(args, peer, entries, start, cutflow, cutflow_sumw, yields, hists):
    """Writes args.output (the format compare.py reads) from the merged sums: cutflow and cutflow_sumw
    in the order of CUTS, yields {variation: (sumw, sumw2)}, hists {name: {variation: (sumw, sumw2,
    entries)}} with the flow bins; all are scaled here by 1 / sum(genWeight). The processing time is
    taken from start to the scaled histograms and printed on stderr."""
    scale = 1.0 / cutflow_sumw[0]
    out = {"cutflow": dict(zip(CUTS, map(int, cutflow))), "cutflow_sumw": dict(zip(CUTS, map(float, cutflow_sumw))),
           "sum_genweights": float(cutflow_sumw[0]), "yields": {}, "histograms": {}}
    for v in VARIATIONS:
        sumw, sumw2 = yields[v]
        out["yields"][v] = {"sumw": float(sumw) * scale, "sumw2": float(sumw2) * scale * scale}
    for name in HISTOGRAMS:
        out["histograms"][name] = {}
        for v in VARIATIONS:
            sumw, sumw2, n = hists[name][v]
            out["histograms"][name][v] = {"sumw": (np.asarray(sumw) * scale).tolist(),
                                          "sumw2": (np.asarray(sumw2) * scale * scale).tolist(), "entries": int(n)}
    elapsed = time.perf_counter() - start
    out["events"] = entries
    out["processing_seconds"] = elapsed
    with open(args.output, "w") as f:
        json.dump(out, f)
    print(f"{peer} peer: {entries:,} events in {elapsed:.2f} s ({entries / elapsed:,.0f} events/s, "
          f"{args.processes} processes)", file=sys.stderr)


def main():
    global XSEC
    args = command_line(__doc__.split("\n\n")[0])
    XSEC = args.xsec

    start = time.perf_counter()
    entries = uproot.open(args.file)["Events"].num_entries
    ranges = [(s, min(s + args.step, entries)) for s in range(0, entries, args.step)]
    # fork: the workers inherit XSEC and the imported modules.
    with multiprocessing.get_context("fork").Pool(args.processes, _init, (args.file,)) as pool:
        parts = pool.map(process, ranges, chunksize=1)
    yields = {v: (sum(p[2][v][0] for p in parts), sum(p[2][v][1] for p in parts)) for v in VARIATIONS}
    hists = {name: {v: (np.sum([p[3][name][v][0] for p in parts], axis=0),
                        np.sum([p[3][name][v][1] for p in parts], axis=0), sum(p[3][name][v][2] for p in parts))
                    for v in VARIATIONS} for name in HISTOGRAMS}
    write_output(args, "uproot", entries, start, np.sum([p[0] for p in parts], axis=0),
                 np.sum([p[1] for p in parts], axis=0), yields, hists)


if __name__ == "__main__":
    main()
