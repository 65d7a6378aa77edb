#!/usr/bin/env python3
"""Checks skims written by `cortado run --save-skimmed SKIMS` with uproot against the inputs.

    python -m venv /tmp/venv && /tmp/venv/bin/pip install uproot awkward
    /tmp/venv/bin/python example-zmumu/tools/check_skims.py SKIMS INPUT_DATASETS_JSON

For every dataset of SKIMS/datasets.json: uproot opens each skimmed file; its Events entries add
up to the dataset's nevents; every skimmed event is found in the dataset's input files by
(run, luminosityBlock, event), in input order, and every branch of the skimmed file holds the
input's values for it, bit for bit (jagged branches element by element, with the same types);
the Runs and LuminosityBlocks trees of the skimmed files, concatenated, equal the inputs'. Prints
one line per dataset and per failure; exits 1 if anything differs. Not part of the build.
"""
import json
import os
import sys

import awkward as ak
import numpy as np
import uproot

KEY = ("run", "luminosityBlock", "event")


def files(datasets_json, name):
    with open(datasets_json) as f:
        entry = json.load(f)[name]
    base = os.path.dirname(os.path.abspath(datasets_json))
    return [os.path.join(base, p) for p in entry["files"]], entry["metadata"]


def same(a, b):
    """Bit-for-bit equality of two arrays of the same layout (NaNs equal to NaNs)."""
    if ak.type(a) != ak.type(b) or len(a) != len(b):
        return False
    fa, fb = ak.flatten(a, axis=None), ak.flatten(b, axis=None)
    if a.ndim > 1 and not ak.all(ak.num(a, axis=1) == ak.num(b, axis=1)):
        return False
    na, nb = np.asarray(fa), np.asarray(fb)
    return na.dtype == nb.dtype and np.array_equal(na.view(np.uint8), nb.view(np.uint8))


def concatenated(paths, tree):
    parts = [uproot.open(p)[tree].arrays(library="ak") for p in paths if tree in uproot.open(p)]
    return ak.concatenate(parts) if parts else None


def check(skims, inputs_json):
    failures = 0
    for name in json.load(open(os.path.join(skims, "datasets.json"))):
        skimmed, meta = files(os.path.join(skims, "datasets.json"), name)
        originals, _ = files(inputs_json, name)
        original = ak.concatenate([uproot.open(p)["Events"].arrays(library="ak") for p in originals])
        index = {k: i for i, k in enumerate(zip(*(original[b].to_list() for b in KEY)))}
        events = 0
        last = -1
        for path in skimmed:
            tree = uproot.open(path)["Events"]
            out = tree.arrays(library="ak")
            events += tree.num_entries
            rows = np.array([index[k] for k in zip(*(out[b].to_list() for b in KEY))], dtype=np.int64)
            if len(rows) and (rows[0] <= last or np.any(np.diff(rows) <= 0)):
                print(f"{path}: events are not in input order")
                failures += 1
            last = rows[-1] if len(rows) else last
            for branch in out.fields:
                if not same(out[branch], original[branch][rows]):
                    print(f"{path}: branch {branch} differs from the input")
                    failures += 1
        if events != int(meta["nevents"]):
            print(f"{name}: {events} skimmed events, datasets.json says {meta['nevents']}")
            failures += 1
        for tree in ("Runs", "LuminosityBlocks"):
            a, b = concatenated(originals, tree), concatenated(skimmed, tree)
            if (a is None) != (b is None) or (a is not None and any(not same(a[f], b[f]) for f in a.fields)):
                print(f"{name}: tree {tree} of the skims differs from the inputs'")
                failures += 1
        print(f"{name}: {events} events in {len(skimmed)} files, {len(out.fields)} branches checked"
              f" against {len(original)} input events")
    return failures


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    bad = check(sys.argv[1], sys.argv[2])
    print("all skims agree with their inputs" if bad == 0 else f"{bad} differences")
    sys.exit(1 if bad else 0)
