#!/usr/bin/env bash
# Regenerates the PocketCoffea references (see README.md beside this script).
#   PY=/tmp/pcvenv/bin/python OUT=/tmp/pc-ref WORK=/tmp/pc-work ./run_references.sh [--commit-resources]
# 1. per-jet JEC/JER/MET references on the two NanoAOD fixtures (CMS 2018 JME file) and on a
#    generated 100-event ttbar file (seed 9, the example's toy JME file);
# 2. the Z->mumu reference on nano_dy.root, calibration on (CMS 2018 JME file) and off;
# 3. the Z->mumu reference on a generated 20k Drell-Yan file (cortado generate, seed 1), with
#    calibration, the toy pile-up, muon and JME files, compared with a Cortado run on the same file;
# 4. with LARGE=1, the same on run-example.sh's inputs (200k Drell-Yan seed 1 + 200k data seed 2,
#    its luminosity and golden JSON); 4 histogram values of data are expected to differ (the float32
#    mll of one event, README).
# --commit-resources copies the per-jet references into
# runtime/src/test/resources/calibration/pocketcoffea/ and the nano_dy and generated-file Z->mumu
# references (calibration on) into example-zmumu/src/test/resources/pocketcoffea/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
PY="${PY:-/tmp/pcvenv/bin/python}"
OUT="${OUT:-/tmp/pc-ref}"
WORK="${WORK:-/tmp/pc-work}"
DATA="${DATA:-/work/shared/data}"
mkdir -p "$OUT" "$WORK"
export PYTHONWARNINGS=ignore

cortado="$repo/cortado"
corr="$repo/example-zmumu/src/main/resources/zmumu/corrections"

echo "== per-jet references"
for f in nano_dy nanoAOD_2015_CMS_Open_Data_ttbar; do
  "$PY" "$here/jetmet_reference.py" "$DATA/root/$f.root" -o "$OUT/$f.json" \
    --jme "$DATA/corrections/POG__JME__2018_UL__jet_jerc.json.gz"
done
# PocketCoffeaOwnCalibratorsTest generates the same file in-process and checks its content digest.
"$cortado" generate --sample ttbar --events 100 --seed 9 --quiet -o "$WORK/generated_ttbar.root"
"$PY" "$here/jetmet_reference.py" "$WORK/generated_ttbar.root" -o "$OUT/generated_ttbar.json" \
  --jme "$corr/toy_jet_jerc.json.gz"

echo "== Z->mumu on nano_dy.root"
# With the CMS 2018 JME file (zmumu_reference.py's default is the example's toy file), as
# PocketCoffeaCalibratedTest runs Cortado on it.
"$PY" "$here/zmumu_reference.py" "$DATA/root/nano_dy.root" --calibration on -o "$OUT/zmumu-nano_dy.json" \
  --jme "$DATA/corrections/POG__JME__2018_UL__jet_jerc.json.gz"
"$PY" "$here/zmumu_reference.py" "$DATA/root/nano_dy.root" --calibration off -o "$OUT/zmumu-nano_dy-nocalib.json"

# The example's run-time overlay with the toy correction files, as run-example.sh writes it; $1 and
# $2 (optional) are the 2018 luminosity and golden JSON.
cortado_params() {
  {
    if [ -n "${1:-}" ]; then
      printf "lumi:\n  picobarns:\n    '2018':\n      tot: %s\n  goldenJSON:\n    '2018': %s\n" "$1" "$2"
    fi
    cat <<YAML
pileupJSONfiles: {'2018': {file: $corr/toy_puWeights_2018.json, name: Collisions18_UltraLegacy_goldenJSON}}
lepton_scale_factors: {muon_sf: {JSONfiles: {'2018': {file: $corr/toy_muon_Z_2018.json}}}}
default_jets_calibration: {factory_config_clib: {AK4PFchs: {'2018': {json_path: $corr/toy_jet_jerc.json.gz}}}}
YAML
  }
}

