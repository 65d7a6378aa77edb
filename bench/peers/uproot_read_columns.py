# Times uproot reading the given columns of a TTree or RNTuple "Events" into awkward arrays, all entries,
# one thread: python uproot_read_columns.py FILE col1,col2,... [ROUNDS]; prints the best of ROUNDS (after one
# untimed read) in M events/s, to set next to bench/README.md's "RNTuple against TTree" figures.
import sys, time
import uproot
path, names = sys.argv[1], sys.argv[2].split(",")
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
best = None
for r in range(rounds + 1):
    f = uproot.open(path)
    t = f["Events"]
    start = time.perf_counter()
    arrays = t.arrays(names, library="ak")
    n = len(arrays)
    dt = time.perf_counter() - start
    if r > 0:
        best = dt if best is None else min(best, dt)
print("%s: %d events, best of %d: %.3f s, %.3f M events/s" % (path, n, rounds, best, n / best / 1e6))
