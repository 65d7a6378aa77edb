# Writes the reference payloads of HistogramSerializerTest with uproot (an independent writer).
# Run with a Python that has uproot and numpy:  python make_uproot_histograms.py
# Output: uproot-TH1D.hex and uproot-TH2D.hex beside this script (the uncompressed object payloads).
import numpy as np
import uproot
from uproot.writing.identify import to_TAxis, to_TH1x, to_TH2x

edges = np.array([0.0, 1.0, 2.5, 4.0])
sumw = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
sumw2 = np.array([1.0, 4.0, 9.0, 16.0, 25.0])
centers = 0.5 * (edges[1:] + edges[:-1])
h1 = to_TH1x(fName="h1", fTitle="title;x;y", data=sumw, fEntries=15.0,
             fTsumw=sumw[1:-1].sum(), fTsumw2=sumw2[1:-1].sum(),
             fTsumwx=(sumw[1:-1] * centers).sum(), fTsumwx2=(sumw[1:-1] * centers**2).sum(),
             fSumw2=sumw2, fXaxis=to_TAxis("xaxis", "x title", 3, 0.0, 4.0, fXbins=edges))

nx, ny = 2, 3
w2 = np.arange((nx + 2) * (ny + 2), dtype=float)          # ROOT order: x fastest
q2 = w2 * 2
cx = np.array([0.25, 0.75])                               # x: 2 bins on [0, 1)
cy = np.array([15.0, 25.0, 35.0])                         # y: edges 10, 20, 30, 40
grid = w2.reshape(ny + 2, nx + 2)[1:-1, 1:-1]              # [iy, ix]
X, Y = np.meshgrid(cx, cy)
h2 = to_TH2x(fName="h2", fTitle="two", data=w2, fEntries=7.0,
             fTsumw=grid.sum(), fTsumw2=(q2.reshape(ny + 2, nx + 2)[1:-1, 1:-1]).sum(),
             fTsumwx=(grid * X).sum(), fTsumwx2=(grid * X**2).sum(),
             fTsumwy=(grid * Y).sum(), fTsumwy2=(grid * Y**2).sum(), fTsumwxy=(grid * X * Y).sum(),
             fSumw2=q2,
             fXaxis=to_TAxis("xaxis", "x", nx, 0.0, 1.0),
             fYaxis=to_TAxis("yaxis", "y", ny, 10.0, 40.0, fXbins=np.array([10.0, 20.0, 30.0, 40.0])))

import os
here = os.path.dirname(os.path.abspath(__file__))
with uproot.recreate(os.path.join(here, "reference.root"), compression=None) as f:
    f["h1"] = h1
    f["h2"] = h2
raw = open(os.path.join(here, "reference.root"), "rb").read()
f = uproot.open(os.path.join(here, "reference.root"))
for name, out in [("h1", "uproot-TH1D.hex"), ("h2", "uproot-TH2D.hex")]:
    key = f.key(name)
    payload = raw[key.fSeekKey + key.fKeylen: key.fSeekKey + key.fKeylen + key.fObjlen]
    open(os.path.join(here, out), "w").write(payload.hex() + "\n")
os.remove(os.path.join(here, "reference.root"))
