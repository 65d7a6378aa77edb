"""Writes the conformance fixtures of CorrectionConformanceTest and prints its expected values.

Development aid only; the build never runs it. The expected values come from the reference
implementation (Python correctionlib 2.9.0), not from Cortado:

    cd runtime/src/test/resources/corrections
    /work/venv/bin/python reference/make_conformance.py > reference/conformance_expected.txt

Cases mirror correctionlib's tests (test_core.py, test_core_valid.py, test_compound.py,
test_hashprng.py, test_issue208/217/250/268.py, test_transform_nested.py) and the TFormula
consequences listed in shared/docs/CORRECTIONS.md section 1.5.
"""
import json
import math

import correctionlib._core as core


def var(name, typ):
    return {"name": name, "type": typ, "description": None}


def corr(name, inputs, data, **extra):
    c = {"name": name, "version": 1, "inputs": [var(*i) for i in inputs],
         "output": var("out", "real"), "data": data}
    c.update(extra)
    return c


def formula(expr, variables, params=None):
    f = {"nodetype": "formula", "expression": expr, "parser": "TFormula", "variables": variables}
    if params is not None:
        f["parameters"] = params
    return f


def binning(inp, edges, content, flow):
    return {"nodetype": "binning", "input": inp, "edges": edges, "content": content, "flow": flow}


X = [("x", "real")]
XY = [("x", "real"), ("y", "real")]

core_corrections = [
    corr("constant", [], 1.234),
    corr("int_leaf", [], 1),
    corr("binned_category_formula", [("pt", "real"), ("syst", "string")], binning(
        "pt", [0.0, 20.0, 40.0, "inf"], [
            {"nodetype": "category", "input": "syst",
             "content": [{"key": "blah", "value": 1.1}, {"key": "blah2", "value": 2.2}]},
            {"nodetype": "category", "input": "syst",
             "content": [{"key": "blah2", "value": 1.3},
                         {"key": "blah3", "value": formula("0.25*x + exp([0])", ["pt"], [3.1])}]},
            1.0], "error")),
    corr("category_str", [("cat", "string")], {"nodetype": "category", "input": "cat",
         "content": [{"key": "blah", "value": 1.2}]}),
    corr("category_str_default", [("cat", "string")], {"nodetype": "category", "input": "cat",
         "content": [{"key": "blah", "value": 1.2}], "default": 0.1}),
    corr("category_int", [("cat", "int")], {"nodetype": "category", "input": "cat",
         "content": [{"key": 0, "value": 1.2}, {"key": 13, "value": 1.4},
                     {"key": -7, "value": 2.5}, {"key": 0, "value": 99.0}]}),
    corr("category_int_default", [("x", "real"), ("cat", "int"), ("s", "string")],
         {"nodetype": "category", "input": "cat",
          "content": [{"key": 1, "value": formula("x", ["x"])}], "default": -99.0}),
]
for flow in ["error", "clamp", 42.0, "wrap"]:
    tag = flow if isinstance(flow, str) else "value"
    core_corrections.append(corr("binning_" + tag, X, binning("x", [0.0, 1.0, 3.0], [1.0, 2.0], flow)))
    core_corrections.append(corr("uniform_" + tag, X, binning(
        "x", {"n": 2, "low": 0.0, "high": 3.0}, [1.0, 2.0], flow)))
for flow in ["error", "clamp", 42.0, formula("2.*x + 5.*y", ["x", "y"])]:
    tag = flow if isinstance(flow, str) else ("value" if isinstance(flow, float) else "formula")
    core_corrections.append(corr("multibinning_" + tag, XY, {
        "nodetype": "multibinning", "inputs": ["x", "y"],
        "edges": [[0.0, 1.0, 3.0], [10.0, 20.0, 30.0, 40.0]],
        "content": [float(i) for i in range(6)], "flow": flow}))
