#!/usr/bin/env bash
# Builds Cortado and runs the Z->mumu example on toy data it generates itself:
#   ./run-example.sh [OUTPUT_DIR]          (default ./zmumu-output; EVENTS=N to change the sample size)
# Everything it needs comes from this repository: a Drell-Yan and a collision-data sample from
# `cortado generate`, the golden JSON of the generated runs, and the example's toy pile-up, muon
# scale-factor and jet-energy-correction files (real analyses point their parameters at the CMS POG
# files instead).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(mkdir -p "${1:-$here/zmumu-output}" && cd "${1:-$here/zmumu-output}" && pwd)"
events="${EVENTS:-200000}"
input="$out/input"
mkdir -p "$input"
# The generated collision data amount to about 25.3 pb-1 per 100 000 events (where its Drell-Yan
# yield matches the simulation's): the integrated luminosity the simulation is normalised to.
lumi="$(awk -v n="$events" 'BEGIN { printf "%.4g", 25.3 * n / 100000 }')"

echo "== building Cortado and the example (mvn install, tests skipped)"
mvn -B -q -f "$here/pom.xml" install -DskipTests

cortado="$here/cortado"
echo "== generating $events Drell-Yan and $events collision-data events"
"$cortado" generate --sample dy --events "$events" --seed 1 --compression lz4 --quiet -o "$input/dy.root"
"$cortado" generate --sample data --events "$events" --seed 2 --compression lz4 --quiet -o "$input/data.root" \
  --golden-json "$input/golden_2018.json"

corrections="$here/example-zmumu/src/main/resources/zmumu/corrections"
cat > "$input/run-params.yaml" <<YAML
# Run-time overlay: the toy correction files (pile-up, muon scale factors, jet energy corrections),
# the golden JSON of the generated data, and the integrated luminosity that data corresponds to.
lumi:
  picobarns:
    '2018':
      tot: $lumi
  goldenJSON:
    '2018': $input/golden_2018.json
pileupJSONfiles:
  '2018':
    file: $corrections/toy_puWeights_2018.json
    name: Collisions18_UltraLegacy_goldenJSON
lepton_scale_factors:
  muon_sf:
    JSONfiles:
      '2018':
        file: $corrections/toy_muon_Z_2018.json
default_jets_calibration:
  factory_config_clib:
    AK4PFchs:
      '2018':
        json_path: $corrections/toy_jet_jerc.json.gz
YAML

echo "== describing the datasets"
rm -f "$input/datasets.json"
"$cortado" datasets --glob "$input/dy.root" --name DYJetsToLL_M-50_2018 --sample DYJetsToLL --year 2018 --mc \
  --xsec 6077.22 -o "$input/datasets.json" > /dev/null
"$cortado" datasets --glob "$input/data.root" --name DATA_SingleMuon_2018_EraA --sample DATA_SingleMuon --year 2018 \
  --data --era A -o "$input/datasets.json" > /dev/null

echo "== running the analysis"
"$cortado" run --analysis org.cortado.example.zmumu.ZMuMuAnalysis --classpath "$here/example-zmumu/target/classes" \
  --datasets "$input/datasets.json" --params "$input/run-params.yaml" -o "$out" -q

echo "== cut-flow"
"$cortado" cutflow "$out"
echo "== plots"
"$cortado" plot "$out" --histogram mll,MuonGood_pt_1,nJets --lumi-label "$lumi pb⁻¹ (13 TeV, toy data)" -o "$out/plots"
echo "== datacards (CMS combine)"
"$cortado" datacard "$out" --histogram mll --signal DYJetsToLL
echo "Outputs are in $out"
