#!/usr/bin/env bash
# Compiles the Z->mumu example with its own zmumu/params/calibration.yaml replaced by one listing the
# given jet-variation sources (comma-separated, may be empty), at compile time
# (-Acortado.paramsPath) and at run time (first on the class path), into DIR/classes.
#
#   bench/zmumu-variant.sh "JES_Total, JER" DIR
#
# Run from the repository root after `mvn -B -q -pl bench -am install -DskipTests`.
set -euo pipefail
sources=$1
dir=$2
processor_cp="$(ls processor/target/cortado-processor-*.jar | grep -v -e sources -e tests | head -1):$(
  mvn -q -pl processor dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
compile_cp="$(mvn -q -pl example-zmumu dependency:build-classpath -Dmdep.includeScope=compile \
  -Dmdep.outputFile=/dev/stdout)"
mkdir -p "$dir/params/zmumu/params" "$dir/classes"
printf "jets_calibration:\n  variations:\n    AK4PFchs:\n      '2018': [%s]\n" "$sources" \
  > "$dir/params/zmumu/params/calibration.yaml"
javac -proc:full -processorpath "$processor_cp" -cp "$compile_cp" -d "$dir/classes" \
  -Acortado.paramsPath="$dir/params:example-zmumu/src/main/resources" \
  example-zmumu/src/main/java/org/cortado/example/zmumu/*.java
cp -r "$dir/params/zmumu" "$dir/classes/"