core_corrections += [
    corr("multibinning_uniform", XY, {
        "nodetype": "multibinning", "inputs": ["y", "x"],
        "edges": [{"n": 3, "low": 10.0, "high": 40.0}, [0.0, 1.0, 3.0]],
        "content": [float(i) for i in range(6)], "flow": "clamp"}),
    corr("uniform_edge", X, binning("x", {"n": 10, "low": -2.5, "high": 2.5},
                                    [float(i) for i in range(10)], "clamp")),
    corr("formularef", X, binning("x", [0.0, 1.0, 2.0, 3.0], [
        {"nodetype": "formularef", "index": 0, "parameters": [0.1, 0.2]},
        {"nodetype": "formularef", "index": 0, "parameters": [1.1, -0.2]},
        {"nodetype": "formularef", "index": 0, "parameters": [3.1, 0.5]}], "error"),
        generic_formulas=[formula("[0] + [1]*x", ["x"])]),
    corr("transform_real", X, {"nodetype": "transform", "input": "x", "rule": 0.1,
         "content": binning("x", [0.0, 1.0, 2.0, 3.0], [0.1, 0.2, 0.3], "clamp")}),
    corr("transform_int", [("x", "real"), ("i", "int")], {
        "nodetype": "transform", "input": "i",
        "rule": {"nodetype": "category", "input": "i", "content": [
            {"key": 0, "value": 0}, {"key": 1, "value": 4}, {"key": 2, "value": 0},
            {"key": 9, "value": 3.000001}, {"key": 10, "value": 2.999999},
            {"key": 11, "value": 2.5}, {"key": 12, "value": -0.5}, {"key": 13, "value": -2.5}]},
        "content": {"nodetype": "category", "input": "i", "content": [
            {"key": 0, "value": 0.0}, {"key": 3, "value": 0.1}, {"key": 4, "value": 0.2},
            {"key": -1, "value": 0.7}, {"key": -3, "value": 0.8}]}}),
    corr("transform_nested", XY, {
        "nodetype": "transform", "input": "x", "rule": formula("x+y", ["x", "y"]),
        "content": {"nodetype": "transform", "input": "y", "rule": formula("x*y", ["x", "y"]),
                    "content": formula("x+y-y", ["x", "y"])}}),
    corr("transform_rule_nested", XY, {
        "nodetype": "transform", "input": "x",
        "rule": {"nodetype": "transform", "input": "x", "rule": 100.0, "content": formula("x+1", ["x"])},
        "content": formula("x*1000+y", ["x", "y"])}),
    corr("string_inf", X, binning("x", [0.0, 20.0, 40.0, "inf"], [1.0, 1.1, 1.2], "error")),
    corr("string_plus_inf", X, binning("x", ["-inf", 20.0, 40.0, "+inf"], [1.0, 1.1, 1.2], "error")),
    corr("int_binning", [("nJets", "int")], binning(
        "nJets", [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5], [1.1, 1.08, 1.06, 1.04, 1.02, 1.0], "clamp")),
    corr("issue250_formula", X, formula(
        "((min(max(x,20.),140.)>20.0&&min(max(x,20.),140.)<=30.0))*0.8434999999999999", ["x"])),
    corr("issue250_binning", X, binning("x", [20.0, 30.0, 140.0], [0.8434999999999999, 0.9], 0.0)),
    corr("issue268", [(n, "real") for n in "abcde"], formula(
        "x[0] + 2*x[1] + 3*x[2] + 4*x[3] + 5*x[4]", list("abcde"))),
    corr("nan_binning", X, binning("x", [0.0, 1.0, 3.0], [1.0, 2.0], 7.0)),
]
for dist in ["normal", "stdflat", "stdnormal"]:
    core_corrections.append(corr("prng_" + dist, [("var1", "real"), ("var2", "real"), ("var3", "int")],
                                 {"nodetype": "hashprng", "inputs": ["var1", "var2", "var3"],
                                  "distribution": dist}))
    core_corrections.append(corr("prng1_" + dist, [("x", "int")],
                                 {"nodetype": "hashprng", "inputs": ["x"], "distribution": dist}))
    core_corrections.append(corr("prngr_" + dist, [("x", "real")],
                                 {"nodetype": "hashprng", "inputs": ["x"], "distribution": dist}))
core_corrections.append(corr("prng5_normal", [("a", "real"), ("b", "real"), ("c", "real"), ("d", "int"), ("e", "real")],
                             {"nodetype": "hashprng", "inputs": ["a", "b", "c", "d", "e"], "distribution": "normal"}))
core_set = {"schema_version": 2, "description": "conformance fixtures", "corrections": core_corrections,
            "compound_corrections": [
                {"name": "l1l2", "inputs": [var("pt", "real"), var("eta", "real")], "output": var("sf", "real"),
                 "inputs_update": ["pt"], "input_op": "*", "output_op": "last", "stack": ["level1", "level2"]},
                {"name": "multiplied", "inputs": [var("eta", "real"), var("pt", "real")],
                 "output": var("sf", "real"), "inputs_update": [], "input_op": "*", "output_op": "*",
                 "stack": ["level1", "level2"]},
                {"name": "added", "inputs": [var("eta", "real"), var("pt", "real")],
                 "output": var("sf", "real"), "inputs_update": ["pt"], "input_op": "+", "output_op": "/",
                 "stack": ["level2", "level1", "level2"]},
            ]}
core_set["corrections"] += [
    corr("level1", [], 1.1),
    corr("level2", [("pt", "real"), ("eta", "real")], formula("1 + 0.1*log10(x) + 0.1*y", ["pt", "eta"])),
]

