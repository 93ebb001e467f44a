#!/usr/bin/env bash
# SQLCipher 4 (deps/sqlcipher.pin) against Debian 12's SQLCipher 3.4.1 in the same run:
# the same leak-bench built twice, the same generated files, import speed, bytes per record,
# peak memory and warm lookups, and each figure's ratio to the 3.4.1 baseline.
#   bench/sqlcipher-baseline.sh [ROWS...]     default: 1000000 10000000
# Installs libsqlcipher-dev for the baseline build (the product never links it).
# Files go to $BENCH_DIR (default: a new folder under /var/tmp), removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("${@:-1000000 10000000}")
read -r -a sizes <<< "${sizes[*]}"
bash scripts/setup-debian.sh >/dev/null
if ! dpkg-query -W -f='${Status}' libsqlcipher-dev 2>/dev/null | grep -q 'install ok installed'; then
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libsqlcipher-dev >/dev/null
fi

build() { # build dir, SQLCipher choice
    cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBREACH_ADVISOR_BUILD_BENCH=ON \
          -DBREACH_ADVISOR_BUILD_TESTS=OFF -DBREACH_ADVISOR_SQLCIPHER="$2" >/dev/null 2>&1
    cmake --build "$1" --target leak-bench >/dev/null
}
build build-bench pinned
build build-bench-sqlcipher3 debian
declare -A bench=([4]=$PWD/build-bench/bench/leak-bench [3]=$PWD/build-bench-sqlcipher3/bench/leak-bench)

work=${BENCH_DIR:-$(mktemp -d /var/tmp/breach-bench.XXXXXX)}
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
results=$work/results.jsonl
: > "$results"
echo "bench: $(nproc) cores, files in $work" >&2
for rows in "${sizes[@]}"; do
    file=$work/leak-$rows.csv
    "${bench[4]}" generate --rows "$rows" --format international --out "$file"
    for version in 3 4; do # the baseline first, then each in turn with a cold start
        echo "bench: $rows rows into SQLCipher $version" >&2
        vault=$work/vault-$version-$rows
        "${bench[$version]}" import "$file" --vault "$vault" --format international --label "import $version $rows" >> "$results"
        "${bench[$version]}" lookup --vault "$vault" --hits "$file" --count 10000 --label "lookup $version $rows" >> "$results"
        rm -rf "$vault"
    done
    rm -f "$file"
done

python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
by = {r["label"]: r for r in rows}
print(f"{'':28} {'SQLCipher 3.4.1':>18} {'SQLCipher 4':>14} {'4 / 3.4.1':>10}")
for label in [r["label"] for r in rows if r["label"].startswith("import 3 ")]:
    n = label.split()[-1]
    old, new = by[label], by[f"import 4 {n}"]
    for key, name in (("rows_per_second", "rows/s"), ("bytes_per_record", "bytes/record"), ("peak_rss_mib", "peak MiB")):
        print(f"import {int(n):>10,} {name:<12} {old[key]:>18,.2f} {new[key]:>14,.2f} {new[key] / old[key]:>10.3f}")
    old, new = by[f"lookup 3 {n}"]["hits"], by[f"lookup 4 {n}"]["hits"]
    for key in ("p50_us", "p99_us"):
        print(f"lookup {int(n):>10,} {key:<12} {old[key]:>18,.1f} {new[key]:>14,.1f} {new[key] / old[key]:>10.3f}")
PY
