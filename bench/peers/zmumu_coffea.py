#!/usr/bin/env python3
"""The Z->mumu example (example-zmumu's ZMuMuAnalysis) written with coffea, as a coffea user writes
it: NanoEvents in virtual mode (columns are read when first touched), a ProcessorABC, PackedSelection
for the skim and its cut flow, hist histograms with a variation axis, and coffea's processor.Runner
with a FuturesExecutor over N worker processes. It computes what zmumu_uproot.py computes (see its
docstring: no jet calibration, every weight and variation, all 14 histograms with their flow bins)
and writes the same JSON, so that compare.py checks it against Cortado unchanged.

    python zmumu_coffea.py FILE --xsec 6077.22 --processes 2 -o peer.json

Where coffea's own helpers compute something else than Cortado's kernel, the uproot peer's helpers
are used instead: distances and the dimuon mass in double from the float branches, and the weight
variations as products with the varied factor substituted (event_weights, whose docstring says why).
coffea's four-vector sum works in float32: its dimuon mass differs from the double one by up to 2e-4
relative, which moved events between mll bins of a 1M-event generated file (compare.py: 42 differences).
Its delta_r is float32 too; within 1e-6 of the double one, it moved no jet across the 0.4 cleaning
cut there, but it could. Prints the processing time (file open to merged histograms, without the
interpreter's start-up) on stderr.
"""
import concurrent.futures
import functools
import multiprocessing
import time

import awkward as ak
import hist
import numpy as np
from coffea import processor
from coffea.analysis_tools import PackedSelection, Weights
from coffea.nanoevents import NanoAODSchema

from zmumu_uproot import (BTAG_M_2018, CUTS, DILEPTON, ELECTRON, FLAGS_2018, HISTOGRAMS, JET, LUMI_2018, MUON,
                          VARIATIONS, F, command_line, delta_r, event_weights, invariant_mass, load_corrections, nth,
                          write_output)


class GeneratedNanoAODSchema(NanoAODSchema):
    """NanoAOD as `cortado generate` writes it. Its PV has the vertex counts but no position, which
    coffea's Vertex mixin requires, so PV is a plain collection; and the collections it leaves out
    (Photon, Tau, FatJet, ...) are not warned about once per chunk as missing cross-reference targets."""
    warn_missing_crossrefs = False
    mixins = {**NanoAODSchema.mixins, "PV": "NanoCollection"}


@functools.cache
def _corrections():
    """Loaded once per worker process: the processor itself reaches the workers pickled anew with
    every chunk, so anything it kept would be loaded again for each one."""
    return load_corrections()


def _delta_r64(a, b):
    """delta_r in double of two objects' float eta and phi, as Cortado's jet cleaning computes it."""
    def as64(x):
        return ak.values_astype(x, np.float64)
    return delta_r(as64(a.eta), as64(a.phi), as64(b.eta), as64(b.phi))


def _empty_histograms():
    """HISTOGRAMS as hist histograms with a variation axis, holding sums of weights and of their squares."""
    axes = {"regular": lambda bins, low, high: hist.axis.Regular(bins, low, high, name="x"),
            "integer": lambda bins, low, high: hist.axis.Integer(low, high, name="x")}
    return {name: hist.Hist(hist.axis.StrCategory(VARIATIONS, name="variation"), axes[kind](bins, low, high),
                            storage=hist.storage.Weight())
            for name, (kind, bins, low, high) in HISTOGRAMS.items()}