TFORMULAS = [
    "23.*x", "23.*log(max(x, 0.1))", "2.2e3 + x", "-2e-3 * x", "4*3^2", "1+2*3^4+5*2+6*2", "3<=3",
    "2!=3", "100./3.*2+1", "(1+0.04432+1.724/100.)-1", "(1+0.04432+(1.724+100.))-1", "-x^2", "-3^2",
    "2^3^2", "2*-3", "x--1", "10 - -2", "- x", "x^-1", "3 > 2 > 1", "log (x)", "1.e2", "x[0]+2*x[1]",
    "erf(x)", "erf(x/1000)", "acosh(abs(x)+1)", "asinh(x)", "atanh(x/2000)", "atan2(x,y)", "max(x,y)",
    "min(x,y)", "x&&y", "x||0", "0||0", "x==y", "x!=y", "x>=y", "x<y", "x>y", "x<=y", "pow(abs(x),2.5)",
    "sqrt(abs(x))", "exp(x/1000)", "log10(abs(x))", "cos(x)", "sin(x)", "tan(x)", "acos(x/2000)",
    "asin(x/2000)", "atan(x)", "cosh(x/1000)", "sinh(x/1000)", "tanh(x/100)", "x*\t2",
    "max(log(x-1000),1)", "max(1,log(x-1000))", "min(log(x-1000),1)", "min(1,log(x-1000))",
    "1/(x-1)", "log(x-1)", "x-1e-3", "1.2+-3e-05*x", "x--6.48", "2-1", "1 -2", "-(-x)", "- (x)",
    "[0]+[1]*3", "[0]*max(min(x,[3]),[2])+[1]", "[1]^[0]", "-[0]^2", "z*t+x*y",
    # JEC L2Relative-like and JER-like expressions
    "max(0.0001,pow(x,2))", "(0.9<x)*(x<1.1)", "[0]+([1]/(pow(log10(x),2)+[2]))+([3]*exp(-([4]*((log10(x)-[5])*(log10(x)-[5])))))",
    "sqrt([0]*abs([0])/(x*x)+[1]*[1]*pow(x,[3])+[2]*[2])",
]
TPARAMS = [1.0, 3.0, 0.5, 20.0, 0.7, 1.3]
tformula_set = {"schema_version": 2, "corrections": [corr("tformula", [("index", "int"), ("x", "real"), ("y", "real"), ("z", "real"), ("t", "real")], {
    "nodetype": "category", "input": "index",
    "content": [{"key": i, "value": formula(e, ["x", "y", "z", "t"], TPARAMS)} for i, e in enumerate(TFORMULAS)]})]}

BAD_FORMULAS = ["1E3", "1e+3", ".5", "2*- 3", "!x", "x%2", "x y", "1+\n2", "TMath::Exp(2)", "doesNotExist(2)",
                "--x", "- -x", "1e3.5", "(x)(y)", "x[0][1]", "x[ 1 ]", "x[5]", "x[-1]", "x[abc]",
                "[7]", "tan*2", "log1(x)", "(x", "x)", "", "max(x)", "atan2(x y)", "*x"]

with open("core.json", "w") as f:
    json.dump(core_set, f, indent=1)
with open("tformula.json", "w") as f:
    json.dump(tformula_set, f, indent=1)
with open("bad_formulas.txt", "w") as f:
    for e in BAD_FORMULAS:
        f.write(json.dumps(e) + "\n")

cset = core.CorrectionSet.from_file("core.json")
tset = core.CorrectionSet.from_file("tformula.json")


def jlit(v):
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, bool):
        raise ValueError
    if isinstance(v, int):
        return str(v) + "L"
    if math.isnan(v):
        return "Double.NaN"
    if math.isinf(v):
        return "Double.POSITIVE_INFINITY" if v > 0 else "Double.NEGATIVE_INFINITY"
    return repr(float(v))


def emit(s, name, *args, compound=False, approx=False):
    c = s.compound[name] if compound else s[name]
    kind = "compound" if compound else ("approx" if approx else "eval")
    try:
        v = c.evaluate(*args)
        print(f"    {kind}({json.dumps(name)}, {jlit(v)}{''.join(', ' + jlit(a) for a in args)});")
    except Exception as ex:
        msg = str(ex).replace("\n", " ")[:60]
        print(f"    {'compoundFails' if compound else 'fails'}({json.dumps(name)}{''.join(', ' + jlit(a) for a in args)}); // {type(ex).__name__}: {msg}")


print("// core.json")
emit(cset, "constant")
emit(cset, "int_leaf")
for a in [(12.0, "blah"), (31.0, "blah3"), (1000.0, "blah"), (-1.0, "blah"), (12.0, "blah3"), (20.0, "blah2"), (40.0, "x")]:
    emit(cset, "binned_category_formula", *a, approx=True)
for a in ["blah", "asdf", ""]:
    emit(cset, "category_str", a)
    emit(cset, "category_str_default", a)
