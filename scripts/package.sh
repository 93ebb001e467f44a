#!/usr/bin/env bash
# Builds the Debian package (.deb) on a fresh Debian 12 machine as root, checks it
# (scripts/check-package.sh) and writes the SHA-256 sums of what it built, into dist/.
#   scripts/package.sh [--build-dir DIR] [--install]
#     --build-dir DIR  package an existing build (CI packages the one it tested) instead of
#                      a Release build of its own in build-package/
#     --install        also install the package with apt, run it and remove it again
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=""
install=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir) build_dir=${2:?--build-dir needs a folder}; shift 2 ;;
        --install) install=(--install); shift ;;
        *) echo "usage: scripts/package.sh [--build-dir DIR] [--install]" >&2; exit 2 ;;
    esac
done

bash scripts/setup-debian.sh
if [[ -z $build_dir ]]; then
    build_dir=build-package
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBREACH_ADVISOR_WERROR=ON \
          -DBREACH_ADVISOR_BUILD_TESTS=OFF
fi
cmake --build "$build_dir" --parallel "$(nproc)"
rm -f "$build_dir"/breach-advisor_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
mkdir -p dist
rm -f dist/breach-advisor_*.deb dist/SHA256SUMS
cp "$build_dir"/breach-advisor_*.deb dist/
deb=$(ls dist/breach-advisor_*.deb)
bash scripts/check-package.sh "$deb" "${install[@]}"
(cd dist && sha256sum -- breach-advisor_*.deb > SHA256SUMS)
echo "package: $deb"
echo "sums:    dist/SHA256SUMS (check with: cd dist && sha256sum --check SHA256SUMS)"
