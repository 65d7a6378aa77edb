#!/usr/bin/env python3
"""Compares the weight and size columns of a zmumu_reference.py JSON with a Cortado output's
Parquet columns (columns/<dataset>/<category>/part-*.parquet, parts in order):

    /tmp/venv/bin/python compare_columns.py REF.json CORTADO_OUTPUT_DIR     # needs pyarrow, numpy

Every column PocketCoffea's nominal pass wrote (weight, weight_variation_<v>, MuonGood_N) must be
in Cortado's table with the same number of rows and the same values, event by event; prints the
largest relative difference per column and exits 1 on any missing column or row-count mismatch,
or a difference above 1e-15.
"""
import glob
import json
import os
import sys

import numpy as np
import pyarrow.parquet as pq


def main(ref_path, out):
    ref = json.load(open(ref_path))["columns"]
    bad = 0
    for sample, by_ds in ref.items():
        for dataset, by_cat in by_ds.items():
            for category, columns in by_cat.items():
                parts = sorted(glob.glob(os.path.join(out, "columns", dataset, category, "part-*.parquet")))
                if not parts:
                    print(f"{dataset}/{category}: no Cortado columns")
                    bad += 1
                    continue
                table = pq.read_table(parts[0]) if len(parts) == 1 else \
                    __import__("pyarrow").concat_tables([pq.read_table(p) for p in parts])
                for name, values in columns.items():
                    if name not in table.column_names:
                        print(f"{dataset}/{category}: Cortado lacks column {name}")
                        bad += 1
                        continue
                    ours = np.asarray(table.column(name).to_numpy(), dtype=float)
                    theirs = np.asarray(values, dtype=float)
                    if ours.shape != theirs.shape:
                        print(f"{dataset}/{category}/{name}: {ours.shape[0]} rows, PocketCoffea {theirs.shape[0]}")
                        bad += 1
                        continue
                    scale = np.maximum(np.abs(theirs), 1e-300)
                    rel = float(np.max(np.abs(ours - theirs) / scale)) if len(ours) else 0.0
                    same = int(np.sum(ours == theirs))
                    print(f"{dataset}/{category}/{name}: {len(ours)} rows, {same} bit-identical, largest relative difference {rel:.1e}")
                    bad += rel > 1e-15
    print("OK" if bad == 0 else f"{bad} difference(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
