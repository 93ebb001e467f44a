#!/usr/bin/env bash
# Runs the AT-SPI test (test_atspi.py) with a Python that has pyatspi: Debian's
# python3-pyatspi is for /usr/bin/python3, and a python3 earlier on PATH (pyenv's, a venv's)
# may not see it. Exit status 77 (ctest: skipped) only when no Python has it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for python in /usr/bin/python3 python3; do
    if command -v "$python" >/dev/null 2>&1 &&
       "$python" -c 'import gi; gi.require_version("Atspi", "2.0"); import pyatspi' >/dev/null 2>&1; then
        exec "$python" "$here/test_atspi.py" "$@"
    fi
done
echo "SKIP: python3-pyatspi is not installed; scripts/setup-debian.sh installs it"
exit 77
