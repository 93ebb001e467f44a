#!/usr/bin/env bash
# Builds the Debian package (.deb) on a fresh Debian 12 machine as root, checks it
# (scripts/check-package.sh) and writes the SHA-256 sums of what it built, into dist/.
#   scripts/package.sh [--build-dir DIR] [--install] [--sign-with PREFIX.secret]
#     --build-dir DIR  package an existing build (CI packages the one it tested) instead of
#                      a Release build of its own in build-package/
#     --install        also install the package with apt, run it and remove it again
#     --sign-with K    sign the sums with a help desk's key (bundle keygen; its passphrase from
#                      the prompt or BREACH_ADVISOR_BUNDLE_PASSPHRASE): dist/SHA256SUMS.sig,
#                      checked then with the CLI and with OpenSSL against K's .pub and .pem
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=""
install=()
sign_with=""

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir) build_dir=${2:?--build-dir needs a folder}; shift 2 ;;
        --install) install=(--install); shift ;;
        --sign-with) sign_with=${2:?--sign-with needs a PREFIX.secret}; shift 2 ;;
        *) echo "usage: scripts/package.sh [--build-dir DIR] [--install] [--sign-with PREFIX.secret]" >&2; exit 2 ;;
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
rm -f dist/breach-advisor_*.deb dist/SHA256SUMS dist/SHA256SUMS.sig dist/SHA256SUMS.pub dist/SHA256SUMS.pem
cp "$build_dir"/breach-advisor_*.deb dist/
deb=$(ls dist/breach-advisor_*.deb)
bash scripts/check-package.sh "$deb" "${install[@]}"
(cd dist && sha256sum -- breach-advisor_*.deb > SHA256SUMS)
echo "package: $deb"
echo "sums:    dist/SHA256SUMS (check with: cd dist && sha256sum --check SHA256SUMS)"
if [[ -n $sign_with ]]; then
    cli=$build_dir/app/cli/breach-advisor-cli
    key=${sign_with%.secret}
    "$cli" bundle sign dist/SHA256SUMS --key "$sign_with" --out dist/SHA256SUMS.sig >/dev/null
    cp "$key.pub" dist/SHA256SUMS.pub
    cp "$key.pem" dist/SHA256SUMS.pem
    # Checked the two ways a person can: the CLI of a Breach Advisor they trust, and OpenSSL.
    "$cli" bundle verify dist/SHA256SUMS --signer dist/SHA256SUMS.pub >/dev/null
    raw=$(mktemp)
    cut -d' ' -f4 dist/SHA256SUMS.sig | base64 --decode > "$raw"
    openssl pkeyutl -verify -pubin -inkey dist/SHA256SUMS.pem -rawin -in dist/SHA256SUMS -sigfile "$raw" >/dev/null
    rm -f "$raw"
    echo "signed:  dist/SHA256SUMS.sig (key $("$cli" bundle verify dist/SHA256SUMS --signer dist/SHA256SUMS.pub --json \
        | sed -n 's/.*"fingerprint": "\([^"]*\)".*/\1/p'))"
fi
