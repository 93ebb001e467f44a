#!/usr/bin/env bash
# Builds Breach Advisor and runs every test. Works on a fresh Debian 12 machine as root:
# it installs what it needs first (scripts/setup-debian.sh).
#   scripts/test.sh              normal build (warnings are errors), all tests
#   scripts/test.sh --sanitize   the same under AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build
sanitize=OFF
ctest_filter=()
for argument in "$@"; do
    case "$argument" in
        # The translation checks (label i18n) read files and run the CLI once per language:
        # the plain run has them; under the sanitizers they would only add minutes.
        --sanitize) build_dir=build-sanitize; sanitize=ON; ctest_filter=(--label-exclude i18n) ;;
        *) echo "usage: scripts/test.sh [--sanitize]" >&2; exit 2 ;;
    esac
done

bash scripts/setup-debian.sh
# The plain build makes the benchmarks too (not run: bench/run.sh does), so that they keep
# compiling; the sanitized one has no use for them.
bench=ON
[[ $sanitize == ON ]] && bench=OFF
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DBREACH_ADVISOR_WERROR=ON -DBREACH_ADVISOR_SANITIZE="$sanitize" -DBREACH_ADVISOR_BUILD_BENCH="$bench"
cmake --build "$build_dir" --parallel "$(nproc)"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" "${ctest_filter[@]}"