echo "== Z->mumu on a generated Drell-Yan file (20k, seed 1), calibration on, against Cortado"
# PocketCoffeaCalibratedTest generates the same file in-process; keep the name (the file records it).
"$cortado" generate --sample dy --events 20000 --seed 1 --compression lz4 --quiet -o "$WORK/dy20k.root"
rm -f "$WORK/dy20k-datasets.json"
"$cortado" datasets --glob "$WORK/dy20k.root" --name DYJetsToLL_M-50_2018 --sample DYJetsToLL --year 2018 --mc \
  --xsec 6077.22 -o "$WORK/dy20k-datasets.json" > /dev/null
cortado_params > "$WORK/cortado-params.yaml"
rm -rf "$WORK/cortado-dy20k"
"$cortado" run --analysis org.cortado.example.zmumu.ZMuMuAnalysis --classpath "$repo/example-zmumu/target/classes" \
  --datasets "$WORK/dy20k-datasets.json" --params "$WORK/cortado-params.yaml" -o "$WORK/cortado-dy20k" -q
"$PY" "$here/zmumu_reference.py" --datasets "$WORK/dy20k-datasets.json" --calibration on -o "$OUT/zmumu-dy20k.json"
# The generated genWeight are +-1, exact in float32: no --same-sum-genweights needed.
python3 "$here/compare_cortado.py" "$OUT/zmumu-dy20k.json" "$WORK/cortado-dy20k" | tail -3
# The weight columns; pyarrow needs NumPy 2, so this runs in another virtualenv (VENV_PY).
"${VENV_PY:-/tmp/venv/bin/python}" "$here/compare_columns.py" "$OUT/zmumu-dy20k.json" "$WORK/cortado-dy20k" | tail -1

if [ "${LARGE:-0}" = 1 ]; then
  echo "== Z->mumu on run-example.sh's inputs (200k Drell-Yan + 200k data), calibration on, against Cortado"
  "$cortado" generate --sample dy --events 200000 --seed 1 --compression lz4 --quiet -o "$WORK/dy200k.root"
  "$cortado" generate --sample data --events 200000 --seed 2 --compression lz4 --quiet -o "$WORK/data200k.root" \
    --golden-json "$WORK/golden200k.json"
  rm -f "$WORK/mix200k-datasets.json"
  "$cortado" datasets --glob "$WORK/dy200k.root" --name DYJetsToLL_M-50_2018 --sample DYJetsToLL --year 2018 --mc \
    --xsec 6077.22 -o "$WORK/mix200k-datasets.json" > /dev/null
  "$cortado" datasets --glob "$WORK/data200k.root" --name DATA_SingleMuon_2018_EraA --sample DATA_SingleMuon \
    --year 2018 --data --era A -o "$WORK/mix200k-datasets.json" > /dev/null
  cortado_params 50.6 "$WORK/golden200k.json" > "$WORK/cortado-params-mix200k.yaml"
  rm -rf "$WORK/cortado-mix200k"
  "$cortado" run --analysis org.cortado.example.zmumu.ZMuMuAnalysis --classpath "$repo/example-zmumu/target/classes" \
    --datasets "$WORK/mix200k-datasets.json" --params "$WORK/cortado-params-mix200k.yaml" -o "$WORK/cortado-mix200k" -q
  "$PY" "$here/zmumu_reference.py" --datasets "$WORK/mix200k-datasets.json" --calibration on --lumi 50.6 \
    --golden-json "$WORK/golden200k.json" -o "$OUT/zmumu-mix200k.json"
  python3 "$here/compare_cortado.py" "$OUT/zmumu-mix200k.json" "$WORK/cortado-mix200k" | tail -7 || true
fi

if [ "${1:-}" = "--commit-resources" ]; then
  dest="$repo/runtime/src/test/resources/calibration/pocketcoffea"
  zdest="$repo/example-zmumu/src/test/resources/pocketcoffea"
  mkdir -p "$dest" "$zdest"
  cp "$OUT/nano_dy.json" "$OUT/nanoAOD_2015_CMS_Open_Data_ttbar.json" "$OUT/generated_ttbar.json" "$dest/"
  cp "$OUT/zmumu-nano_dy.json" "$OUT/zmumu-dy20k.json" "$zdest/"
  echo "copied references to $dest and $zdest"
fi