for a in [0, 13, -7, 1]:
    emit(cset, "category_int", a)
for a in [(0.3, 1, ""), (0.3, 2, "z")]:
    emit(cset, "category_int_default", *a)
for tag in ["error", "clamp", "value", "wrap"]:
    for x in [-3.0, -2.9, -1.0, -0.0, 0.0, 0.2, 1.0, 1.5, 2.9, 2.9999999999999996, 3.0, 4.6, 6.1, 3000.0, float("inf"), float("-inf"), float("nan")]:
        emit(cset, "binning_" + tag, x)
        emit(cset, "uniform_" + tag, x)
for tag in ["error", "clamp", "value", "formula"]:
    for a in [(0.0, 5.0), (-1.0, 5.0), (0.0, 10.0), (0.0, 20.0), (0.0, 30.0), (0.0, 40.0), (1.0, 10.0), (1.0, 20.0), (1.0, 30.0),
              (2.0, 5.0), (-1.0, 25.0), (-1.0, 35.0), (-1.0, 45.0), (0.0, 45.0), (2.0, 45.0), (3.0, 45.0), (3.0, 35.0),
              (3.0, 25.0), (3.0, 15.0), (3.0, 5.0), (3.0, 15.0)]:
        emit(cset, "multibinning_" + tag, *a, approx=tag == "formula")
for a in [(0.0, 10.0), (0.5, 19.99), (1.0, 20.0), (2.9, 39.9), (5.0, 5.0), (-1.0, 50.0), (1.0, 30.0)]:
    emit(cset, "multibinning_uniform", *a)
for x in [-2.5, -0.5, 0.0, 0.49, 0.5, 2.0, 2.49, 2.4999999999999996]:
    emit(cset, "uniform_edge", x)
for x in [0.5, 1.5, 2.5, 3.5, -0.1]:
    emit(cset, "formularef", x)
for x in [0.5, 1.5, 2.5]:
    emit(cset, "transform_real", x)
for i in [0, 1, 2, 9, 10, 11, 12, 13, 3]:
    emit(cset, "transform_int", 0.5, i)
emit(cset, "transform_nested", 3.0, 4.0)
emit(cset, "transform_rule_nested", 3.0, 4.0)
for x in [10.0, 100.0, 20.0, 40.0, 1e300, float("inf"), -1.0]:
    emit(cset, "string_inf", x)
for x in [-100.0, -1e300, float("-inf"), 20.0, 1e300]:
    emit(cset, "string_plus_inf", x)
for n in [0, 1, 2, 3, 4, 5, 6, 7, 100, -5]:
    emit(cset, "int_binning", n)
for x in [15.0, 20.0, 25.0, 30.0, 35.0]:
    emit(cset, "issue250_formula", x)
    emit(cset, "issue250_binning", x)
emit(cset, "issue268", 1.0, 2.0, 3.0, 4.0, 5.0)
for x in [float("nan"), 0.5]:
    emit(cset, "nan_binning", x)
for dist in ["normal", "stdflat", "stdnormal"]:
    emit(cset, "prng_" + dist, 1.2, 2.3, 5)
    for x in [0, 1, 2**30 + 42, 2**34 + 42, 2**63 - 1, -1, -2**63, 123456789]:
        emit(cset, "prng1_" + dist, x)
    for x in [0.0, -0.0, 1.0, 0.1, -7.5e10, float("inf")]:
        emit(cset, "prngr_" + dist, x)
emit(cset, "prng5_normal", 50.0, 1.3, 20.0, 123456789, 0.5)
emit(cset, "l1l2", 10.0, 1.2, compound=True)
emit(cset, "multiplied", 1.2, 10.0, compound=True)
emit(cset, "added", 1.2, 10.0, compound=True)
print("// tformula.json")
for i, e in enumerate(TFORMULAS):
    print(f"    // {e!r}")
    for x, y in [(1.0, 2.0), (32.0, 32.0), (-3.0, 0.0), (1550.0, -7.25), (0.5, 1e-3)]:
        emit(tset, "tformula", i, x, y, 0.25, -4.0, approx=True)
print("// bad_formulas.txt: each must fail to load")
for e in BAD_FORMULAS:
    doc = {"schema_version": 2, "corrections": [corr("f", XY, formula(e, ["x", "y"], [1.0]))]}
    try:
        core.CorrectionSet.from_string(json.dumps(doc))
        print("    UNEXPECTEDLY LOADED", repr(e))
    except RuntimeError as ex:
        pass
print("// invalid_documents.txt: each must fail to load")
with open("invalid_documents.txt") as f:
    for line in f:
        try:
            core.CorrectionSet.from_string(line)
            print("    UNEXPECTEDLY LOADED", line.strip())
        except (RuntimeError, IndexError):
            pass
