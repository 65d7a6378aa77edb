#!/usr/bin/env python3
"""Diagnostic: zmumu_reference.py with two of PocketCoffea's arithmetic conventions replaced by
Cortado's, to show that they are the only source of the last-ulp differences that
compare_cortado.py reports (README, "Cross-check with Cortado, calibration on"):

- weight variations: coffea's Weights stores up/nominal and returns total * (up/nominal); here a
  variation is the direct product of the factors in the order they were added, the varied one
  substituted (as Cortado's kernel does);
- category yields: PocketCoffea's ak.sum(w * mask) (workflows/base.py) is numpy's pairwise sum;
  here it is summed in event order (as the histograms and Cortado do).

    /tmp/pcvenv/bin/python cortado_conventions.py [zmumu_reference.py arguments]

Not a reference: the committed references are made by zmumu_reference.py, unchanged.
"""
import os
import runpy
import sys
import types

import awkward as ak
import numpy as np
import coffea.analysis_tools as at
import pocket_coffea.lib.weights.weights_manager as wm
import pocket_coffea.workflows.base as base

_init, _add, _weight = at.Weights.__init__, at.Weights.add, at.Weights.weight


def init(self, size, storeIndividual=False):
    _init(self, size, storeIndividual)
    self._factors = []  # (name, nominal, up, down) in the order added


def add(self, name, weight, weightUp=None, weightDown=None, shift=False):
    if shift:
        raise NotImplementedError("shifted weight variations")
    copy = lambda x: None if x is None else np.array(x, dtype=float, copy=True)
    self._factors.append((name, copy(weight), copy(weightUp), copy(weightDown)))
    return _add(self, name, weight, weightUp, weightDown, shift)


def weight(self, modifier=None):
    if modifier is None:
        return _weight(self, None)
    out = np.ones(len(self._weight))
    for name, nominal, up, down in self._factors:
        factor = up if modifier == name + "Up" else down if modifier == name + "Down" else nominal
        if factor is None:
            raise NotImplementedError(f"{modifier}: no such variation stored")
        out = out * factor
    return out


at.Weights.__init__, at.Weights.add, at.Weights.weight = init, add, weight
wm.Weights = at.Weights


class _SequentialSumAk(types.ModuleType):
    """awkward for workflows/base.py, with float64 1-D sums in event order."""

    def __getattr__(self, name):
        return getattr(ak, name)

    @staticmethod
    def sum(x, axis=None, **kwargs):
        if axis is None and not kwargs:
            a = ak.to_numpy(ak.flatten(x, axis=None)) if isinstance(x, ak.Array) else np.asarray(x)
            if a.dtype == np.float64 and a.ndim == 1:
                return np.cumsum(a)[-1] if len(a) else 0.0
        return ak.sum(x, axis=axis, **kwargs)


base.ak = _SequentialSumAk("ak_sequential_sum")

if __name__ == "__main__":
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "zmumu_reference.py")
    sys.argv = [script] + sys.argv[1:]
    runpy.run_path(script, run_name="__main__")
