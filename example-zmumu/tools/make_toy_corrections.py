# Writes the toy correction files the self-contained example uses in place of the CMS POG files
# (which a fresh machine does not have). Same correction names, inputs and outputs as the
# LUM 2018 puWeights, MUO 2018 UL muon_Z and JME 2018 UL jet_jerc files, plausible made-up values.
# Not for physics.
# Run from this folder with plain Python 3:  python3 make_toy_corrections.py
import gzip
import json
import math

out = "../src/main/resources/zmumu/corrections/"

def gauss(x, mu, sigma):
    return math.exp(-0.5 * ((x - mu) / sigma) ** 2) / sigma

edges = [float(e) for e in range(0, 101, 2)]
centers = [0.5 * (a + b) for a, b in zip(edges[:-1], edges[1:])]
def weights(data_mean):
    # data profile over the generator's simulated profile (mean 32, width 11), normalised near 1
    return [round(gauss(c, data_mean, 10.0) / max(gauss(c, 32.0, 11.0), 1e-6), 6) if 2 < c < 80 else 1.0
            for c in centers]

pileup = {
    "schema_version": 2,
    "description": "Toy pile-up weights shaped like the LUM 2018 UL file, for the Cortado example. Not for physics.",
    "corrections": [{
        "name": "Collisions18_UltraLegacy_goldenJSON", "version": 0,
        "inputs": [{"name": "NumTrueInteractions", "type": "real"}, {"name": "weights", "type": "string"}],
        "output": {"name": "weight", "type": "real"},
        "data": {"nodetype": "category", "input": "weights", "content": [
            {"key": key, "value": {"nodetype": "binning", "input": "NumTrueInteractions", "edges": edges,
                                   "content": weights(mean), "flow": "clamp"}}
            for key, mean in [("nominal", 33.0), ("up", 34.5), ("down", 31.5)]]}}]}

eta_edges = [0.0, 0.9, 1.2, 2.1, 2.4]
pt_edges = [15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 60.0, 120.0]
def muon(base, slope, syst):
    def grid(shift):
        return [round(base[i] + slope * j + shift, 5) for i in range(4) for j in range(7)]
    return {"nodetype": "category", "input": "year", "content": [{"key": "2018_UL", "value": {
        "nodetype": "category", "input": "ValType", "content": [
            {"key": key, "value": {"nodetype": "multibinning", "inputs": ["abseta", "pt"],
                                   "edges": [eta_edges, pt_edges], "content": grid(shift), "flow": "clamp"}}
            for key, shift in [("sf", 0.0), ("systup", syst), ("systdown", -syst)]]}}]}

def correction(name, data):
    return {"name": name, "version": 1,
            "inputs": [{"name": "year", "type": "string"}, {"name": "abseta", "type": "real"},
                       {"name": "pt", "type": "real"}, {"name": "ValType", "type": "string"}],
            "output": {"name": "weight", "type": "real"}, "data": data}

muons = {
    "schema_version": 2,
    "description": "Toy muon ID and isolation scale factors shaped like the MUO 2018 UL muon_Z file, for the Cortado example. Not for physics.",
    "corrections": [
        correction("NUM_TightID_DEN_TrackerMuons", muon([0.992, 0.985, 0.978, 0.970], 0.0005, 0.004)),
        correction("NUM_LooseRelIso_DEN_TightIDandIPCut", muon([0.996, 0.995, 0.993, 0.990], 0.0002, 0.002)),
    ]}

json.dump(pileup, open(out + "toy_puWeights_2018.json", "w"), indent=1)
json.dump(muons, open(out + "toy_muon_Z_2018.json", "w"), indent=1)

