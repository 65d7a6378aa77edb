# Dev-only generator of processor/src/main/resources/org/cortado/processor/nanoaod-v9.schema.tsv:
#   /work/venv/bin/python processor/tools/nanoaod_schema.py nano_dy.root nano_dimuon.root > nanoaod-v9.schema.tsv
# (then prepend the 4 comment lines). A Java `cortado schema` command is planned to replace it.
import uproot, sys
rows = {}
for f in sys.argv[1:]:
    t = uproot.open(f)["Events"]
    for b in t.branches:
        interp = b.interpretation
        counter = ""
        if b.count_branch is not None:
            counter = b.count_branch.name
        leaf = b.member("fLeaves")[0]
        cls = leaf.classname
        typ = {"TLeafF":"float","TLeafI":"int","TLeafL":"long","TLeafD":"double","TLeafS":"short","TLeafB":"byte","TLeafO":"boolean"}.get(cls, cls)
        if b.name not in rows:
            rows[b.name] = (typ, counter)
print(len(rows), file=sys.stderr)
from collections import Counter
print(Counter(v[0] for v in rows.values()), file=sys.stderr)
for n in sorted(rows):
    print(f"{n}\t{rows[n][0]}\t{rows[n][1]}")