class ZMuMuProcessor(processor.ProcessorABC):
    """One chunk of events to cut-flow counts and weight sums, category yields and the 14 histograms;
    the dataset's metadata carries its cross-section ("xsec")."""

    def process(self, events):
        xsec = events.metadata["xsec"]
        generator = Weights(len(events))
        generator.add("genWeight", ak.to_numpy(events.genWeight).astype(np.float64))

        # Skim, in the example's order (golden_json_lumi applies to data only).
        skim = PackedSelection()
        skim.add("golden_json_lumi", np.ones(len(events), bool))
        skim.add("nPVgood_1", events.PV.npvsGood >= 1)
        skim.add("event_flags", np.logical_and.reduce([events.Flag[f] for f in FLAGS_2018]))
        skim.add("nMuon_min1_pt18.0", ak.fill_none(ak.firsts(events.Muon.pt) >= F(18.0), False))
        skim.add("HLT_trigger_SingleMuon", events.HLT.IsoMu24)
        flow = skim.cutflow(*CUTS[1:-1], weights=generator).result()
        passed = skim.all()
        events = events[passed]
        genweight = generator.weight()[passed]

        muons = events.Muon
        muons = muons[(muons.pt > MUON["pt"]) & (abs(muons.eta) < MUON["eta"]) & (muons.pfRelIso04_all < MUON["iso"])
                      & muons.tightId]
        electrons = events.Electron
        eta_sc = abs(electrons.eta + electrons.deltaEtaSC)
        electrons = electrons[(electrons.pt > ELECTRON["pt"]) & (abs(electrons.eta) < ELECTRON["eta"])
                              & ~((eta_sc >= ELECTRON["gap_low"]) & (eta_sc <= ELECTRON["gap_high"]))
                              & (electrons.pfRelIso03_all < ELECTRON["iso"]) & electrons.mvaFall17V2Iso_WP80]
        jets = events.Jet
        # Cleaning against the merged leptons: away from every good muon and every good electron.
        clean = (ak.all(jets.metric_table(muons, metric=_delta_r64) > JET["dr_lepton"], axis=2)
                 & ak.all(jets.metric_table(electrons, metric=_delta_r64) > JET["dr_lepton"], axis=2))
        jets = jets[(jets.pt > JET["pt"]) & (abs(jets.eta) < JET["eta"]) & (jets.jetId >= JET["jet_id"])
                    & ((jets.puId >= JET["pu_id"]) | (jets.pt >= JET["pu_id_max_pt"])) & clean]
        n_muons = ak.to_numpy(ak.num(muons))
        n_electrons = ak.to_numpy(ak.num(electrons))

        leading, trailing = ([nth(muons[f], k) for f in ("pt", "eta", "phi", "mass")] for k in (0, 1))
        with np.errstate(invalid="ignore"):
            mll = invariant_mass(*leading, *trailing)
            dilepton = ((n_muons == 2) & (n_electrons == 0) & (leading[0].astype(F) > DILEPTON["pt_leading"])
                        & (nth(muons.charge, 0) + nth(muons.charge, 1) == 0)
                        & (mll > DILEPTON["mll_low"]) & (mll < DILEPTON["mll_high"]))
        cutflow = np.append(flow.nevcutflow, dilepton.sum())
        cutflow_sumw = np.append(flow.wgtevcutflow, genweight[dilepton].sum())

        events, muons, electrons, jets, mll = (x[dilepton] for x in (events, muons, electrons, jets, mll))
        weights = event_weights(_corrections(), genweight[dilepton] * LUMI_2018 * xsec, events.Pileup.nTrueInt, muons)
        n_jets = ak.to_numpy(ak.num(jets))
        fills = {"MuonGood_eta_1": muons.eta[:, 0], "MuonGood_pt_1": muons.pt[:, 0], "MuonGood_phi_1": muons.phi[:, 0],
                 "nElectronGood": ak.num(electrons), "nMuonGood": ak.num(muons), "nJets": n_jets,
                 "nBJets": ak.sum(jets.btagDeepFlavB > BTAG_M_2018, axis=1), "mll": mll}
        with_jets = {}  # the jet histograms are filled for the events that have that many jets
        for k in (1, 2):
            for field in ("eta", "pt", "phi"):
                fills[f"JetGood_{field}_{k}"] = nth(jets[field], k - 1)
                with_jets[f"JetGood_{field}_{k}"] = n_jets >= k
        histograms = _empty_histograms()
        entries = {}
        for name, h in histograms.items():
            has = with_jets.get(name, slice(None))
            x = ak.to_numpy(fills[name])[has]
            entries[name] = len(x)
            for v, w in weights.items():
                h.fill(variation=v, x=x, weight=w[has])
        return {"cutflow": cutflow, "cutflow_sumw": cutflow_sumw, "entries": entries, "histograms": histograms,
                "yields": {v: np.array([w.sum(), (w * w).sum()]) for v, w in weights.items()}}

    def postprocess(self, accumulator):
        return accumulator


def main():
    args = command_line(__doc__.split("\n\n")[0])
    start = time.perf_counter()
    fileset = {"DY": {"files": {args.file: "Events"}, "metadata": {"xsec": args.xsec}}}
    # Forked workers like the uproot peer's, so that neither pays for starting interpreters in its
    # workers; one pool serves coffea's pre-processing (entry counts) and the chunks. coffea's
    # default pool, loky, starts new interpreters, which cannot find _corrections in this script's
    # __main__: with it, the processor would have to move to a module of its own.
    with concurrent.futures.ProcessPoolExecutor(args.processes, mp_context=multiprocessing.get_context("fork")) as pool:
        runner = processor.Runner(executor=processor.FuturesExecutor(pool=pool, workers=args.processes),
                                  schema=GeneratedNanoAODSchema, chunksize=args.step)
        out = runner(fileset, ZMuMuProcessor())
    entries = int(out["cutflow"][0])
    hists = {}
    for name, h in out["histograms"].items():
        hists[name] = {}
        for v in VARIATIONS:
            view = h[{"variation": v}].view(flow=True)
            hists[name][v] = (view.value, view.variance, out["entries"][name])
    yields = {v: tuple(out["yields"][v]) for v in VARIATIONS}
    write_output(args, "coffea", entries, start, out["cutflow"], out["cutflow_sumw"], yields, hists)


if __name__ == "__main__":
    main()