# Jet energy corrections and resolution, shaped like the JME 2018 UL jet_jerc file for AK4PFchs
# jets: the same correction names, inputs, node structure and compound chains, made-up parameters.
# The generator (org.cortado.runtime.generate.ToyJec) derives Jet_rawFactor from these very
# formulas and parameters, so calibrating generated jets with this file gives back their Jet_pt;
# change both together (ToyJetCorrectionsTest checks that they agree).
jec_eta_edges = [-5.191, -3.0, -2.5, -1.3, 0.0, 1.3, 2.5, 3.0, 5.191]
jec_region = [3, 2, 1, 0, 0, 1, 2, 3]  # per eta bin: barrel 0, endcap 1, endcap beyond the tracker 2, HF 3
l1_offset = [0.15, 0.17, 0.22, 0.25]  # pile-up pT per unit of area and of rho above 1.2 (CHS keeps it small)
l2_constant = [1.00, 1.01, 1.03, 1.00]
l2_low_pt = [0.80, 0.95, 1.20, 1.10]  # the response deficit that grows towards low pT
residual = [0.99, 1.00, 1.02, 1.03]  # data/simulation scale, the same in every 2018 era

jme_inputs = {
    "JetA": {"name": "JetA", "type": "real", "description": "area of the jet"},
    "JetEta": {"name": "JetEta", "type": "real", "description": "pseudorapidity of the jet"},
    "JetPt": {"name": "JetPt", "type": "real",
              "description": "pT of the jet before specific correction (for JER: after all corrections applied)"},
    "Rho": {"name": "Rho", "type": "real", "description": "energy density rho (as measure of PU)"},
    "systematic": {"name": "systematic", "type": "string", "description": "systematics: nom, up, down"}}

def jme(name, inputs, data, **extra):
    return {"name": name, "description": "Toy " + name + " shaped like the JME 2018 UL file, for the Cortado example."
            " Not for physics.", "version": 1, "inputs": [jme_inputs[i] for i in inputs],
            "output": {"name": "correction", "type": "real"}, **extra, "data": data}

def formula(expression, variables, parameters):
    return {"nodetype": "formula", "expression": expression, "parser": "TFormula", "variables": variables,
            "parameters": parameters}

def per_eta(edges, content, flow=1.0):
    return {"nodetype": "binning", "input": "JetEta", "edges": edges, "content": content, "flow": flow}

# The real files' L1FastJet expression: x is Rho, y JetPt, z JetA.
l1_expression = ("max(0.0001,1-(max(min(z,[5]),[4])/max(min(y,[3]),[2]))*([7]*(max(min(x,[1]),[0])-[6])"
                 "*(1.+[8]*log(max(min(y,[3]),[2])/15.))))")
l2_expression = "max(0.0001,[2]+[3]/(pow(log10(max(min(x,[1]),[0])),2)+[4]))"
residual_expression = "[2]*(1.+[3]*log10(max(min(x,[1]),[0])/100.))"

def jec_levels(tag, data):
    one = per_eta([-5.191, 5.191], [formula("1", ["JetPt"], [4.0, 5000.0])])
    levels = {
        "L1FastJet": (["JetA", "JetEta", "JetPt", "Rho"], per_eta(jec_eta_edges, [
            formula(l1_expression, ["Rho", "JetPt", "JetA"], [0.0, 70.0, 1.0, 6500.0, 0.0, 10.0, 1.2, l1_offset[r], 0.1])
            for r in jec_region])),
        "L2Relative": (["JetEta", "JetPt"], per_eta(jec_eta_edges, [
            formula(l2_expression, ["JetPt"], [4.0, 6500.0, l2_constant[r], l2_low_pt[r], 1.0]) for r in jec_region])),
        "L3Absolute": (["JetEta", "JetPt"], one),
        "L2L3Residual": (["JetEta", "JetPt"], per_eta(jec_eta_edges, [
            formula(residual_expression, ["JetPt"], [10.0, 6500.0, residual[r], 0.008]) for r in jec_region])
            if data else one)}
    singles = [jme(tag + "_" + level + "_AK4PFchs", inputs, node) for level, (inputs, node) in levels.items()]
    compound = {"name": tag + "_L1L2L3Res_AK4PFchs", "description": "Toy compound correction of " + tag + " levels",
                "inputs": [jme_inputs[i] for i in ["JetA", "JetEta", "JetPt", "Rho"]],
                "output": {"name": "correction", "type": "real"}, "inputs_update": ["JetPt"], "input_op": "*",
                "output_op": "*", "stack": [c["name"] for c in singles]}
    return singles, compound

