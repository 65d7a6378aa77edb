"""Expected values for RapidJsonNumbersTest: how the reference evaluator reads number tokens.

Development aid only; the build never runs it. correctionlib (2.9.0) parses files with RapidJSON's
default, not correctly rounded, number reader. This script writes number tokens of every shape
(Python reprs, long digit strings, exponent forms, integers beyond 64 bits) as the contents of one
Binning, lets correctionlib read the document from the string and evaluates every bin, so each
value is exactly what the C++ reader produced. One line per token: text <TAB> float.hex(value).

    cd runtime/src/test/resources/corrections
    /tmp/venv/bin/python reference/make_rapidjson_numbers.py > rapidjson_numbers.tsv
"""
import json
import random

import correctionlib._core as core

random.seed(20260801)
tokens = ["0.11894171699063277", "0.9929637809874953", "0.9676808383964375", "1.0", "-0.0",
          "0.0", "1e-05", "1.5e+20", "1E3", "123456789012345678901234567890.5",
          "18446744073709551616", "184467440737095516150", "9007199254740993.5",
          "0.000000000000000000000000000123456789012345678901", "2.2250738585072014e-308",
          "4.9e-324", "1.7976931348623157e+308", "3.14159265358979323846264338327950288",
          "-12345.678901234567890123"]
for _ in range(3000):
    kind = random.randrange(6)
    if kind == 0:  # shortest repr of a random double, any magnitude
        tokens.append(repr(random.uniform(-1, 1) * 10 ** random.randint(-30, 30)))
    elif kind == 1:  # a 17-significant-digit decimal
        tokens.append(f"{random.uniform(0, 10):.16f}")
    elif kind == 2:  # more digits than a double holds
        tokens.append(str(random.randint(0, 10 ** random.randint(1, 5))) + "." + "".join(
            random.choice("0123456789") for _ in range(random.randint(15, 30))))
    elif kind == 3:  # exponent form with a long mantissa
        tokens.append(f"{random.uniform(1, 10):.{random.randint(10, 20)}f}e{random.randint(-300, 300)}")
    elif kind == 4:  # repr of a double near a power of ten
        tokens.append(repr(10.0 ** random.randint(-20, 20) * (1 + random.uniform(-1e-15, 1e-15))))
    else:  # long integers with a fraction
        tokens.append(str(random.randint(0, 10 ** random.randint(1, 25))) + "."
                      + str(random.randint(0, 99)))

edges = ", ".join(f"{i}.0" for i in range(len(tokens) + 1))
doc = ('{"schema_version": 2, "corrections": [{"name": "n", "version": 1,'
       ' "inputs": [{"name": "i", "type": "real"}], "output": {"name": "v", "type": "real"},'
       ' "data": {"nodetype": "binning", "input": "i", "edges": [' + edges + '],'
       ' "content": [' + ", ".join(tokens) + '], "flow": "error"}}]}')
n = core.CorrectionSet.from_string(doc)["n"]
print("# token\tvalue as read by correctionlib 2.9.0 (float.hex); written by make_rapidjson_numbers.py")
for i, t in enumerate(tokens):
    print(f"{t}\t{n.evaluate(i + 0.5).hex()}")
