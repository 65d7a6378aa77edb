#!/usr/bin/env python3
"""Checks `cortado datacard` against PocketCoffea's own Datacard class on the same run.

    /tmp/pcvenv/bin/python example-zmumu/tools/check_datacard.py RUN CARDS HISTOGRAM SIGNAL [REBIN_EDGES]

RUN is a cortado run output folder, CARDS the folder `cortado datacard RUN --histogram HISTOGRAM
--signal SIGNAL [--config with rebin]` wrote (no configuration: every simulated sample is a
process, every Up/Down pair a shape systematic on the processes that have it, autoMCStats on).
The run's histograms.json is turned into the hist.Hist dictionary PocketCoffea's processor
outputs, and pocket_coffea.utils.stat.combine.Datacard writes its cards from it, per category.
Every line of the two cards must hold the same tokens (the column widths may differ), and every
shape must have the same values and variances (uproot reads both files; relative 1e-12, as numpy
sums in another order). Prints one line per difference; exits 1 if any. Needs PocketCoffea
(see example-zmumu/tools/pocketcoffea); not part of the build.
"""
import json
import os
import sys
import tempfile

import hist
import numpy as np
import uproot
from pocket_coffea.utils.stat.combine import Datacard
from pocket_coffea.utils.stat.processes import DataProcess, DataProcesses, MCProcess, MCProcesses
from pocket_coffea.utils.stat.systematics import SystematicUncertainty, Systematics


def main(run, cards, name, signal, rebin=None):
    h = json.load(open(os.path.join(run, "histograms.json")))["histograms"][name]
    datasets = json.load(open(os.path.join(run, "cutflow.json")))["datasets"]
    edges = h["axes"][0]["edges"]
    categories = sorted({c for ds in h["samples"].values() for cs in ds.values() for c in cs})
    variations = []
    for ds in h["samples"].values():
        for cs in ds.values():
            for vs in cs.values():
                variations += [v for v in vs if v not in variations]
    histograms, by_period, mc_years, data_samples = {}, {}, {}, []
    for sample, ds in h["samples"].items():
        histograms[sample] = {}
        for dataset, cs in ds.items():
            info = datasets[dataset]
            by_period.setdefault(info["year"], {}).setdefault(sample, []).append(dataset)
            axes = [hist.axis.StrCategory(categories, name="cat")]
            if info["isMC"]:
                axes.append(hist.axis.StrCategory(variations, name="variation"))
                mc_years.setdefault(sample, set()).add(info["year"])
            elif sample not in data_samples:
                data_samples.append(sample)
            out = hist.Hist(*axes, hist.axis.Variable(edges, name="x"), storage=hist.storage.Weight())
            view = out.view(flow=True)
            for c, vs in cs.items():
                ci = categories.index(c)
                for v, content in vs.items():
                    cell = view[ci, variations.index(v)] if info["isMC"] else view[ci]
                    cell["value"] = content["sumw"]
                    cell["variance"] = content["sumw2"]
            histograms[sample][dataset] = out
    years = sorted(by_period)
    cutflow = {"presel": {d: {"nominal": 1} for d in datasets}}
    failures = 0
    for category in categories:
        processes = MCProcesses([MCProcess(name=s, samples=[s], years=sorted(y), is_signal=(s == signal))
                                 for s, y in mc_years.items()])
        shapes = [v[:-2] for v in variations if v.endswith("Up") and v[:-2] + "Down" in variations]
        have = {s: {v for d in histograms[s].values() for v in d.axes["variation"]} for s in mc_years}
        systematics = Systematics([SystematicUncertainty(
            name=v, typ="shape", years=years, value=1.0,
            processes=[s for s in mc_years if v + "Up" in have[s] and v + "Down" in have[s]])
            for v in shapes])
        data = DataProcesses([DataProcess(name="data_obs", samples=data_samples, years=years)]) if data_samples else None
        card = Datacard(histograms=histograms, datasets_metadata={"by_datataking_period": by_period},
                        cutflow=cutflow, years=years, mc_processes=processes, systematics=systematics,
                        category=category, data_processes=data, mcstat=True, verbose=False,
                        bins_edges=[float(x) for x in rebin.split(",")] if rebin else None)
        with tempfile.TemporaryDirectory() as tmp:
            card.dump(tmp, card_name="card.txt", shapes_name=f"shapes_{card.bin}.root")
            theirs = [l.split() for l in open(os.path.join(tmp, "card.txt"))]
            ours = [l.split() for l in open(os.path.join(cards, f"datacard_{card.bin}.txt"))]
            if theirs != ours:
                failures += 1
                for a, b in zip(theirs, ours):
                    if a != b:
                        print(f"{category}: PocketCoffea {a}\n{' ' * len(category)}  Cortado     {b}")
            with uproot.open(os.path.join(tmp, f"shapes_{card.bin}.root")) as t, \
                    uproot.open(os.path.join(cards, f"shapes_{card.bin}.root")) as o:
                tk, ok = sorted(k.split(";")[0] for k in t.keys()), sorted(k.split(";")[0] for k in o.keys())
                if tk != ok:
                    failures += 1
                    print(f"{category}: shapes differ: PocketCoffea {tk}, Cortado {ok}")
                for k in set(tk) & set(ok):
                    a, b = t[k].to_hist(), o[k].to_hist()
                    if not (np.allclose(a.values(), b.values(), rtol=1e-12, atol=0)
                            and np.allclose(a.variances(), b.variances(), rtol=1e-12, atol=0)
                            and np.allclose(a.axes[0].edges, b.axes[0].edges)):
                        failures += 1
                        print(f"{category}: shape {k} differs")
                print(f"{category}: {len(ours)} card lines, {len(tk)} shapes compared")
    print("OK" if failures == 0 else f"{failures} difference(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
