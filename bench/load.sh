#!/usr/bin/env bash
# Load limits of `cortado run` (README, "Limits, measured"): many small files, many histograms, a
# long run. Prints elapsed time, peak resident size and the largest heap after a collection.
#   mvn -B -q install -DskipTests          # once: the runtime, the processor and the example
#   bench/load.sh WORK_DIR BIG_FILE        # BIG_FILE: a 10 M-event `cortado generate` output
# Takes about 10 minutes and 1 GB in WORK_DIR beside the inputs; nothing here is a test.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:?work folder}"
big="${2:?a 10 M-event generated file, e.g. /tmp/big/dy10M-cal.root}"
cortado="$here/cortado"
params="$here/bench/zmumu-toy-params.yaml"
zmumu=org.cortado.example.zmumu.ZMuMuAnalysis
mkdir -p "$work"
cd "$here" # the toy parameters name files relative to the repository

# Runs `cortado run` with a heap of $1 and the remaining arguments, then reports.
measure() {
  local heap="$1" name="$2"
  shift 2
  rm -rf "$work/out-$name"
  CORTADO_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$work/gc-$name.log" /usr/bin/time -f "%e %M" \
    -o "$work/time-$name" "$cortado" run -q -o "$work/out-$name" --params "$params" "$@" \
    > "$work/run-$name.log" 2>&1 || true
  read -r seconds rss < "$work/time-$name"
  local after
  after=$(grep -o -- '->[0-9]*M' "$work/gc-$name.log" | tr -d -- '->M' | sort -n | tail -1)
  echo "$name (-Xmx$heap): $(grep -h 'events in\|out of memory' "$work/run-$name.log" | head -1)"
  echo "  elapsed ${seconds} s, peak resident $((rss / 1024)) MB, largest heap after GC ${after:-?} MB"
}

# Writes $work/$1.json, a fresh dataset JSON of the 2018 Drell-Yan files matching $2.
describe() {
  rm -f "$work/$1.json"
  "$cortado" datasets --glob "$2" --name "DY_$1" --sample DYJetsToLL --year 2018 --mc \
    --xsec 6077.22 -o "$work/$1.json" > /dev/null
}

echo "== 10,000 files of 200 events"
if [ ! -f "$work/many/f10000.root" ]; then
  mkdir -p "$work/many"
  "$cortado" generate --sample dy --events 200 --seed 3 --quiet -o "$work/one.root"
  for i in $(seq -w 1 10000); do cp "$work/one.root" "$work/many/f$i.root"; done
fi
describe many "$work/many/*.root"
measure 256m many --analysis "$zmumu" --classpath example-zmumu/target/classes \
  --datasets "$work/many.json" --threads 2

echo "== 200 categories x 50 histograms x 7 weight variations"
src="$work/wide/src/org/load"
mkdir -p "$src" "$work/wide/classes"
{
  echo 'package org.load;'
  echo 'import org.cortado.annotations.*;'
  echo '/** Each event with a muon is in one of 200 categories: 20 pt by 10 eta buckets. */'
  echo '@Analysis(name = "wide", years = "2018")'
  echo '@Weight(standard = StandardWeight.GEN_WEIGHT)'
  echo '@Weight(standard = StandardWeight.PILEUP)'
  echo '@Weight(standard = StandardWeight.MUON_ID, collection = "MuonGood")'
  echo '@Weight(standard = StandardWeight.MUON_ISO, collection = "MuonGood")'
  for c in $(seq 0 199); do
    echo "@Category(name = \"c$c\", cuts = {\"pt$((c % 20))\", \"eta$((c / 20))\"})"
  done
  for h in $(seq 0 49); do
    echo "@Histogram(name = \"h$h\", axes = @Axis(coll = \"MuonGood\", field = \"pt\", pos = 0, bins = 50, low = $h, high = $((h + 100))))"
  done
  echo 'public final class Wide {'
  echo '  private Wide() {}'
  echo '  @ObjectSelection(name = "MuonGood", collection = "Muon")'
  echo '  static boolean muonGood(@Col("Muon_pt") float pt) { return pt > 10; }'
  for b in $(seq 0 19); do
    echo "  @Cut(name = \"pt$b\", stage = Stage.CATEGORY)"
    echo "  static boolean pt$b(@Col(value = \"MuonGood_pt\", pos = 0) float pt) { return ((int) pt) % 20 == $b; }"
  done
  for b in $(seq 0 9); do
    echo "  @Cut(name = \"eta$b\", stage = Stage.CATEGORY)"
    echo "  static boolean eta$b(@Col(value = \"MuonGood_eta\", pos = 0) float eta) { return ((int) ((eta + 2.5f) * 2)) == $b; }"
  done
  echo '}'
} > "$src/Wide.java"
mvn -B -q -f "$here/pom.xml" -pl processor dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$work/processor.classpath" > /dev/null
processor_path=$(cat "$work/processor.classpath")
javac -d "$work/wide/classes" \
  -cp "annotations/target/classes:runtime/target/classes:$(cat tools/target/launcher.classpath)" \
  -processorpath "processor/target/classes:$processor_path" "$src/Wide.java"
describe big "$big"
for heap in 384m 256m; do
  measure "$heap" "wide-$heap" --analysis org.load.Wide --classpath "$work/wide/classes" \
    --datasets "$work/big.json" --threads 2 --max-entries 2000000
done

echo "== 100 M events: the big file listed ten times"
mkdir -p "$work/links"
for i in $(seq 0 9); do ln -sf "$(realpath "$big")" "$work/links/big-$i.root"; done
describe links "$work/links/*.root"
measure 512m long --analysis "$zmumu" --classpath example-zmumu/target/classes \
  --datasets "$work/links.json" --threads 2
echo "  heap after GC per minute (MB):"
awk '/Pause/ { t = $1; gsub(/[][s]/, "", t); split($(NF-1), a, "->"); split(a[2], b, "M");
  m = int(t / 60); if (b[1] + 0 > max[m]) max[m] = b[1] + 0 }
  END { for (k in max) printf "    minute %d: %d\n", k, max[k] }' "$work/gc-long.log" | sort -k2 -n
