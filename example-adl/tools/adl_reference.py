#!/usr/bin/env python3
"""Reference histograms for the eight IRIS-HEP ADL benchmark queries, computed with uproot and awkward.

This is the independent implementation that example-adl's Java results are compared with bin for
bin. It follows docs/ADL-QUERIES.md (the spec) and shares no code or design with the Java side:
every pair and triplet search is an explicit ak.combinations / ak.argcombinations over whole
columns. It is a tool for regenerating committed test resources, not part of the Maven build.

Conventions, all in double precision (float32 inputs are widened to float64 before any arithmetic):

* Histograms are unweighted counts on regular axes, stored as bins + 2 numbers:
  [underflow, bin 1, ..., bin N, overflow]. The bin of x is floor((x - low) / (high - low) * bins);
  below 0 is underflow, N or more is overflow, so x == high is overflow; NaN is overflow
  (boost-histogram's convention), -inf underflow and +inf overflow.
* Four-vectors: px = pt cos(phi), py = pt sin(phi), pz = pt sinh(eta),
  E = sqrt(px^2 + py^2 + pz^2 + m^2); the mass of a sum is sqrt(max(0, E^2 - p^2)).
* Delta phi is wrapped into [-pi, pi); Delta R = sqrt(Delta eta^2 + Delta phi^2).
* Ties between candidates go to the first in the natural loop order i < j (< k), which is the order
  ak.combinations produces and the first index ak.argmin / ak.argmax return.

Usage:
  adl_reference.py INPUT.root [INPUT.root ...] [--out-dir DIR]   # writes DIR/reference-<stem>.json
  adl_reference.py INPUT.root --out FILE.json
"""

import argparse
import json
import os
import sys

import awkward as ak
import numpy as np
import uproot

# name: (bins, low, high), in the order of ADL-QUERIES.md.
AXES = {
    "q1_met": (100, 0.0, 200.0),
    "q2_jet_pt": (100, 15.0, 60.0),
    "q3_jet_pt_central": (100, 15.0, 60.0),
    "q4_met": (100, 0.0, 200.0),
    "q5_met": (100, 0.0, 200.0),
    "q6_trijet_pt": (100, 15.0, 40.0),
    "q6_trijet_btag": (100, 0.0, 1.0),
    "q7_ht": (100, 15.0, 200.0),
    "q8_mt": (100, 15.0, 250.0),
}

TOP_MASS = 172.5
Z_MASS = 91.2
MUON, ELECTRON = 13, 11

BRANCHES = [
    "MET_pt", "MET_phi",
    "Jet_pt", "Jet_eta", "Jet_phi", "Jet_mass", "Jet_btagDeepB",
    "Muon_pt", "Muon_eta", "Muon_phi", "Muon_mass", "Muon_charge",
    "Electron_pt", "Electron_eta", "Electron_phi", "Electron_mass", "Electron_charge",
]


def fill(values, bins, low, high):
    """Counts of a flat array of values: [underflow, bins..., overflow]."""
    x = np.asarray(values, dtype=np.float64).ravel()
    with np.errstate(invalid="ignore"):
        b = np.floor((x - low) / (high - low) * bins)
        index = np.where(np.isnan(b) | (b >= bins), bins + 1, np.where(b < 0, 0, b + 1))
    return np.bincount(index.astype(np.int64), minlength=bins + 2)


def f64(array):
    return ak.values_astype(array, np.float64)


def objects(events, prefix, charge=True):
    """A jagged record array of one collection with float64 kinematics and Cartesian components."""
    pt, eta, phi, mass = (f64(events[f"{prefix}_{v}"]) for v in ("pt", "eta", "phi", "mass"))
    px, py, pz = pt * np.cos(phi), pt * np.sin(phi), pt * np.sinh(eta)
    fields = {
        "pt": pt, "eta": eta, "phi": phi, "mass": mass,
        "px": px, "py": py, "pz": pz, "e": np.sqrt(px * px + py * py + pz * pz + mass * mass),
    }
    if charge:
        fields["charge"] = events[f"{prefix}_charge"]
    return ak.zip(fields)


def summed(*parts):
    """px, py, pz, E of the sum of the given four-vectors (record arrays of the same shape)."""
    px = sum(p.px for p in parts)
    py = sum(p.py for p in parts)
    pz = sum(p.pz for p in parts)
    e = sum(p.e for p in parts)
    return px, py, pz, e


def invariant_mass(*parts):
    px, py, pz, e = summed(*parts)
    return np.sqrt(np.maximum(0.0, e * e - (px * px + py * py + pz * pz)))


def delta_phi(a, b):
    return np.mod(a - b + np.pi, 2 * np.pi) - np.pi


def delta_r(a, b):
    return np.sqrt((a.eta - b.eta) ** 2 + delta_phi(a.phi, b.phi) ** 2)


