# Writes skhep-truth.json.gz beside this script: what uproot 5 reads from every TTree branch of the
# scikit-hep-testdata corpus in ../shared/data/skhep, for SkhepTruthTest.
# Run from the repository root with a Python that has uproot, awkward and numpy:
#   python rootio/src/test/resources/org/cortado/rootio/make_skhep_truth.py [../shared/data/skhep]
#
# Output: {file: {tree: [row, ...]}} with one row per branch, in uproot's depth-first order:
#   [key, name, interpretation, entries, elements, digest]
# key is uproot's path of the branch in the tree, name its own fName, interpretation the class of
# uproot's interpretation ("AsJagged(AsDtype)", ...; "error: ..." when uproot cannot read it).
# elements and digest are only given where uproot reads numbers or strings: the number of values,
# and the first 16 hex digits of SHA-256 over
#   - the number of values of each entry, as little-endian int64, then
#   - the values: integers and booleans as little-endian int64 (unsigned 64-bit ones by their bits),
#     reals as little-endian float64 with every NaN written as 0x7ff8000000000000, strings as their
#     bytes (the per-entry numbers then count bytes).
# A leaf list ("px/D:py/D") gets one row per leaf, with key and name "branch.leaf".
import gzip
import hashlib
import json
import os
import sys

import awkward as ak
import numpy as np
import uproot

NUMERIC = {"AsDtype", "AsJagged(AsDtype)", "AsDouble32", "AsJagged(AsDouble32)", "AsFloat16",
           "AsJagged(AsFloat16)"}
NAN = np.frombuffer(bytes.fromhex("000000000000f87f"), dtype="<f8")[0]


def interpretation_name(branch):
    interp = branch.interpretation
    name = type(interp).__name__
    if name == "AsJagged":
        name += "(" + type(interp.content).__name__ + ")"
    return name


def entry_counts(array):
    if array.ndim == 1:
        return np.ones(len(array), dtype="<i8")
    counts = ak.count(array, axis=-1)
    while counts.ndim > 1:
        counts = ak.sum(counts, axis=-1)
    return ak.to_numpy(counts).astype("<i8")


def digest(counts, values):
    sha = hashlib.sha256()
    sha.update(np.asarray(counts, dtype="<i8").tobytes())
    sha.update(values)
    return sha.hexdigest()[:16]


def numeric_row(array):
    flat = ak.to_numpy(ak.flatten(array, axis=None))
    if flat.dtype.kind == "f":
        values = flat.astype("<f8")
        values[np.isnan(values)] = NAN
    else:
        values = flat.astype("<u8").view("<i8") if flat.dtype.kind == "u" else flat.astype("<i8")
    return len(flat), digest(entry_counts(array), values.tobytes())


def string_row(array):
    raw = ak.without_parameters(array)
    counts = ak.to_numpy(ak.num(raw, axis=1))
    values = ak.to_numpy(ak.flatten(raw)).astype(np.uint8).tobytes()
    return len(values), digest(counts, values)


def rows_of(key, branch):
    try:
        interp = interpretation_name(branch)
    except Exception as e:
        return [[key, branch.name, "error: " + type(e).__name__, branch.num_entries]]
    n = branch.num_entries
    if interp not in NUMERIC and interp != "AsStrings":
        return [[key, branch.name, interp, n]]
    try:
        array = branch.array(library="ak")
    except Exception as e:
        return [[key, branch.name, "error: " + type(e).__name__, n]]
    if interp == "AsStrings":
        return [[key, branch.name, interp, n, *string_row(array)]]
    fields = ak.fields(array)
    if not fields:
        return [[key, branch.name, interp, n, *numeric_row(array)]]
    return [[key + "." + f, branch.name + "." + f, interp, n, *numeric_row(array[f])] for f in fields]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data", "skhep")
    truth = {}
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".root"):
            continue
        try:
            f = uproot.open(os.path.join(corpus, name))
            classes = f.classnames(recursive=True)
        except Exception:
            continue
        trees = {}
        for key, cls in classes.items():
            path = key.rsplit(";", 1)[0]
            if cls not in ("TTree", "TNtuple", "TNtupleD") or path in trees:
                continue
            try:
                tree = f[path]
                trees[path] = [row for k, b in tree.iteritems(recursive=True) for row in rows_of(k, b)]
            except Exception as e:
                trees[path] = "error: " + type(e).__name__
        if trees:
            truth[name] = trees
    # mtime 0 keeps the file byte-identical when nothing changed.
    with gzip.GzipFile(os.path.join(here, "skhep-truth.json.gz"), "wb", mtime=0) as out:
        out.write(json.dumps({"_source": "uproot " + uproot.__version__ + " over scikit-hep-testdata; made by make_skhep_truth.py",
                   "files": truth}, separators=(",", ":")).encode("utf-8"))


if __name__ == "__main__":
    main()
