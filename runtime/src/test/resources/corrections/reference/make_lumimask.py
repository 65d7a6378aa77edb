"""Expected results of LumiMaskTest on the golden JSONs in shared/data/lumimasks.

Development aid only; the build never runs it. Implements coffea's LumiMask algorithm
independently (per run, flatten the pairs to [a1-1, b1, a2-1, b2, ...] and accept iff
searchsorted(flat, lumi, side="left") is odd) and samples points at every range boundary plus
random ones, writing "file TAB run TAB lumi TAB 0|1" lines:

    cd runtime/src/test/resources/corrections
    /work/venv/bin/python reference/make_lumimask.py /work/shared/data/lumimasks > lumimask_expected.tsv
"""
import json
import os
import random
import sys

import numpy as np

rng = random.Random(7)
for fname in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], fname)) as f:
        golden = json.load(f)
    flat = {int(run): np.array([x for a, b in ranges for x in (a - 1, b)], dtype=np.uint32)
            for run, ranges in golden.items()}

    def accepts(run, lumi):
        if run not in flat:
            return False
        return np.searchsorted(flat[run], np.uint32(lumi), side="left") % 2 == 1

    points = set()
    runs = sorted(flat)
    for run, ranges in golden.items():
        run = int(run)
        for a, b in ranges:
            if rng.random() < 0.3:
                points.update({(run, a - 1), (run, a), (run, b), (run, b + 1)})
    for _ in range(400):
        run = rng.choice(runs) + rng.choice([0, 0, 0, 1, -1])
        points.add((run, rng.randint(0, 3000)))
    points.update({(runs[0] - 1, 1), (runs[-1] + 1, 1), (123, 123), (0, 0)})
    for run, lumi in sorted(points):
        print(f"{fname}\t{run}\t{lumi}\t{int(accepts(run, lumi))}")