def queries(events):
    """The values each histogram is filled with, as flat numpy arrays."""
    met = f64(events.MET_pt)
    met_phi = f64(events.MET_phi)
    jets = objects(events, "Jet", charge=False)
    jets = ak.with_field(jets, f64(events.Jet_btagDeepB), "btag")
    muons = objects(events, "Muon")
    electrons = objects(events, "Electron")
    out = {}

    # Q1: MET of every event.
    out["q1_met"] = met

    # Q2: pT of every jet.
    out["q2_jet_pt"] = ak.flatten(jets.pt)

    # Q3: pT of every jet with |eta| < 1.
    out["q3_jet_pt_central"] = ak.flatten(jets.pt[np.abs(jets.eta) < 1])

    # Q4: MET of events with at least two jets with pT > 40.
    out["q4_met"] = met[ak.sum(jets.pt > 40, axis=1) >= 2]

    # Q5: MET of events with any opposite-charge muon pair (i < j over all muons) with 60 < m < 120.
    pairs = ak.combinations(muons, 2, fields=["a", "b"])
    m = invariant_mass(pairs.a, pairs.b)
    good = (pairs.a.charge * pairs.b.charge < 0) & (m > 60) & (m < 120)
    out["q5_met"] = met[ak.any(good, axis=1)]

    # Q6: in events with >= 3 jets, the trijet (i < j < k) with mass closest to 172.5: its pT and
    # the largest b-tag of its three jets.
    triplets = ak.combinations(jets, 3, fields=["a", "b", "c"])
    distance = np.abs(invariant_mass(triplets.a, triplets.b, triplets.c) - TOP_MASS)
    best = ak.argmin(distance, axis=1, keepdims=True)
    chosen = ak.firsts(triplets[best])
    has3 = ak.num(jets) >= 3
    chosen = chosen[has3]
    px, py, _, _ = summed(chosen.a, chosen.b, chosen.c)
    out["q6_trijet_pt"] = np.sqrt(px * px + py * py)
    out["q6_trijet_btag"] = np.maximum(np.maximum(chosen.a.btag, chosen.b.btag), chosen.c.btag)

    # Q7: per event, scalar sum of pT of jets with pT > 30 not within Delta R < 0.4 of any light
    # lepton with pT > 10 (0 when no jet is left).
    leptons = ak.concatenate([muons[muons.pt > 10], electrons[electrons.pt > 10]], axis=1)
    hard_jets = jets[jets.pt > 30]
    jl = ak.cartesian({"j": hard_jets, "l": leptons}, axis=1, nested=True)
    near_a_lepton = ak.any(delta_r(jl.j, jl.l) < 0.4, axis=2)
    out["q7_ht"] = ak.sum(hard_jets.pt[~near_a_lepton], axis=1)

    # Q8: light leptons [muons..., electrons...]; >= 3 of them and >= 1 same-flavour opposite-charge
    # pair; the SFOS pair closest to 91.2; mT of MET with the highest-pT lepton outside the pair.
    muons = ak.with_field(muons, MUON, "flavour")
    electrons = ak.with_field(electrons, ELECTRON, "flavour")
    leptons = ak.concatenate([muons, electrons], axis=1)
    ij = ak.argcombinations(leptons, 2, fields=["i", "j"])
    a, b = leptons[ij.i], leptons[ij.j]
    sfos = (a.flavour == b.flavour) & (a.charge * b.charge < 0)
    ij, a, b = ij[sfos], a[sfos], b[sfos]
    best = ak.argmin(np.abs(invariant_mass(a, b) - Z_MASS), axis=1, keepdims=True)
    pair = ak.firsts(ij[best])
    selected = (ak.num(leptons) >= 3) & (ak.num(ij) >= 1)
    leptons, pair = leptons[selected], pair[selected]
    index = ak.local_index(leptons, axis=1)
    others = leptons[(index != pair.i) & (index != pair.j)]
    third = ak.firsts(others[ak.argmax(others.pt, axis=1, keepdims=True)])
    met8, met_phi8 = met[selected], met_phi[selected]
    out["q8_mt"] = np.sqrt(2 * third.pt * met8 * (1 - np.cos(delta_phi(third.phi, met_phi8))))

    return {name: ak.to_numpy(values).astype(np.float64) for name, values in out.items()}


def reference(path):
    with uproot.open(path) as f:
        tree = f["Events"]
        events = tree.arrays(BRANCHES, library="ak")
        n = tree.num_entries
    values = queries(events)
    histograms = {}
    for name, (bins, low, high) in AXES.items():
        counts = fill(values[name], bins, low, high)
        histograms[name] = {"bins": bins, "low": low, "high": high, "counts": [int(c) for c in counts]}
    return {"file": os.path.basename(path), "events": int(n), "histograms": histograms}


def to_json(result):
    """Indented JSON with each histogram's counts on one line, so that diffs stay readable."""
    lines = ["{",
             f'  "file": {json.dumps(result["file"])},',
             f'  "events": {result["events"]},',
             '  "histograms": {']
    items = list(result["histograms"].items())
    for k, (name, h) in enumerate(items):
        lines.append(f'    {json.dumps(name)}: {{"bins": {h["bins"]}, "low": {json.dumps(h["low"])}, '
                     f'"high": {json.dumps(h["high"])},')
        lines.append(f'      "counts": {json.dumps(h["counts"])}}}' + ("," if k < len(items) - 1 else ""))
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="NanoAOD-like ROOT files with an Events tree")
    parser.add_argument("--out-dir", default=".", help="writes reference-<input stem>.json here (default: .)")
    parser.add_argument("--out", help="output file, for a single input")
    args = parser.parse_args(argv)
    if args.out and len(args.inputs) != 1:
        parser.error("--out takes exactly one input")
    for path in args.inputs:
        result = reference(path)
        out = args.out or os.path.join(args.out_dir, f"reference-{os.path.splitext(os.path.basename(path))[0]}.json")
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        with open(out, "w") as f:
            f.write(to_json(result))
        totals = ", ".join(f"{name} {sum(h['counts'])}" for name, h in result["histograms"].items())
        print(f"{path}: {result['events']} events -> {out} ({totals})", file=sys.stderr)


if __name__ == "__main__":
    main()
