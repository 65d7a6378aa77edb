"""Expected values for GlibcAgreementTest: glibc's log10, and correctionlib's HashPRNG normal draws.

Development aid only; the build never runs it. Python's math.log10 is glibc's (2.36 here), the
function correctionlib's TFormula log10 calls; the HashPRNG values come from correctionlib 2.9.0,
whose normal distribution takes glibc's log. One line per point:

    log10 <TAB> float.hex(x) <TAB> float.hex(log10(x))
    normal <TAB> float.hex(a) <TAB> float.hex(b) <TAB> int c <TAB> float.hex(draw)

    cd runtime/src/test/resources/corrections
    /tmp/venv/bin/python reference/make_glibc_points.py > glibc_points.tsv
"""
import json
import math
import random

import correctionlib._core as core

random.seed(7)
print("# written by make_glibc_points.py (glibc 2.36, correctionlib 2.9.0)")
for _ in range(5000):
    x = math.exp(random.uniform(-20, 20)) if random.random() < 0.5 else random.uniform(1, 5000)
    print(f"log10\t{x.hex()}\t{math.log10(x).hex()}")

doc = {"schema_version": 2, "corrections": [{
    "name": "n", "version": 1,
    "inputs": [{"name": "a", "type": "real"}, {"name": "b", "type": "real"},
               {"name": "c", "type": "int"}],
    "output": {"name": "v", "type": "real"},
    "data": {"nodetype": "hashprng", "inputs": ["a", "b", "c"], "distribution": "normal"}}]}
n = core.CorrectionSet.from_string(json.dumps(doc))["n"]
for _ in range(5000):
    a = random.uniform(10, 500)
    b = random.uniform(-5, 5)
    c = random.randrange(1, 10 ** 10)
    print(f"normal\t{a.hex()}\t{b.hex()}\t{c}\t{n.evaluate(a, b, c).hex()}")
