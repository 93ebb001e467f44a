#!/usr/bin/env bash
# Installs exactly the Debian 12 packages Breach Advisor builds, tests and runs with.
# Idempotent: packages already present are left alone. Needs root (or sudo).
# On other systems it prints what to install instead.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6.4: Core, Gui, Widgets, Test, Svg, LinguistTools, platform plugins, Qt's own translations
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n libgl-dev
    # identifiers: libphonenumber with geocoding (needs protobuf and ICU headers)
    libphonenumber-dev libprotobuf-dev libicu-dev
    # vault: libsodium, OS keychain; OpenSSL is SQLCipher's crypto (SQLCipher itself is built
    # from the npm package pinned in deps/sqlcipher.pin, fetched with curl, checked with openssl)
    libssl-dev libsodium-dev qtkeychain-qt6-dev curl ca-certificates openssl
    # compressed leak files; passphrase strength (zxcvbn)
    zlib1g-dev libzxcvbn-dev
    # leak archives: zip, 7z, tar and its gzip, bzip2, xz and zstd forms
    libarchive-dev
    # the leaked-password list's SHA-1 and NTLM (MD4) hashes
    nettle-dev
    # reading PDF handouts back in the tests (pdftotext)
    poppler-utils
    # fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizers' runtimes
    clang-14 libclang-rt-14-dev
    # fonts so offscreen/Xvfb renderings show text; Xvfb for real-window screenshots
    fonts-dejavu-core xvfb xauth
    # Arabic, Devanagari and Cyrillic for the app and the PDF handouts (Noto Sans Arabic, …)
    fonts-noto-core
    # the AT-SPI test (tests/atspi): a session bus, the accessibility bus, a screen reader's side
    dbus-daemon dbus-bin at-spi2-core python3-pyatspi
    # the Debian package (scripts/package.sh): dependencies from the linked libraries, the
    # icon's sizes, the man pages from --help, and the checks of lintian and AppStream
    dpkg-dev librsvg2-bin help2man lintian appstream desktop-file-utils
    # the portable folder (scripts/appdir.sh): each binary finds its libraries by RPATH
    patchelf
)

if [[ ! -r /etc/debian_version ]]; then
    cat <<MSG
This script installs Debian packages. On other systems install the equivalents:
  macOS (Homebrew): brew install cmake ninja pkg-config qt@6 libphonenumber protobuf icu4c \\
                    openssl libsodium qtkeychain zxcvbn-c poppler
  Windows (vcpkg):  vcpkg install qtbase qtsvg qttools libphonenumber protobuf icu openssl \\
                    libsodium qtkeychain-qt6 zlib zxcvbn
then run scripts/fetch-sqlcipher.sh (or fetch deps/sqlcipher.pin's package by hand into .deps/)
and configure with cmake -S . -B build (add the vcpkg toolchain file on Windows).
MSG
    exit 1
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} packages already installed"
    bash "$(dirname "$0")/fetch-sqlcipher.sh" >/dev/null
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
bash "$(dirname "$0")/fetch-sqlcipher.sh" >/dev/null
