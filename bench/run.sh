#!/usr/bin/env bash
# Measures the leak index: import speed (of the CSV, of the same CSV inside a .zip, and of a
# login:password combo list through its preset), bytes
# per record, lookup latency, a batch check
# of 1,000 numbers and peak memory at 1M and 10M rows (add --big for 50M), and a naive
# baseline in the same run
# (every row through libphonenumber, one SQLCipher row per record in file order),
# then prints the figures and the ratios.
# --passwords measures the leaked-password list instead: 100M sorted random SHA-1 hashes in
# HIBP's text layout (--password-rows N for another count), imported, looked up warm and cold,
# beside a linear scan of the text and an SQLite table with an index, projected to 1 billion.
# --bundle measures a help desk's signed bundle instead: over 10M records exported from one vault
# and imported into another, against importing the same CSV (goal: under a minute).
#   bench/run.sh [--big] [--keep] [--bundle] [--passwords [--password-rows N]]
# Files go to $BENCH_DIR (default: a new folder under /var/tmp), removed unless --keep.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=(1000000 10000000)
keep=no
only_bundle=no
only_passwords=no
password_rows=100000000
while [[ $# -gt 0 ]]; do
    argument=$1
    shift
    case "$argument" in
        --passwords) only_passwords=yes ;;
        --password-rows) password_rows=$1; shift ;;
        --big) sizes+=(50000000) ;;
        --keep) keep=yes ;;
        --bundle) only_bundle=yes ;;
        *) echo "usage: bench/run.sh [--big] [--keep] [--bundle] [--passwords [--password-rows N]]" >&2; exit 2 ;;
    esac
done

bash scripts/setup-debian.sh >/dev/null
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBREACH_ADVISOR_BUILD_BENCH=ON \
      -DBREACH_ADVISOR_BUILD_TESTS=OFF >/dev/null
if ! built=$(cmake --build build-bench --target leak-bench password-bench 2>&1); then
    echo "$built" >&2
    exit 1
fi
bench=$PWD/build-bench/bench/leak-bench
passwords=$PWD/build-bench/bench/password-bench

work=${BENCH_DIR:-$(mktemp -d /var/tmp/breach-bench.XXXXXX)}
mkdir -p "$work"
[[ $keep == yes ]] || trap 'rm -rf "$work"' EXIT
results=$work/results.jsonl
: > "$results"
echo "bench: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, files in $work" >&2

drop_caches() { sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; }

if [[ $only_passwords == yes ]]; then
    list=$work/pwned-$password_rows.txt
    echo "bench: $password_rows password hashes" >&2
    "$passwords" generate --rows "$password_rows" --out "$list"
    "$passwords" import "$list" --out "$work/pwned.idx" --label import >> "$results"
    "$passwords" lookup --index "$work/pwned.idx" --hits "$list" --count 10000 --label "lookup warm" >> "$results"
    if drop_caches; then
        "$passwords" lookup --index "$work/pwned.idx" --hits "$list" --count 1000 --cold --label "lookup cold" >> "$results"
    fi
    echo "bench: baselines (a scan of the text per lookup; an SQLite table and its index)" >&2
    "$passwords" scan "$list" --hits "$list" --count 3 --label scan >> "$results"
    "$passwords" sqlite "$list" --db "$work/pwned.sqlite" --hits "$list" --count 10000 --label sqlite >> "$results"
    echo
    "$passwords" report "$results"
    exit 0
fi

if [[ $only_bundle == yes ]]; then
    rows=11500000 # about 10.5M distinct records: the generator repeats some numbers
    echo "bench: bundle of $rows records" >&2
    "$bench" generate --rows "$rows" --format international --out "$work/leak-$rows.csv"
    "$bench" import "$work/leak-$rows.csv" --vault "$work/desk" --format international \
        --label "import international $rows" >> "$results"
    rm -f "$work/leak-$rows.csv"
    "$bench" bundle --vault "$work/desk" --out "$work/desk.bundle" --agent-vault "$work/agent" \
        --label "bundle $rows" >> "$results"
    echo
    "$bench" report "$results"
    exit 0
fi

for rows in "${sizes[@]}"; do
    for format in international national; do
        file=$work/leak-$format-$rows.csv
        vault=$work/vault-$format-$rows
        echo "bench: $rows rows, $format format" >&2
        "$bench" generate --rows "$rows" --format "$format" --out "$file"
        region=()
        [[ $format == national ]] && region=(--region EG)
        "$bench" import "$file" --vault "$vault" --format "$format" "${region[@]}" \
            --label "import $format $rows" >> "$results"
        if [[ $format == international ]]; then
            # The same file zipped: an archive's member streamed through libarchive.
            "$bench" zip "$file" --out "$file.zip"
            "$bench" import "$file.zip" --vault "$vault-zip" --format "$format" \
                --label "import zip $format $rows" >> "$results"
            rm -rf "$vault-zip" "$file.zip"
            "$bench" lookup --vault "$vault" --hits "$file" --count 10000 --label "lookup $rows warm" >> "$results"
            "$bench" batch-check --vault "$vault" --hits "$file" --count 1000 --label "batch check $rows" >> "$results"
            if drop_caches; then
                "$bench" lookup --vault "$vault" --hits "$file" --count 1000 --cold --label "lookup $rows cold" >> "$results"
            else
                echo "{\"label\":\"note\",\"text\":\"lookup $rows cold: not measured (cannot drop the page cache here)\"}" >> "$results"
            fi
        fi
        rm -rf "$vault"
        [[ $rows -gt 1000000 || $format == national ]] && rm -f "$file"
    done
    # A combo list (login:password lines) through the combo preset; at a million rows, every
    # other shape leaks come in too (stealer lines and blocks, a JSON array, an SQL dump).
    shapes=(combo)
    [[ $rows == 1000000 ]] && shapes+=(url blocks json sql)
    for shape in "${shapes[@]}"; do
        echo "bench: $rows rows, $shape" >&2
        "$bench" generate --rows "$rows" --format "$shape" --out "$work/$shape-$rows.txt"
        "$bench" import "$work/$shape-$rows.txt" --vault "$work/vault-$shape-$rows" --format "$shape" \
            --label "import $shape $rows" >> "$results"
        rm -rf "$work/vault-$shape-$rows" "$work/$shape-$rows.txt"
    done
done

# The naive baseline on the first million rows: its speed only falls as the table
# outgrows the cache, so this flatters it.
echo "bench: naive baseline, 1000000 rows" >&2
"$bench" baseline "$work/leak-international-1000000.csv" --vault "$work/vault-baseline" --format international \
    --label "baseline international 1000000" >> "$results"

echo
"$bench" report "$results"
