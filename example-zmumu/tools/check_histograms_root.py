#!/usr/bin/env python3
"""Checks a Cortado output folder's histograms.root with uproot against its histograms.json.

    python -m venv /tmp/venv && /tmp/venv/bin/pip install uproot hist
    /tmp/venv/bin/python example-zmumu/tools/check_histograms_root.py zmumu-output

For every histogram, sample, dataset, category and variation of histograms.json, the TH1D or TH2D
at histogram/sample/dataset/category/variation must exist (and no other), and uproot's
to_hist() must give the same sums of weights and of squared weights, flow bins included, bit for
bit, the same bin edges (to 1e-12), the axis label as its title, and fEntries equal to the number of fills. Prints
one line per failure and a summary; exits 1 if anything differs. Not part of the build.
"""
import json
import sys

import numpy as np
import uproot


def leaves(histograms):
    """(key, axes, content) for every filled histogram of histograms.json."""
    for name, h in histograms.items():
        for sample, datasets in h["samples"].items():
            for dataset, categories in datasets.items():
                for category, variations in categories.items():
                    for variation, content in variations.items():
                        parts = [name, sample, dataset, category, variation]
                        yield "/".join(p.replace("/", "_") for p in parts), h["axes"], content


def edges(axis):
    if "values" in axis:  # an integer-category axis: unit bins
        return np.arange(len(axis["values"]) + 1, dtype=float)
    return np.array(axis["edges"], dtype=float)


def check(folder):
    with open(f"{folder}/histograms.json") as f:
        histograms = json.load(f)["histograms"]
    failures = []
    with uproot.open(f"{folder}/histograms.root") as root:
        stored = {k.split(";")[0] for k, c in root.classnames(recursive=True).items()
                  if c in ("TH1D", "TH2D")}
        expected = set()
        for key, axes, content in leaves(histograms):
            expected.add(key)
            if key not in stored:
                failures.append(f"{key}: missing")
                continue
            h = root[key]
            hh = h.to_hist()
            for k, axis in enumerate(axes):
                # A regular axis is stored as (bins, low, high): readers recompute its edges,
                # and uproot's linspace may differ from the JSON's in the last bit.
                if not np.allclose(hh.axes[k].edges, edges(axis), rtol=1e-12, atol=1e-12):
                    failures.append(f"{key}: axis {k} edges differ")
                title = axis["label"] or axis["name"]
                if hh.axes[k].label != title:
                    failures.append(f"{key}: axis {k} label {hh.axes[k].label!r}, not {title!r}")
            for what, values in (("sumw", hh.values(flow=True)), ("sumw2", hh.variances(flow=True))):
                if not np.array_equal(values, np.array(content[what], dtype=float)):
                    failures.append(f"{key}: {what} differs")
            if "entries" in content and h.member("fEntries") != content["entries"]:
                failures.append(f"{key}: fEntries {h.member('fEntries')}, not {content['entries']}")
        for key in sorted(stored - expected):
            failures.append(f"{key}: in histograms.root only")
    for line in failures:
        print(line)
    print(f"{len(expected)} histograms checked with uproot {uproot.__version__}: "
          f"{'all equal' if not failures else f'{len(failures)} differences'}")
    return not failures


if __name__ == "__main__":
    sys.exit(0 if check(sys.argv[1] if len(sys.argv) > 1 else "zmumu-output") else 1)
