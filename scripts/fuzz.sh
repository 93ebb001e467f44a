#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan + UBSan; fuzz/) in build-fuzz and runs
# each for SECONDS (default 60) from its seed corpus in fuzz/corpus/TARGET.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# New inputs go to build-fuzz/corpus/TARGET (the committed seeds are only read); a crash,
# leak, timeout or broken property leaves its input in build-fuzz/artifacts/ and makes the
# run fail. Turn each one into a test (tests/core/TestFuzzFindings.cpp) before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2; }
shift || true
all=(fuzz_leak_delimited fuzz_leak_jsonl fuzz_breach_json fuzz_vault_header fuzz_checklist_rules fuzz_phone_numbers)
targets=("${@:-${all[@]}}")

bash scripts/setup-debian.sh
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DBREACH_ADVISOR_FUZZ=ON -DBREACH_ADVISOR_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz --target "${targets[@]}" --parallel "$(nproc)"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p build-fuzz/artifacts
failed=()
for target in "${targets[@]}"; do
    mkdir -p "build-fuzz/corpus/$target"
    echo "fuzz: $target for ${seconds}s" >&2
    if ! "build-fuzz/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$target-" \
            "build-fuzz/corpus/$target" "fuzz/corpus/$target" 2> "build-fuzz/$target.log"; then
        failed+=("$target")
        tail -n 40 "build-fuzz/$target.log" >&2
    fi
    grep -E '^(stat::number_of_executed_units|stat::new_units_added)' "build-fuzz/$target.log" | sed "s/^/fuzz: $target /" >&2 || true
done
if ((${#failed[@]} > 0)); then
    echo "fuzz: findings in ${failed[*]}: see build-fuzz/artifacts/ and build-fuzz/TARGET.log" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no findings" >&2
