#!/usr/bin/env bash
# Cold wall time of one `licx search` (JVM start, index open and model load included), median of
# N runs, on an index built first from the bundled SPDX list and the AI and source-available texts.
# Usage: bench/cold-search.sh [RUNS] [QUERY]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
query=${2:-ban on using outputs to train other models}
./licx --version >/dev/null   # builds if needed; not timed
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
./licx index --spdx ../shared/licenses/ai ../shared/licenses/other --index "$dir/index" --no-progress >/dev/null
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./licx search --index "$dir/index" "$query" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "licx search '$query': median ${sorted[$(( runs / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[$(( runs - 1 ))]} ms over $runs runs"
