#!/usr/bin/env bash
# How long the desktop app takes from start to its unlock screen (goal: under a
# second), measured 15 times each, with the baseline in the same run: the same
# program showing an empty window (process start, Qt, fonts). Offscreen, so it runs
# without a display; prints the medians and the ratio.
#   bench/app-start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh >/dev/null
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBREACH_ADVISOR_BUILD_BENCH=ON -DBREACH_ADVISOR_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench --target breach-advisor breach-advisor-cli >/dev/null
app=$PWD/build-bench/app/desktop/breach-advisor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'bench passphrase\n' > "$work/passphrase"
build-bench/app/cli/breach-advisor-cli --vault "$work/vault" --passphrase-file "$work/passphrase" init --kdf-strength interactive >/dev/null

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# Whole-process wall time, loading the libraries included, in milliseconds.
timed() {
    local start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1
    awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.0f\n", (e - s) * 1000 }'
}
export QT_QPA_PLATFORM=offscreen
timed "$app" --vault "$work/vault" --settings "$work/settings.ini" --time-start >/dev/null # warm the disk cache
unlock=$(for _ in $(seq 15); do timed "$app" --vault "$work/vault" --settings "$work/settings.ini" --time-start; done | median)
empty=$(for _ in $(seq 15); do timed "$app" --time-empty-window; done | median)
echo "start to the unlock screen: ${unlock} ms (median of 15; goal under 1000 ms)"
echo "baseline, an empty window:  ${empty} ms (median of 15)"
awk -v a="$unlock" -v b="$empty" 'BEGIN { printf "ratio: %.2fx the empty window\n", (b > 0 ? a / b : 0) }'
