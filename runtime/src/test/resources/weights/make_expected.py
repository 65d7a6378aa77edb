"""Writes weights_expected.tsv: standard-weight values computed with Python correctionlib 2.9.0 at
the real muons, electrons and pile-up of coffea's nano_dy.root (shared/data/root).

Run from this directory with a Python that has correctionlib, uproot and numpy:
    python make_expected.py ../../../../../shared/data
Floats are written with repr() of float64, inputs are the float32 NanoAOD values widened to float64.
"""
import sys
import numpy as np
import uproot
import correctionlib

data = sys.argv[1]
corr = data + "/corrections/"
pu = correctionlib.CorrectionSet.from_file(corr + "POG__LUM__2016postVFP_UL__puWeights.json")["Collisions16_UltraLegacy_goldenJSON"]
muo = correctionlib.CorrectionSet.from_file(corr + "POG__MUO__2018_UL__muon_Z.json.gz")
mid = muo["NUM_TightID_DEN_TrackerMuons"]
miso = muo["NUM_LooseRelIso_DEN_TightIDandIPCut"]
egm = correctionlib.CorrectionSet.from_file(corr + "POG__EGM__2018_UL__electron.json")["UL-Electron-ID-SF"]

t = uproot.open(data + "/root/nano_dy.root")["Events"]
a = t.arrays(["Pileup_nTrueInt", "Muon_pt", "Muon_eta", "Muon_tightId", "Electron_pt",
              "Electron_eta", "Electron_deltaEtaSC"], library="np")
out = ["# kind\tinputs\tnominal\tup\tdown"]
for e in range(len(a["Pileup_nTrueInt"])):
    n = float(np.float32(a["Pileup_nTrueInt"][e]))
    out.append("pileup\t%r\t%r\t%r\t%r" % (n, pu.evaluate(n, "nominal"), pu.evaluate(n, "up"), pu.evaluate(n, "down")))
    for pt, eta, tight in zip(a["Muon_pt"][e], a["Muon_eta"][e], a["Muon_tightId"][e]):
        pt, eta = float(pt), float(eta)
        if pt > 15 and abs(eta) < 2.4:
            for kind, c in (("muon_id", mid), ("muon_iso", miso)):
                v = [c.evaluate("2018_UL", abs(eta), pt, s) for s in ("sf", "systup", "systdown")]
                out.append("%s\t%r,%r\t%r\t%r\t%r" % (kind, eta, pt, *v))
    for pt, eta, deta in zip(a["Electron_pt"][e], a["Electron_eta"][e], a["Electron_deltaEtaSC"][e]):
        pt, eta, deta = float(pt), float(eta), float(deta)
        etasc = eta + deta
        if pt > 10 and abs(etasc) < 2.5:
            v = [egm.evaluate("2018", s, "wp80iso", etasc, pt) for s in ("sf", "sfup", "sfdown")]
            out.append("ele_id\t%r,%r,%r\t%r\t%r\t%r" % (eta, deta, pt, *v))
            wp = "RecoBelow20" if pt < 20 else "RecoAbove20"
            v = [egm.evaluate("2018", s, wp, etasc, pt) for s in ("sf", "sfup", "sfdown")]
            out.append("ele_reco\t%r,%r,%r\t%r\t%r\t%r" % (eta, deta, pt, *v))
open("weights_expected.tsv", "w").write("\n".join(out) + "\n")
print(len(out) - 1, "rows")