# JES uncertainty sources: relative, a few per cent, rising towards low pT and high |eta|. Like the
# real file, a table over eta and pT whose cells interpolate linearly in pT; Total is their sum in
# quadrature. Each source: (constant, pT term in GeV, |eta| slope above an |eta| threshold, |eta| range).
jes_eta_edges = [-5.4, -3.0, -2.5, -1.3, 0.0, 1.3, 2.5, 3.0, 5.4]
jes_pt_edges = [9.0, 15.0, 30.0, 60.0, 120.0, 300.0, 1000.0, 6538.0]
jes_sources = {
    "Regrouped_Absolute": (0.005, 0.20, 0.0, (0.0, 9.9)),
    "Regrouped_Absolute_2018": (0.004, 0.10, 0.0, (0.0, 9.9)),
    "Regrouped_FlavorQCD": (0.004, 0.25, 0.0, (0.0, 9.9)),
    "Regrouped_BBEC1": (0.003, 0.15, 0.0, (0.0, 2.5)),
    "Regrouped_BBEC1_2018": (0.002, 0.10, 0.0, (0.0, 2.5)),
    "Regrouped_EC2": (0.010, 0.30, 0.0, (2.5, 3.0)),
    "Regrouped_EC2_2018": (0.006, 0.20, 0.0, (2.5, 3.0)),
    "Regrouped_HF": (0.015, 0.40, 0.0, (3.0, 9.9)),
    "Regrouped_HF_2018": (0.008, 0.20, 0.0, (3.0, 9.9)),
    "Regrouped_RelativeBal": (0.002, 0.0, 0.004, (0.0, 9.9)),
    "Regrouped_RelativeSample_2018": (0.001, 0.0, 0.006, (1.3, 9.9))}

def jes(source, abseta, pt):
    constant, pt_term, eta_slope, (low, high) = jes_sources[source]
    return constant + pt_term / pt + eta_slope * (abseta - low) if low <= abseta < high else 0.0

def jes_total(abseta, pt):
    return math.sqrt(sum(jes(s, abseta, pt) ** 2 for s in jes_sources))

def jes_table(name, uncertainty):
    def cell(abseta, lo, hi):
        slope = (uncertainty(abseta, hi) - uncertainty(abseta, lo)) / (hi - lo)
        return {"nodetype": "formularef", "index": 0,
                "parameters": [round(slope, 9), round(uncertainty(abseta, lo) - slope * lo, 6), 9.0, 6538.0]}
    centres = [abs(0.5 * (a + b)) for a, b in zip(jes_eta_edges[:-1], jes_eta_edges[1:])]
    return jme("Summer19UL18_V5_MC_" + name + "_AK4PFchs", ["JetEta", "JetPt"], per_eta(jes_eta_edges, [
        {"nodetype": "binning", "input": "JetPt", "edges": jes_pt_edges, "flow": "clamp",
         "content": [cell(c, lo, hi) for lo, hi in zip(jes_pt_edges[:-1], jes_pt_edges[1:])]}
        for c in centres], flow=-999.0),
        generic_formulas=[formula("[0]*max(min(x,[3]),[2])+[1]", ["JetPt"], None)])

