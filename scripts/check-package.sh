#!/usr/bin/env bash
# Checks a built breach-advisor .deb: its contents, its declared dependencies, lintian's
# verdict (no errors; warnings are printed, and each one left has a reason in
# docs/packaging.md), the AppStream metainfo and the desktop entry. With --install it
# installs the package with apt, runs both programs from it, removes it and checks that
# nothing it installed is left. Exits non-zero on the first problem, saying which.
#   scripts/check-package.sh FILE.deb [--install]
set -euo pipefail
deb=${1:?usage: scripts/check-package.sh FILE.deb [--install]}
install=${2:-}
app_id=org.breachadvisor.BreachAdvisor
fail() { echo "check-package: $*" >&2; exit 1; }

contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's#^\./#/#')
for file in /usr/bin/breach-advisor /usr/bin/breach-advisor-cli \
            /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
            /usr/share/man/man1/breach-advisor-cli.1.gz /usr/share/man/man1/breach-advisor.1.gz \
            /usr/share/doc/breach-advisor/copyright /usr/share/doc/breach-advisor/changelog.Debian.gz; do
    grep -qxF "$file" <<<"$contents" || fail "$deb lacks $file"
done
for size in 16 24 32 48 64 128 256; do
    grep -qxF "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" <<<"$contents" || fail "$deb lacks the ${size}px icon"
done

# Dependencies: the packages of the libraries linked (dpkg-shlibdeps) and the platform plugins.
depends=$(dpkg-deb --field "$deb" Depends)
for package in libqt6widgets6 libqt6gui6 libqt6core6 libqt6printsupport6 libqt6svg6 libsodium23 \
               libphonenumber8 libarchive13 libicu72 qt6-qpa-plugins; do
    grep -q "\b$package\b" <<<"$depends" || fail "Depends lacks $package: $depends"
done
grep -q "sqlite\|sqlcipher" <<<"$depends" && fail "Depends names an SQLite ($depends): SQLCipher is built in"

# lintian: no errors; what it warns of is printed.
lintian_output=$(lintian --fail-on error --display-level ">=warning" "$deb") || { echo "$lintian_output" >&2; fail "lintian found errors"; }
[[ -n $lintian_output ]] && echo "check-package: lintian's warnings (reasons in docs/packaging.md):" && echo "$lintian_output"

# The metainfo and the desktop entry, as the package holds them.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb --extract "$deb" "$unpacked"
appstreamcli validate --no-net --pedantic "$unpacked/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli rejects the metainfo"
desktop-file-validate "$unpacked/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate rejects the desktop entry"

if [[ $install == --install ]]; then
    apt-get install -y "$(realpath "$deb")" >/dev/null || fail "apt cannot install $deb"
    version=$(breach-advisor-cli --version) || fail "breach-advisor-cli --version failed"
    package_version=$(dpkg-deb --field "$deb" Version)
    [[ $version == "breach-advisor-cli ${package_version%-*} ("* ]] || fail "--version says '$version', the package $package_version"
    # The app as its desktop entry starts it, until its first screen is up (offscreen: no display needed).
    exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/$app_id.desktop)
    started=$(QT_QPA_PLATFORM=offscreen timeout 60 $exec_line --demo --time-start 2>/dev/null) || fail "'$exec_line' from the desktop entry did not start"
    [[ $started =~ ^[0-9]+$ ]] || fail "'$exec_line --demo --time-start' printed '$started'"
    installed=$(dpkg -L breach-advisor)
    apt-get purge -y breach-advisor >/dev/null || fail "apt cannot remove breach-advisor"
    while read -r path; do
        [[ -f $path ]] && fail "$path is left after removal"
    done <<<"$installed"
    dpkg -s breach-advisor >/dev/null 2>&1 && fail "dpkg still knows breach-advisor after purge"
    echo "check-package: installed; the app started from its desktop entry in $started ms; $version; removed: nothing left"
fi
echo "check-package: $deb is fine"
