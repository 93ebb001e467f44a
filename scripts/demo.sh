#!/usr/bin/env bash
# Builds Breach Advisor and opens the desktop app on a throw-away demo vault with
# fictional people and a fictional leak (its passphrase: demo). Works on a fresh
# Debian 12 machine as root: it installs what it needs first. Nothing is kept after
# it ends. With no display, it says so, runs the command-line demo instead and writes
# the app's screens to docs/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh >/dev/null
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)" >/dev/null

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    echo "Opening Breach Advisor on a demo vault. Its passphrase is: demo"
    exec build/app/desktop/breach-advisor --demo
fi

echo "There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the app cannot open."
echo "Running the command-line demo instead; the app's screens are written to docs/screenshots."
bash scripts/cli-demo.sh
bash scripts/screenshots.sh docs/screenshots
echo
echo "The app's screens are in docs/screenshots/*.png. On a desktop, run: build/app/desktop/breach-advisor --demo"
