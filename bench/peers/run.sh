#!/usr/bin/env bash
# Cortado against the uproot + awkward peer (zmumu_uproot.py) and the coffea peer (zmumu_coffea.py)
# on the same file: the Z->mumu example without jet calibration (every weight and variation, all 14
# histograms, the cut flow) and without its column export, which the peers do not do. Each runs once
# and compare.py checks every peer's cut flow and histogram bins against Cortado; only if all agree
# are ROUNDS timed runs made, alternating the tools, and the medians and speed ratios printed.
#
#   bench/peers/run.sh FILE [WORKERS=2] [ROUNDS=3]        (ROUNDS=0: the check only)
#
# Environment (see bench/README.md for the virtualenvs):
#   PY         python of the uproot virtualenv (default /tmp/venv/bin/python)
#   PY_COFFEA  python of the coffea virtualenv (default /tmp/coffeavenv/bin/python if it exists;
#              without one, coffea is left out with a note)
#   CORTADO    the cortado launcher (default the repository's ./cortado; e.g. an installed
#              distribution's bin/cortado)
#   JAVA_HOME  the JDK for `cortado run` (JDK 22+ decodes LZMA through liblzma)
#   WORK       a scratch folder (default a new temporary one, deleted at the end)
#   WITH_COLUMNS=1  also time Cortado with the example's column export (Parquet), as
#              cortado_columns (not COLUMNS, which terminal programs, coffea's progress bars
#              among them, take as the terminal's width)
# Run from anywhere; needs the installed modules (`mvn -B -q install -DskipTests`).
set -euo pipefail
file=$(realpath "$1")
workers=${2:-2}
rounds=${3:-3}
PY=${PY:-/tmp/venv/bin/python}
with_columns=${WITH_COLUMNS:-0}
if [[ -z "${PY_COFFEA:-}" && -x /tmp/coffeavenv/bin/python ]]; then
  PY_COFFEA=/tmp/coffeavenv/bin/python
fi
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cortado=${CORTADO:-$repo/cortado}
if [[ "$cortado" == */* ]]; then  # a path given relative to the caller's folder, before the cd below
  cortado=$(realpath "$cortado")
fi
cd "$repo"
if [[ -n "${JAVA_HOME:-}" ]]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi
if [[ -z "${WORK:-}" ]]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi
xsec=6077.22
peers=(uproot)
if [[ -n "${PY_COFFEA:-}" ]]; then
  peers+=(coffea)
else
  echo "== no coffea virtualenv (PY_COFFEA unset, no /tmp/coffeavenv): timing the uproot peer only" >&2
fi

echo "== compiling the example without jet variations" >&2
bench/zmumu-variant.sh "" "$WORK/novar" --no-columns >&2
if [[ "$with_columns" == 1 ]]; then
  bench/zmumu-variant.sh "" "$WORK/novar-columns" >&2
fi
"$cortado" datasets --glob "$file" --name DY --sample DYJetsToLL --year 2018 --mc --xsec "$xsec" \
  -o "$WORK/datasets.json" >&2

# Prints field $2 of the JSON file $1.
json_field() {
  "$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"
}

# Runs cortado or one peer once and prints its processing time; stops the script with the tool's
# messages if it fails.
timed_run() {
  local tool=$1
  if [[ "$tool" == cortado* ]]; then
    local classes=$WORK/novar/classes
    [[ "$tool" == cortado_columns ]] && classes=$WORK/novar-columns/classes
    rm -rf "$WORK/$tool"
    # Each variant keeps its own class-data archive or ahead-of-time cache (the installed
    # launcher's), recorded by its first, untimed run: a cache recorded by a run without the
    # export holds none of the export's classes or profiles.
    CORTADO_CDS_DIR="$WORK/cache-$tool" "$cortado" run --analysis org.cortado.example.zmumu.ZMuMuAnalysis \
      --classpath "$classes,example-zmumu/target/classes" --datasets "$WORK/datasets.json" \
      --params bench/zmumu-toy-params.yaml,bench/peers/no-jet-calibration.yaml -o "$WORK/$tool" \
      --threads "$workers" -q >&2
    json_field "$WORK/$tool/run.json" processing_seconds
    return
  fi
  local python=$PY
  [[ "$tool" == coffea ]] && python=$PY_COFFEA
  if ! "$python" "bench/peers/zmumu_$tool.py" "$file" --xsec "$xsec" --processes "$workers" \
      -o "$WORK/$tool.json" >"$WORK/$tool.log" 2>&1; then  # coffea draws its progress bars on stdout
    echo "$tool peer failed:" >&2
    cat "$WORK/$tool.log" >&2
    exit 1
  fi
  json_field "$WORK/$tool.json" processing_seconds
}

echo "== checking that the peers give Cortado's histograms" >&2
timed_run cortado > /dev/null
if [[ "$with_columns" == 1 ]]; then
  timed_run cortado_columns > /dev/null
fi
for peer in "${peers[@]}"; do
  timed_run "$peer" > /dev/null
  echo -n "$peer: "
  "$PY" bench/peers/compare.py "$WORK/$peer.json" "$WORK/cortado"
done

if ((rounds == 0)); then  # a check only
  exit 0
fi
events=$(json_field "$WORK/uproot.json" events)
echo "== $rounds timed rounds, $workers workers, $events events; processing time without start-up" >&2
tools=(cortado "${peers[@]}")
if [[ "$with_columns" == 1 ]]; then
  tools+=(cortado_columns)
fi
declare -A times
for ((i = 1; i <= rounds; i++)); do
  line="round $i:"
  for tool in "${tools[@]}"; do
    t=$(timed_run "$tool")
    times[$tool]+="$t "
    line+=" $tool $t s,"
  done
  echo "$line $(cut -d' ' -f1-3 /proc/loadavg) load" >&2
done
args=()
for tool in "${tools[@]}"; do
  args+=("$tool=${times[$tool]}")
done
"$PY" - "$events" "${args[@]}" <<'EOF'
import statistics, sys
events = int(sys.argv[1])
times = {name: [float(x) for x in runs.split()] for name, runs in (a.split("=") for a in sys.argv[2:])}
medians = {name: statistics.median(t) for name, t in times.items()}
for name, t in times.items():
    m = medians[name]
    print(f"{name + ':':8} median {m:.2f} s ({min(t):.2f}-{max(t):.2f}), {events / m / 1e6:.2f} M events/s")
for name in times:
    if not name.startswith("cortado"):
        for c in (t for t in times if t.startswith("cortado")):
            print(f"{c} / {name} speed: {medians[name] / medians[c]:.2f}x")
EOF
