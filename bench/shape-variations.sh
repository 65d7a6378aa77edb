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
processor_cp="$(ls processor/target/cortado-processor-*.jar | grep -v -e sources -e tests | head -1):$(
  mvn -q -pl processor dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
compile_cp="$(mvn -q -pl example-zmumu dependency:build-classpath -Dmdep.includeScope=compile \
  -Dmdep.outputFile=/dev/stdout)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() {
  local label=$1 sources=$2 dir="$work/$1"
  mkdir -p "$dir/params/zmumu/params" "$dir/classes"
  printf "jets_calibration:\n  variations:\n    AK4PFchs:\n      '2018': [%s]\n" "$sources" \
    > "$dir/params/zmumu/params/calibration.yaml"
  javac -proc:full -processorpath "$processor_cp" -cp "$compile_cp" -d "$dir/classes" \
    -Acortado.paramsPath="$dir/params:example-zmumu/src/main/resources" \
    example-zmumu/src/main/java/org/cortado/example/zmumu/*.java
  cp -r "$dir/params/zmumu" "$dir/classes/"
  echo "== $label: [$sources]"
  java -Xmx8g --enable-native-access=ALL-UNNAMED -XX:+IgnoreUnrecognizedVMOptions \
    -cp "$dir/classes:bench/target/benchmarks.jar" org.cortado.bench.e2e.EndToEnd "$file" \
    --analysis zmumu --params bench/zmumu-toy-params.yaml --threads "$threads" --warmup "$warmup" \
    --mode kernel | tail -1
}

run "0 variations" ""
run "4 variations" "JES_Total, JER"
run "10 variations" "JES_Total, JER, JES_Regrouped_Absolute, JES_Regrouped_FlavorQCD, JES_Regrouped_BBEC1"
