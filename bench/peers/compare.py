#!/usr/bin/env python3
"""Checks a peer's output (zmumu_uproot.py -o) against a Cortado output folder (histograms.json,
cutflow.json) of the same file: cut-flow counts and histogram entries exactly, every bin of every
histogram in every variation, and the category yields, up to what float64 summation order can change.

    python compare.py PEER.json CORTADO_OUTPUT_DIR [--dataset DY]

Tolerance: both sides add the same float64 weights, in a different grouping (Cortado per work item
in event order, numpy per chunk and pairwise). For a bin of n entries that can change the sum by at
most about n * eps * sum(|w|) (eps = 2^-52), with sum(|w|) <= sqrt(n * sumw2) (Cauchy-Schwarz), and
sumw2 by n * eps * sumw2; two more eps cover the final scaling by 1 / sum(genWeight). Any bin
beyond that bound, a different count, or a missing histogram or variation fails the check (exit 1).
"""
import argparse
import json
import math
import os
import sys

EPS = 2.0 ** -52


def bound(n, sumw2):
    return (n * EPS + 4 * EPS) * math.sqrt(max(n, 1) * abs(sumw2))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("peer")
    p.add_argument("cortado")
    p.add_argument("--dataset", default="DY")
    p.add_argument("--category", default="baseline")
    args = p.parse_args()
    with open(args.peer) as f:
        peer = json.load(f)
    with open(os.path.join(args.cortado, "histograms.json")) as f:
        hists = json.load(f)["histograms"]
    with open(os.path.join(args.cortado, "cutflow.json")) as f:
        flow = json.load(f)["datasets"][args.dataset]

    problems = []
    if flow["cutflow"] != peer["cutflow"]:
        problems.append(f"cut flow: Cortado {flow['cutflow']}, peer {peer['cutflow']}")
    worst = 0.0  # largest |difference| / bound seen
    bins = 0
    for v, y in peer["yields"].items():
        c = flow["categories"][args.category]
        n = c["events"]
        for key in ("sumw", "sumw2"):
            a, b = c[key][v], y[key]
            tol = bound(n, c["sumw2"][v]) if key == "sumw" else (n * EPS + 4 * EPS) * abs(a)
            worst = max(worst, abs(a - b) / tol if tol else (0 if a == b else math.inf))
            if abs(a - b) > tol:
                problems.append(f"yield {v} {key}: Cortado {a!r}, peer {b!r}")
    if set(hists) != set(peer["histograms"]):
        problems.append(f"histograms: Cortado {sorted(hists)}, peer {sorted(peer['histograms'])}")
    for name in sorted(set(hists) & set(peer["histograms"])):
        theirs = hists[name]["samples"]
        (sample,) = theirs
        cortado = theirs[sample][args.dataset][args.category]
        mine = peer["histograms"][name]
        if set(cortado) != set(mine):
            problems.append(f"{name}: variations Cortado {sorted(cortado)}, peer {sorted(mine)}")
            continue
        for v in sorted(cortado):
            c, m = cortado[v], mine[v]
            if len(c["sumw"]) != len(m["sumw"]) or c["entries"] != m["entries"]:
                problems.append(f"{name} {v}: {len(c['sumw'])} bins and {c['entries']} entries in Cortado, "
                                f"{len(m['sumw'])} and {m['entries']} in the peer")
                continue
            n = c["entries"]
            for i, (a, b, a2, b2) in enumerate(zip(c["sumw"], m["sumw"], c["sumw2"], m["sumw2"])):
                bins += 1
                for what, x, y, tol in (("sumw", a, b, bound(n, a2)), ("sumw2", a2, b2, (n * EPS + 4 * EPS) * abs(a2))):
                    if x == y:
                        continue
                    worst = max(worst, abs(x - y) / tol if tol else math.inf)
                    if abs(x - y) > tol:
                        problems.append(f"{name} {v} bin {i} {what}: Cortado {x!r}, peer {y!r} (bound {tol:.3g})")
    if problems:
        print(f"DISAGREE: {len(problems)} differences", file=sys.stderr)
        for line in problems[:30]:
            print("  " + line, file=sys.stderr)
        sys.exit(1)
    print(f"agree: cut flow exact, {len(hists)} histograms x {len(peer['yields'])} variations, {bins} bins "
          f"(sumw and sumw2) within the summation-order bound; largest difference {worst:.3g} of the bound")


if __name__ == "__main__":
    main()
