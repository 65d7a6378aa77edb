#!/usr/bin/env bash
# Compiles the Z->mumu example with its own zmumu/params/calibration.yaml replaced by one listing the
# given jet-variation sources (comma-separated, may be empty), at compile time
# (-Acortado.paramsPath) and at run time (first on the class path), into DIR/classes. With
# --no-columns the example's @ColOut is left out, so the run fills histograms and the cut flow only,
# which is all the peers in bench/peers compute.
#
#   bench/zmumu-variant.sh "JES_Total, JER" DIR [--no-columns]
#
# Run from the repository root after `mvn -B -q -pl bench -am install -DskipTests`.
set -euo pipefail
sources=$1
dir=$2
columns=${3:-}
processor_cp="$(ls processor/target/cortado-processor-*.jar | grep -v -e sources -e tests | head -1):$(
  mvn -q -pl processor dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
compile_cp="$(mvn -q -pl example-zmumu dependency:build-classpath -Dmdep.includeScope=compile \
  -Dmdep.outputFile=/dev/stdout)"
mkdir -p "$dir/params/zmumu/params" "$dir/classes" "$dir/src"
cp example-zmumu/src/main/java/org/cortado/example/zmumu/*.java "$dir/src/"
if [[ "$columns" == --no-columns ]]; then
  sed -i '/^@ColOut(/d' "$dir/src/ZMuMuAnalysis.java"
elif [[ -n "$columns" ]]; then
  echo "zmumu-variant.sh: unknown option '$columns' (only --no-columns)" >&2
  exit 2
fi
printf "jets_calibration:\n  variations:\n    AK4PFchs:\n      '2018': [%s]\n" "$sources" \
  > "$dir/params/zmumu/params/calibration.yaml"
javac -proc:full -processorpath "$processor_cp" -cp "$compile_cp" -d "$dir/classes" \
  -Acortado.paramsPath="$dir/params:example-zmumu/src/main/resources" \
  "$dir"/src/*.java
cp -r "$dir/params/zmumu" "$dir/classes/"
