#!/usr/bin/env bash
# Cold-start wall time of one `licx extract` (JVM start included), median of N runs.
# Usage: bench/cold-start.sh [RUNS] [licx extract arguments...]
# Default input: the MPL-1.1 text from the bundled SPDX list (23 KB), so any machine can run it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
shift || true
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--spdx MPL-1.1)
./licx --version >/dev/null   # builds if needed; not timed
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./licx extract "${args[@]}" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "licx extract ${args[*]}: median ${sorted[$(( runs / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[$(( runs - 1 ))]} ms over $runs runs"
