#!/usr/bin/env bash
# Wall time of `licx index` from scratch (JVM start included) over the bundled SPDX License List
# and the AI and source-available texts, median of N runs; prints the indexer's own summary too.
# Usage: bench/index-time.sh [RUNS] [TEXTS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
texts=${2:-../shared/licenses}
./licx --version >/dev/null   # builds if needed; not timed
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
times=()
for _ in $(seq "$runs"); do
  rm -rf "$dir/index"
  start=$(date +%s%N)
  ./licx index --spdx "$texts/ai" "$texts/other" --index "$dir/index" --no-progress > "$dir/summary"
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
cat "$dir/summary"
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "licx index --spdx $texts/ai $texts/other: median ${sorted[$(( runs / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[$(( runs - 1 ))]} ms over $runs runs"
