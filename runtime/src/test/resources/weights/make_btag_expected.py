"""Writes btag_expected.tsv: PocketCoffea's sf_btag (BTV deepJet_shape, 2018 UL) computed with
Python correctionlib 2.9.0 at the real jets of coffea's nano_dy.root (shared/data/root).

Run from this directory with a Python that has correctionlib, uproot and numpy:
    python make_btag_expected.py ../../../../../shared/data
Rows:
  jet    <event> <index in event> <flavour,eta,pt,discriminant>  central  up/down per source
         for every jet with |eta| < 2.5 (the file's abseta range);
  jet_b  the same jets evaluated as b jets (flavour 5): the sample (Drell-Yan) has no b jets, so
         this is the only way to exercise the b-jet tables at real kinematics;
  event  <event> <JetGood count>  nominal  up/down per source
         products over JetGood = jets with pt > 30 and |eta| < 2.4, as pocket_coffea.lib.
         scale_factors.sf_btag computes them: the central SF of every jet, with the up_/down_<source>
         SF substituted on the jets the source applies to (cferr* on flavour 4, the others on
         flavours != 4).
Sources in PocketCoffea's order: hf lf hfstats1 hfstats2 lfstats1 lfstats2 cferr1 cferr2.
Floats are written with repr() of float64; inputs are the float32 NanoAOD values widened to float64.
"""
import sys
import numpy as np
import uproot
import correctionlib

SOURCES = ["hf", "lf", "hfstats1", "hfstats2", "lfstats1", "lfstats2", "cferr1", "cferr2"]

data = sys.argv[1]
corr = correctionlib.CorrectionSet.from_file(
    data + "/corrections/POG__BTV__2018_UL__btagging.json.gz")["deepJet_shape"]
t = uproot.open(data + "/root/nano_dy.root")["Events"]
a = t.arrays(["Jet_hadronFlavour", "Jet_eta", "Jet_pt", "Jet_btagDeepFlavB"], library="np")


def applies(source, flavour):
    return ("cferr" in source) == (flavour == 4)


def jet_sfs(f, eta, pt, d):
    """Central SF, then (up, down) per source: shifted where the source applies, else central."""
    c = corr.evaluate("central", f, abs(eta), pt, d)
    out = [c]
    for s in SOURCES:
        for sign in ("up", "down"):
            out.append(corr.evaluate(sign + "_" + s, f, abs(eta), pt, d) if applies(s, f) else c)
    return out


def pocket_coffea_products(flavour, abseta, pt, discr):
    """pocket_coffea.lib.scale_factors.sf_btag for one event's jets, as flat numpy arrays."""
    central = corr.evaluate("central", flavour, abseta, pt, discr)
    out = [np.prod(central)]
    for s in SOURCES:
        mask = flavour == 4 if "cferr" in s else flavour != 4
        for sign in ("up", "down"):
            sf = np.copy(central)
            if mask.any():
                sf[mask] = corr.evaluate(sign + "_" + s, flavour[mask], abseta[mask], pt[mask],
                                         discr[mask])
            out.append(np.prod(sf))
    return out


rows = ["# jet\tevent,index\tflavour,eta,pt,discriminant\tcentral\t"
        + "\t".join(sign + "_" + s for s in SOURCES for sign in ("up", "down")),
        "# event\tevent,nJetGood\t-\tnominal\t(same variations)"]
for e in range(len(a["Jet_pt"])):
    fl = a["Jet_hadronFlavour"][e].astype(np.int64)
    eta = a["Jet_eta"][e].astype(np.float64)
    pt = a["Jet_pt"][e].astype(np.float64)
    d = a["Jet_btagDeepFlavB"][e].astype(np.float64)
    for j in range(len(pt)):
        if abs(eta[j]) < 2.5:
            v = jet_sfs(int(fl[j]), float(eta[j]), float(pt[j]), float(d[j]))
            rows.append("jet\t%d,%d\t%d,%r,%r,%r\t" % (e, j, fl[j], float(eta[j]), float(pt[j]),
                                                        float(d[j]))
                        + "\t".join(repr(float(x)) for x in v))
            v = jet_sfs(5, float(eta[j]), float(pt[j]), float(d[j]))
            rows.append("jet_b\t%d,%d\t%d,%r,%r,%r\t" % (e, j, 5, float(eta[j]), float(pt[j]),
                                                          float(d[j]))
                        + "\t".join(repr(float(x)) for x in v))
    good = (pt > 30) & (np.abs(eta) < 2.4)
    v = pocket_coffea_products(fl[good], np.abs(eta[good]), pt[good], d[good])
    rows.append("event\t%d,%d\t-\t" % (e, good.sum()) + "\t".join(repr(float(x)) for x in v))
open("btag_expected.tsv", "w").write("\n".join(rows) + "\n")
print(len(rows) - 2, "rows")
