"""Expected values of the real correction files for CorrectionRealFilesTest.

Development aid only; the build never runs it. For every correction and compound correction of
the files in shared/data/corrections it samples argument tuples around every bin edge, category
key and flow region, evaluates them with the reference implementation (Python correctionlib
2.9.0) and writes one line per point to real_files_expected.tsv:

    file <TAB> correction|compound <TAB> name <TAB> exact|approx <TAB> JSON args <TAB> value or ERROR

"approx" marks corrections containing formulas (compared to 1e-12 relative, glibc vs Java math).

    cd runtime/src/test/resources/corrections
    /work/venv/bin/python reference/make_real_files.py /work/shared/data/corrections > real_files_expected.tsv
"""
import gzip
import json
import math
import os
import random
import sys

import correctionlib._core as core

POINTS_PER_CORRECTION = 30
FILES = sorted(os.listdir(sys.argv[1]))


def load_json(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as f:
        return json.load(f)


def walk(node, inputs, cands, state):
    if not isinstance(node, dict):
        return
    t = node.get("nodetype")
    if t in ("binning", "multibinning"):
        names = [node["input"]] if t == "binning" else node["inputs"]
        edges = [node["edges"]] if t == "binning" else node["edges"]
        for name, e in zip(names, edges):
            if isinstance(e, dict):
                e = [e["low"] + (e["high"] - e["low"]) * i / e["n"] for i in range(e["n"] + 1)]
            vals = []
            for v in e:
                v = float(v) if not isinstance(v, str) else float(v.replace("+", ""))
                if math.isfinite(v):
                    vals += [v, math.nextafter(v, -math.inf), math.nextafter(v, math.inf)]
            fin = [float(v) for v in e if not isinstance(v, str) and math.isfinite(float(v))]
            if fin:
                vals += [fin[0] - 1.0, fin[-1] + 1.0, fin[0] - 1000.0, fin[-1] * 2 + 10]
                vals += [(a + b) / 2 for a, b in zip(fin, fin[1:])]
            cands.setdefault(name, set()).update(vals)
        for c in node["content"]:
            walk(c, inputs, cands, state)
        if not isinstance(node["flow"], str):
            walk(node["flow"], inputs, cands, state)
    elif t == "category":
        cands.setdefault(node["input"], set()).update(kv["key"] for kv in node["content"])
        for kv in node["content"]:
            walk(kv["value"], inputs, cands, state)
        if node.get("default") is not None:
            walk(node["default"], inputs, cands, state)
    elif t == "transform":
        state["formula"] = True
        walk(node["rule"], inputs, cands, state)
        walk(node["content"], inputs, cands, state)
    elif t in ("formula", "formularef", "hashprng"):
        state["formula"] = True


def jlit(v):
    return json.dumps(v)


def sample(rng, inputs, cands, n):
    pools = []
    for var in inputs:
        c = sorted(cands.get(var["name"], set()), key=lambda x: (str(type(x)), x))
        if var["type"] == "string":
            pool = [x for x in c if isinstance(x, str)] + ["NotAKey"]
        elif var["type"] == "int":
            ints = sorted({int(x) for x in c if isinstance(x, (int, float)) and math.isfinite(x) and abs(x) < 1e15})
            pool = ints + [-1, 0, 1, 2, 1000] if ints else [0, 1, 5, 123456789]
        else:
            reals = [float(x) for x in c if not isinstance(x, str)]
            pool = reals + [0.0, 1.0, -1.0, 25.0, 50.0, 150.0, 1.3, -2.7, 2.4]
        pools.append(pool)
    seen = set()
    for _ in range(n * 4):
        args = tuple(rng.choice(p) for p in pools)
        if args not in seen:
            seen.add(args)
        if len(seen) >= n:
            break
    return sorted(seen, key=repr)


def typed(var, a):
    if var["type"] == "real":
        return float(a)
    if var["type"] == "int":
        return int(a)
    return a


def main():
    rng = random.Random(20260718)
    for fname in FILES:
        path = os.path.join(sys.argv[1], fname)
        doc = load_json(path)
        cset = core.CorrectionSet.from_file(path)
        info = {}
        for c in doc["corrections"]:
            cands, state = {}, {"formula": False}
            walk(c["data"], c["inputs"], cands, state)
            info[c["name"]] = (c, cands, state["formula"])
            args_list = sample(rng, c["inputs"], cands, POINTS_PER_CORRECTION)
            emit(fname, "correction", c["name"], c["inputs"], state["formula"], cset[c["name"]], args_list)
        for cc in doc.get("compound_corrections") or []:
            cands, formula = {}, False
            for stage in cc["stack"]:
                for k, v in info[stage][1].items():
                    cands.setdefault(k, set()).update(v)
                formula = formula or info[stage][2]
            args_list = sample(rng, cc["inputs"], cands, POINTS_PER_CORRECTION)
            emit(fname, "compound", cc["name"], cc["inputs"], formula, cset.compound[cc["name"]], args_list)


def emit(fname, kind, name, inputs, formula, corr, args_list):
    for args in args_list:
        args = [typed(v, a) for v, a in zip(inputs, args)]
        try:
            out = repr(corr.evaluate(*args))
        except Exception as ex:
            out = "ERROR " + type(ex).__name__
        print("\t".join([fname, kind, name, "approx" if formula else "exact", json.dumps(args), out]))


main()
