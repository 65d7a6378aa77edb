#!/usr/bin/env bash
# Regenerates the PocketCoffea references (see README.md beside this script).
#   PY=/tmp/pcvenv/bin/python OUT=/tmp/pc-ref WORK=/tmp/pc-work ./run_references.sh [--commit-resources]
# 1. per-jet JEC/JER/MET references on the two NanoAOD fixtures;
# 2. the Z->mumu reference on nano_dy.root, calibration on and off;
# 3. the Z->mumu reference on a generated 20k Drell-Yan file, calibration off, compared with a
#    Cortado run on the same file; calibration on (reports the missing branches until the
#    generator writes them).
# --commit-resources copies the per-jet and the nano_dy Z->mumu references into
# runtime/src/test/resources/calibration/pocketcoffea/ (per jet) and
# example-zmumu/src/test/resources/pocketcoffea/ (Z->mumu).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
PY="${PY:-/tmp/pcvenv/bin/python}"
OUT="${OUT:-/tmp/pc-ref}"
WORK="${WORK:-/tmp/pc-work}"
DATA="${DATA:-/work/shared/data}"
mkdir -p "$OUT" "$WORK"
export PYTHONWARNINGS=ignore

echo "== per-jet references"
for f in nano_dy nanoAOD_2015_CMS_Open_Data_ttbar; do
  "$PY" "$here/jetmet_reference.py" "$DATA/root/$f.root" -o "$OUT/$f.json" \
    --jme "$DATA/corrections/POG__JME__2018_UL__jet_jerc.json.gz"
done

echo "== Z->mumu on nano_dy.root"
"$PY" "$here/zmumu_reference.py" "$DATA/root/nano_dy.root" --calibration on -o "$OUT/zmumu-nano_dy.json"
"$PY" "$here/zmumu_reference.py" "$DATA/root/nano_dy.root" --calibration off -o "$OUT/zmumu-nano_dy-nocalib.json"

echo "== Z->mumu on a generated Drell-Yan file, calibration off, against Cortado"
cortado="$repo/cortado"
"$cortado" generate --sample dy --events 20000 --seed 1 --compression lz4 --quiet -o "$WORK/dy20k.root"
rm -f "$WORK/dy20k-datasets.json"
"$cortado" datasets --glob "$WORK/dy20k.root" --name DYJetsToLL_M-50_2018 --sample DYJetsToLL --year 2018 --mc \
  --xsec 6077.22 -o "$WORK/dy20k-datasets.json" > /dev/null
corr="$repo/example-zmumu/src/main/resources/zmumu/corrections"
cat > "$WORK/cortado-params.yaml" <<YAML
pileupJSONfiles: {'2018': {file: $corr/toy_puWeights_2018.json, name: Collisions18_UltraLegacy_goldenJSON}}
lepton_scale_factors: {muon_sf: {JSONfiles: {'2018': {file: $corr/toy_muon_Z_2018.json}}}}
YAML
"$cortado" run --analysis org.cortado.example.zmumu.ZMuMuAnalysis --classpath "$repo/example-zmumu/target/classes" \
  --datasets "$WORK/dy20k-datasets.json" --params "$WORK/cortado-params.yaml" -o "$WORK/cortado-dy20k" -q
"$PY" "$here/zmumu_reference.py" --datasets "$WORK/dy20k-datasets.json" --calibration off -o "$OUT/zmumu-dy20k-nocalib.json"
python3 "$here/compare_cortado.py" "$OUT/zmumu-dy20k-nocalib.json" "$WORK/cortado-dy20k" --same-sum-genweights | tail -3

echo "== Z->mumu on the generated file, calibration on"
set +e
"$PY" "$here/zmumu_reference.py" --datasets "$WORK/dy20k-datasets.json" --calibration on -o "$OUT/zmumu-dy20k.json"
rc=$?
set -e
[ $rc -eq 3 ] && echo "(calibration inputs missing from the generated file: see $OUT/zmumu-dy20k.json)"

if [ "${1:-}" = "--commit-resources" ]; then
  dest="$repo/runtime/src/test/resources/calibration/pocketcoffea"
  zdest="$repo/example-zmumu/src/test/resources/pocketcoffea"
  mkdir -p "$dest" "$zdest"
  cp "$OUT/nano_dy.json" "$OUT/nanoAOD_2015_CMS_Open_Data_ttbar.json" "$dest/"
  cp "$OUT/zmumu-nano_dy.json" "$zdest/"
  echo "copied references to $dest and $zdest"
fi
