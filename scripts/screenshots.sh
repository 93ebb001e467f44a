#!/usr/bin/env bash
# Renders every main screen of the desktop app to PNG in docs/screenshots (offscreen:
# no display needed), on a throw-away demo vault with fictional people and a fictional
# leak. Look at each picture after a change to ui/.
#   scripts/screenshots.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}

bash scripts/setup-debian.sh >/dev/null
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target breach-advisor-screenshots --parallel "$(nproc)" >/dev/null
mkdir -p "$out"
QT_QPA_PLATFORM=offscreen build/app/screenshots/breach-advisor-screenshots "$out" 2> >(grep -v propagateSizeHints >&2)
# The Arabic and Italian handouts' first pages, as a person would see them printed.
for language in ar it; do
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$out/$language-handout.pdf" "$out/$language-handout-page-1"
    rm -f "$out/$language-handout.pdf"
done
