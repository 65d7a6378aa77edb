# Writes rntuple-truth.json.gz beside this script: what uproot 5 reads from every field of every RNTuple
# of the scikit-hep-testdata corpus in ../shared/data/skhep and of the files in rntuple/ beside this script
# (written by ROOT 6.40 in every compression, see rntuple/make_rntuple_fixtures.py), for RNTupleTruthTest.
# Run from the repository root with a Python that has uproot, awkward and numpy:
#   python rootio/src/test/resources/org/cortado/rootio/make_rntuple_truth.py [../shared/data/skhep]
#
# Output: {file: {rntuple: [row, ...]}} with one row per leaf of uproot's arrays:
#   [name, kind, entries, elements, digest]
# name joins the record fields on the way down with "." ("four_v_LVs.pt", "tuple_int32_string.0"); lists
# and fixed-size arrays add nothing to it. kind is "number" or "string", or "union" / "empty record" /
# "error: ..." for what uproot does not read into numbers or strings (then elements and digest are absent).
# The digest is the one make_skhep_truth.py defines: the first 16 hex digits of SHA-256 over
#   - the number of values of each entry (all nesting summed), as little-endian int64, then
#   - the values: integers and booleans as little-endian int64 (unsigned 64-bit ones by their bits),
#     reals as little-endian float64 with every NaN written as 0x7ff8000000000000, strings as their
#     bytes (the per-entry numbers then count bytes).
import gzip
import json
import os
import sys

import awkward as ak
import uproot

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_skhep_truth import digest, entry_counts, numeric_row  # noqa: E402


def innermost(layout):
    """The content under all lists, fixed-size arrays and options, stopping at strings."""
    while True:
        if layout.parameter("__array__") == "string":
            return layout
        if isinstance(layout, (ak.contents.ListOffsetArray, ak.contents.ListArray, ak.contents.RegularArray,
                               ak.contents.IndexedOptionArray, ak.contents.UnmaskedArray,
                               ak.contents.IndexedArray, ak.contents.ByteMaskedArray,
                               ak.contents.BitMaskedArray)):
            layout = layout.content
        else:
            return layout


def string_row(array):
    raw = ak.without_parameters(array)
    values = ak.to_numpy(ak.flatten(raw, axis=None)).astype("u1").tobytes()
    return len(values), digest(entry_counts(raw), values)


def rows_of(name, array, n):
    inner = innermost(array.layout)
    if inner.parameter("__array__") == "string":
        return [[name, "string", n, *string_row(array)]]
    if isinstance(inner, ak.contents.RecordArray):
        if not inner.fields:
            return [[name, "empty record", n]]
        return [row for f in inner.fields for row in rows_of(name + "." + f, array[f], n)]
    if isinstance(inner, ak.contents.UnionArray):
        return [[name, "union", n]]
    if isinstance(inner, ak.contents.NumpyArray):
        return [[name, "number", n, *numeric_row(array)]]
    return [[name, "error: " + type(inner).__name__, n]]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data", "skhep")
    truth = {}
    files = [(corpus, n) for n in sorted(os.listdir(corpus)) if n.endswith(".root") and "rntuple" in n]
    committed = os.path.join(here, "rntuple")
    files += [(committed, n) for n in sorted(os.listdir(committed)) if n.endswith(".root")]
    for folder, name in files:
        f = uproot.open(os.path.join(folder, name))
        ntuples = {}
        for key, cls in f.classnames(recursive=True).items():
            path = key.rsplit(";", 1)[0]
            if cls != "ROOT::RNTuple" or path in ntuples:
                continue
            nt = f[path]
            rows = []
            for field in nt.fields:
                try:
                    array = field.array()
                except Exception as e:
                    rows.append([field.name, "error: " + type(e).__name__, nt.num_entries])
                    continue
                rows.extend(rows_of(field.name, array, nt.num_entries))
            ntuples[path] = rows
        truth[name] = ntuples
    with gzip.GzipFile(os.path.join(here, "rntuple-truth.json.gz"), "wb", mtime=0) as out:
        out.write(json.dumps({"_source": "uproot " + uproot.__version__ + " over scikit-hep-testdata; made by "
                              "make_rntuple_truth.py", "files": truth}, separators=(",", ":")).encode("utf-8"))


if __name__ == "__main__":
    main()
