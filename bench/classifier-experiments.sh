#!/usr/bin/env bash
# Recomputes the comparison of trainers and features in docs/classifier.md: grouped 5-fold
# cross-validation of each params file in models/experiments/ and of the shipped params.
# Usage: bench/classifier-experiments.sh [FOLDS]   (needs ../shared/licenses for the annotations)
set -euo pipefail
cd "$(dirname "$0")/.."
folds=${1:-5}
./licx --version >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '| params | features | macro-F1 | micro-F1 | seconds |\n|---|---|---:|---:|---:|\n'
for p in models/clause-classifier.params models/experiments/*.params; do
  name=$(basename "$p" .params)
  start=$(date +%s)
  result=$(./licx train --params "$p" --folds "$folds" -o "$out/$name.bin" 2>/dev/null | grep '^macro-F1' || true)
  secs=$(( $(date +%s) - start ))
  features=$(grep '^licx.features=' "$p" | cut -d= -f2)
  macro=$(echo "$result" | sed -E 's/macro-F1 ([0-9.]+).*/\1/')
  micro=$(echo "$result" | sed -E 's/.*micro-F1 ([0-9.]+).*/\1/')
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$features" "$macro" "$micro" "$secs"
done
