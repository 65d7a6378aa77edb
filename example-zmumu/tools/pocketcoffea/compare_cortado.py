#!/usr/bin/env python3
"""Compare a zmumu_reference.py JSON with a Cortado output directory (cutflow.json,
histograms.json) of the same analysis on the same inputs.

    python3 compare_cortado.py REF.json CORTADO_OUT_DIR [--rtol 1e-12] [--skim-cut HLT_trigger_SingleMuon]

Compared: per dataset the initial, skim (Cortado's last skim cut) and preselection counts,
the category event counts (nominal), the category sumw/sumw2 of every variation the reference has
(nominal and shape variations), and every histogram's sumw and sumw2
(flow bins included) per sample, dataset, category and variation present in both. Prints a line
per difference and a summary "N passed, N failed"; exit code 1 if anything differs beyond
--rtol (relative, with an absolute floor of rtol * max|bin| of the histogram).
Plain python3 (no dependencies).
"""
import argparse
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("reference")
    ap.add_argument("cortado_dir")
    ap.add_argument("--rtol", type=float, default=1e-12)
    ap.add_argument("--skim-cut", default="HLT_trigger_SingleMuon")
    ap.add_argument("--presel-cut", default="dilepton")
    ap.add_argument("--same-sum-genweights", action="store_true",
                    help="rescale Cortado's sumw by its sum_genweights / the reference's (sumw2 by the "
                         "square) before comparing: PocketCoffea sums genWeight in float32")
    ap.add_argument("--variations", default=None,
                    help="comma-separated variations to compare (default: all common)")
    args = ap.parse_args()

    ref = json.load(open(args.reference))
    cut = json.load(open(os.path.join(args.cortado_dir, "cutflow.json")))
    hist = json.load(open(os.path.join(args.cortado_dir, "histograms.json")))["histograms"]

    passed = failed = 0
    exact = 0
    worst = (0.0, None)

    def check(label, a, b, scale=None):
        nonlocal passed, failed, exact, worst
        if isinstance(a, int) and isinstance(b, int):
            ok = a == b
            rel = 0.0 if ok else float("inf")
        else:
            a, b = float(a), float(b)
            floor = args.rtol * (scale if scale else max(abs(a), abs(b)))
            diff = abs(a - b)
            rel = diff / max(abs(a), abs(b)) if diff else 0.0
            ok = diff <= max(args.rtol * max(abs(a), abs(b)), floor)
        if a == b:
            exact += 1
        if rel > worst[0]:
            worst = (rel, label)
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"DIFF {label}: pocketcoffea {a!r} cortado {b!r}")

    wanted_vars = set(args.variations.split(",")) if args.variations else None
    rc = ref["cutflow"]
    factor = {}
    for ds, meta in cut["datasets"].items():
        f = 1.0
        ref_sgw = ref.get("sum_genweights", {}).get(ds)
        if ref_sgw is not None and meta.get("sum_genweights"):
            print(f"{ds}: sum_genweights pocketcoffea {float(ref_sgw)!r} cortado {float(meta['sum_genweights'])!r}")
            if args.same_sum_genweights:
                f = float(meta["sum_genweights"]) / float(ref_sgw)
        factor[ds] = f
    for ds, meta in cut["datasets"].items():
        if ds not in rc["initial"]:
            print(f"SKIP dataset {ds}: not in the reference")
            continue
        cf = meta["cutflow"]
        check(f"{ds} initial", int(rc["initial"][ds]), int(cf["initial"]))
        check(f"{ds} skim", int(rc["skim"][ds]), int(cf[args.skim_cut]))
        check(f"{ds} presel", int(rc["presel"][ds]["nominal"]), int(cf[args.presel_cut]))
        for catname, c in meta["categories"].items():
            sample = meta["sample"]
            check(f"{ds} {catname} events", int(rc[catname][ds][sample]["nominal"]), int(c["events"]))
            # PocketCoffea's yields: nominal and every shape variation (its weight variations
            # only exist as histogram variations)
            for var, value in ref.get("sumw", {}).get(catname, {}).get(ds, {}).get(sample, {}).items():
                if wanted_vars and var not in wanted_vars:
                    continue
                if var not in c["sumw"]:
                    print(f"MISSING in cortado: {ds} {catname} sumw {var}")
                    failed += 1
                    continue
                check(f"{ds} {catname} sumw {var}", value, c["sumw"][var] * factor[ds])
                check(f"{ds} {catname} sumw2 {var}", ref["sumw2"][catname][ds][sample][var],
                      c["sumw2"][var] * factor[ds] ** 2)

    nhist = 0
    for name, h in ref["histograms"].items():
        if name not in hist:
            print(f"MISSING in cortado: histogram {name}")
            failed += 1
            continue
        ra, ca = h["axes"][0], hist[name]["axes"][0]
        if len(ra["edges"]) != len(ca["edges"]) or any(
                abs(x - y) > 1e-12 * max(1.0, abs(x)) for x, y in zip(ra["edges"], ca["edges"])):
            print(f"DIFF {name} edges: {ra['edges'][:4]}... vs {ca['edges'][:4]}...")
            failed += 1
            continue
        for sample, by_ds in h["samples"].items():
            for ds, by_cat in by_ds.items():
                for catname, by_var in by_cat.items():
                    cvars = hist[name]["samples"].get(sample, {}).get(ds, {}).get(catname, {})
                    for var, arrs in by_var.items():
                        if wanted_vars and var not in wanted_vars:
                            continue
                        if var not in cvars:
                            print(f"MISSING in cortado: {name}/{sample}/{ds}/{catname}/{var}")
                            failed += 1
                            continue
                        nhist += 1
                        for key in ("sumw", "sumw2"):
                            f = factor.get(ds, 1.0) ** (2 if key == "sumw2" else 1)
                            a, b = arrs[key], [x * f for x in cvars[var][key]]
                            if len(a) != len(b):
                                print(f"DIFF {name}/{ds}/{catname}/{var} {key}: {len(a)} vs {len(b)} bins")
                                failed += 1
                                continue
                            scale = max([abs(x) for x in a] + [abs(x) for x in b] + [0.0])
                            for i, (x, y) in enumerate(zip(a, b)):
                                check(f"{name}/{ds}/{catname}/{var} {key}[{i}]", x, y, scale)
    print(f"compared {nhist} histogram variations; {exact} values bit-identical; "
          f"largest relative difference {worst[0]:.3g} ({worst[1]})")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
