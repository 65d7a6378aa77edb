#!/usr/bin/env bash
# Cortado against the uproot + awkward peer (zmumu_uproot.py) on the same file: the Z->mumu example
# without jet calibration (every weight and variation, all 14 histograms). Both run once and
# compare.py checks cut flow and every histogram bin; only if they agree are ROUNDS timed runs made,
# alternating the two, and the medians printed.
#
#   bench/peers/run.sh FILE [WORKERS=2] [ROUNDS=3]
#
# Environment: PY, the virtualenv's python (default /tmp/venv/bin/python; see bench/README.md);
# JAVA_HOME, the JDK for `cortado run` (JDK 22+ decodes LZMA through liblzma); WORK, a scratch folder
# (default a new temporary one, deleted at the end). Run from anywhere; needs the installed modules
# (`mvn -B -q install -DskipTests`).
set -euo pipefail
file=$(realpath "$1")
workers=${2:-2}
rounds=${3:-3}
PY=${PY:-/tmp/venv/bin/python}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
if [[ -n "${JAVA_HOME:-}" ]]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi
if [[ -z "${WORK:-}" ]]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi
xsec=6077.22

echo "== compiling the example without jet variations" >&2
bench/zmumu-variant.sh "" "$WORK/novar" >&2
./cortado datasets --glob "$file" --name DY --sample DYJetsToLL --year 2018 --mc --xsec "$xsec" \
  -o "$WORK/datasets.json" >&2

cortado_run() {
  rm -rf "$WORK/cortado"
  ./cortado run --analysis org.cortado.example.zmumu.ZMuMuAnalysis \
    --classpath "$WORK/novar/classes,example-zmumu/target/classes" --datasets "$WORK/datasets.json" \
    --params bench/zmumu-toy-params.yaml,bench/peers/no-jet-calibration.yaml -o "$WORK/cortado" \
    --threads "$workers" -q >&2
  "$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["processing_seconds"])' "$WORK/cortado/run.json"
}

peer_run() {
  "$PY" bench/peers/zmumu_uproot.py "$file" --xsec "$xsec" --processes "$workers" -o "$WORK/peer.json" 2>/dev/null
  "$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["processing_seconds"])' "$WORK/peer.json"
}

echo "== checking that both give the same histograms" >&2
cortado_run > /dev/null
peer_run > /dev/null
"$PY" bench/peers/compare.py "$WORK/peer.json" "$WORK/cortado"

events=$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["events"])' "$WORK/peer.json")
echo "== $rounds timed rounds, $workers workers, $events events; processing time without start-up" >&2
c=()
p=()
for ((i = 1; i <= rounds; i++)); do
  c+=("$(cortado_run)")
  p+=("$(peer_run)")
  echo "round $i: cortado ${c[-1]} s, uproot ${p[-1]} s ($(cut -d' ' -f1-3 /proc/loadavg) load)" >&2
done
"$PY" - "$events" "${c[*]}" "${p[*]}" <<'EOF'
import statistics, sys
events = int(sys.argv[1])
c = [float(x) for x in sys.argv[2].split()]
p = [float(x) for x in sys.argv[3].split()]
mc, mp = statistics.median(c), statistics.median(p)
print(f"cortado: median {mc:.2f} s ({min(c):.2f}-{max(c):.2f}), {events / mc / 1e6:.2f} M events/s")
print(f"uproot:  median {mp:.2f} s ({min(p):.2f}-{max(p):.2f}), {events / mp / 1e6:.2f} M events/s")
print(f"cortado / uproot speed: {mp / mc:.2f}x")
EOF