# JER: the generator smears a jet's pT by 0.08 + 1/sqrt(pT) around the parton and puts the generator
# jet at 0.97 of it, so reco/gen has a relative width of (0.08 + 1/sqrt(pT)) / 0.97. The real files'
# N, S, C expression is fitted to that (least squares on sigma^2, linear in N|N|, S^2 and C^2). The
# smearing ignores pile-up, so every Rho bin holds the same parameters.
def jer_fit():
    pts = [15.0 * 1.1 ** k for k in range(65)]
    rows = [[1 / p ** 2, 1 / p, 1.0] for p in pts]
    target = [((0.08 + p ** -0.5) / 0.97) ** 2 for p in pts]
    weights = [1 / t ** 2 for t in target]  # relative residuals
    a = [[sum(w * r[i] * r[j] for w, r in zip(weights, rows)) for j in range(3)] for i in range(3)]
    b = [sum(w * r[i] * t for w, r, t in zip(weights, rows, target)) for i in range(3)]
    def det(m):
        return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    n2, s2, c2 = [det([[b[i] if j == k else a[i][j] for j in range(3)] for i in range(3)]) / det(a) for k in range(3)]
    return [round(math.copysign(math.sqrt(abs(n2)), n2), 4), round(math.sqrt(s2), 4), round(math.sqrt(c2), 4)]

jer_expression = "sqrt([2]*abs([2])/(max(min(x,[1]),[0])*max(min(x,[1]),[0]))+[3]*[3]*pow(max(min(x,[1]),[0]),[5])+[4]*[4])"
jer_n, jer_s, jer_c = jer_fit()
jer_eta_edges = [-5.191, -3.0, -2.5, -1.3, 0.0, 1.3, 2.5, 3.0, 5.191]
jer_resolution = jme("Summer19UL18_JRV3_MC_PtResolution_AK4PFchs", ["JetEta", "JetPt", "Rho"], per_eta(jer_eta_edges, [
    {"nodetype": "binning", "input": "Rho", "edges": [0.0, 15.0, 30.0, 90.0], "flow": 1.0, "content": [
        formula(jer_expression, ["JetPt"], [15.0, 3000.0, jer_n, jer_s, jer_c, -1.0])] * 3}] * 8))

jer_sf_eta_edges = [-5.191, -3.139, -2.5, -1.93, -1.305, -0.522, 0.0, 0.522, 1.305, 1.93, 2.5, 3.139, 5.191]
jer_sf = [(1.12, 0.03), (1.13, 0.03), (1.15, 0.04), (1.20, 0.06), (1.25, 0.08), (1.15, 0.10)]  # by |eta| bin
jer_scale_factor = jme("Summer19UL18_JRV3_MC_ScaleFactor_AK4PFchs", ["JetEta", "systematic"], per_eta(jer_sf_eta_edges, [
    {"nodetype": "category", "input": "systematic", "content": [
        {"key": "nom", "value": nom}, {"key": "up", "value": round(nom + unc, 4)}, {"key": "down", "value": round(nom - unc, 4)}]}
    for nom, unc in jer_sf[::-1] + jer_sf]))

jerc_corrections = []
jerc_compounds = []
for tag, data in [("Summer19UL18_V5_MC", False)] + [("Summer19UL18_Run" + era + "_V5_DATA", True) for era in "ABCD"]:
    singles, compound = jec_levels(tag, data)
    jerc_corrections += singles
    jerc_compounds.append(compound)
jerc_corrections += [jes_table(source, lambda abseta, pt, s=source: jes(s, abseta, pt)) for source in jes_sources]
jerc_corrections += [jes_table("Total", jes_total), jer_resolution, jer_scale_factor]
jerc = {
    "schema_version": 2,
    "description": "Toy AK4PFchs jet energy corrections, JES uncertainties and JER shaped like the JME 2018 UL jet_jerc"
                   " file, for the Cortado example. Not for physics.",
    "corrections": jerc_corrections,
    "compound_corrections": jerc_compounds}

# gzipped like the POG files (PocketCoffea opens JER files with gzip.open); no name or time in the
# header, so rerunning the script gives the same bytes.
with open(out + "toy_jet_jerc.json.gz", "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
    gz.write(json.dumps(jerc, separators=(",", ":")).encode())
