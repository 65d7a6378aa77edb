#!/usr/bin/env bash
# What shape variations cost: the Z->mumu example compiled with 0, 2 and 5 jet-variation sources
# (0, 4 and 10 shape variations, each a pass of its own), then each run end to end on the same file
# (EndToEnd --analysis zmumu --mode kernel, columns not written). The example's own
# zmumu/params/calibration.yaml is replaced, at compile time (-Acortado.paramsPath) and at run time
# (first on the class path), by one listing the sources.
#
#   mvn -B -q -pl bench -am install -DskipTests
#   bench/shape-variations.sh /tmp/big/dy10M.root [THREADS] [WARMUP]
#
# Run from the repository root; the file needs the branches jet calibration reads (any file from
# `cortado generate`).
set -euo pipefail
file=$1
threads=${2:-1}
warmup=${3:-2}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() {
  local label=$1 sources=$2 dir="$work/$1"
  bench/zmumu-variant.sh "$sources" "$dir"
  echo "== $label: [$sources]"
  java -Xmx8g --enable-native-access=ALL-UNNAMED -XX:+IgnoreUnrecognizedVMOptions \
    -cp "$dir/classes:bench/target/benchmarks.jar" org.cortado.bench.e2e.EndToEnd "$file" \
    --analysis zmumu --params bench/zmumu-toy-params.yaml --threads "$threads" --warmup "$warmup" \
    --mode kernel | tail -1
}

run "0 variations" ""
run "4 variations" "JES_Total, JER"
run "10 variations" "JES_Total, JER, JES_Regrouped_Absolute, JES_Regrouped_FlavorQCD, JES_Regrouped_BBEC1"
