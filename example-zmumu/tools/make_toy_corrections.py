# Writes the toy correction files the self-contained example uses in place of the CMS POG files
# (which a fresh machine does not have). Same correction names, inputs and outputs as the
# LUM 2018 puWeights and MUO 2018 UL muon_Z files, plausible made-up values. Not for physics.
# Run from this folder with plain Python 3:  python3 make_toy_corrections.py
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
