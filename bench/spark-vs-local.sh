#!/usr/bin/env bash
# Spark local[2] against the local executor (2 threads) on one input, back to back, ROUNDS times:
#   bench/spark-vs-local.sh [INPUT.root] [ROUNDS]      (default /tmp/big/dy10M-cal.root, 3; the example reads
# the jet-calibration branches, which dy10M.root predates)
# Both run the Z->mumu example, columns included, through the same class path (the spark module's,
# Spark jars and Parquet 1.17 included) in fresh JVMs. Prints per run the processing time cortado
# reports (planning, items and merge; the Spark session starts before it) and the process's wall
# time (JVM and Spark session start included), and checks that the two outputs are byte-identical.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="${1:-/tmp/big/dy10M-cal.root}"
rounds="${2:-3}"
work="${WORK:-/tmp/cortado-spark-bench}"
mkdir -p "$work"
cd "$here"
[[ -n "${NO_BUILD:-}" ]] || mvn -B -q -pl spark -am install -DskipTests
mvn -B -q -pl spark dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp" > /dev/null
cp="$here/spark/target/classes:$(cat "$work/cp")"
java -cp "$cp" org.cortado.runtime.cli.CortadoCli datasets --glob "$input" --name DY --sample DYJetsToLL \
  --year 2018 --mc --xsec 6077.22 -o "$work/datasets.json" > /dev/null
run() { # name, extra args...
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  SPARK_LOCAL_IP=127.0.0.1 java --enable-native-access=ALL-UNNAMED -XX:+IgnoreUnrecognizedVMOptions -cp "$cp" \
    org.cortado.runtime.cli.CortadoCli run --analysis org.cortado.example.zmumu.ZMuMuAnalysis \
    --datasets "$work/datasets.json" --params bench/zmumu-toy-params.yaml -o "$work/out-$name" -q "$@" \
    2>"$work/err-$name.log" | grep "events in" | sed "s/^/$name: /"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$name" 'BEGIN { printf "%s: process wall %.2f s\n", n, e - s }'
}
for i in $(seq 1 "$rounds"); do
  run local --executor local --threads 2
  run spark --executor spark --master 'local[2]'
done
for f in histograms.json cutflow.json raw_results.bin; do
  cmp "$work/out-local/$f" "$work/out-spark/$f"
done
diff -r "$work/out-local/columns" "$work/out-spark/columns" && echo "outputs byte-identical"
