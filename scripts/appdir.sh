#!/usr/bin/env bash
# Makes a portable Linux folder (an AppDir): the app and the CLI with the Qt libraries and
# plugins and every other library they load, but the system's base (glibc, X11/xcb, OpenGL,
# fontconfig/freetype) — so it runs on a machine without Qt. Then checks it: ldd of every
# binary in it resolves inside it or to the base, and both programs run with the system's Qt
# hidden (a mount namespace binds /dev/null over each libQt6 file and hides its plugins).
#   scripts/appdir.sh [--build-dir DIR] [--out DIR]    (default: build-package, dist/AppDir)
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=""
appdir=dist/AppDir
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir) build_dir=${2:?--build-dir needs a folder}; shift 2 ;;
        --out) appdir=${2:?--out needs a folder}; shift 2 ;;
        *) echo "usage: scripts/appdir.sh [--build-dir DIR] [--out DIR]" >&2; exit 2 ;;
    esac
done
fail() { echo "appdir: $*" >&2; exit 1; }

bash scripts/setup-debian.sh >/dev/null
if [[ -z $build_dir ]]; then
    build_dir=build-package
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBREACH_ADVISOR_WERROR=ON \
          -DBREACH_ADVISOR_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)" >/dev/null
rm -rf "$appdir"
cmake --install "$build_dir" --prefix "$appdir/usr" --strip >/dev/null

# The system's base, never bundled: what every desktop Linux has, and what must match the
# machine's own kernel, display server and graphics driver.
base='^(ld-linux.*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libX11(-xcb)?|libxcb.*|libXau|libXdmcp|libXext|libXrender|libXi|libSM|libICE|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libdrm|libgbm|libfontconfig|libfreetype|libexpat|libz|libdbus-1|libsystemd|libudev|libgcc_s|libstdc\+\+)\.so'

qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
qt_translations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS 2>/dev/null || echo /usr/share/qt6/translations)
# Qt's plugins the app loads: windowing (X11, Wayland through XWayland, offscreen), OpenGL on
# X11, SVG icons and images, dead keys and compose, the printing dialog's back end.
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so xcbglintegrations/libqxcb-glx-integration.so \
              xcbglintegrations/libqxcb-egl-integration.so iconengines/libqsvgicon.so imageformats/libqsvg.so \
              platforminputcontexts/libcomposeplatforminputcontextplugin.so printsupport/libcupsprintersupport.so; do
    [[ -f $qt_plugins/$plugin ]] || continue
    mkdir -p "$appdir/usr/plugins/$(dirname "$plugin")"
    cp "$qt_plugins/$plugin" "$appdir/usr/plugins/$plugin"
done
mkdir -p "$appdir/usr/translations"
cp "$qt_translations"/qtbase_*.qm "$appdir/usr/translations/" 2>/dev/null || true
cat > "$appdir/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
CONF

# Every library the binaries and plugins need, and the ones those need, but the base (and
# what only the base needs), into usr/lib; each binary finds them through its RPATH
# ($ORIGIN), so nothing depends on LD_LIBRARY_PATH.
needed() { readelf --dynamic "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
mkdir -p "$appdir/usr/lib"
queue=("$appdir"/usr/bin/breach-advisor "$appdir"/usr/bin/breach-advisor-cli $(find "$appdir/usr/plugins" -name '*.so'))
while [[ ${#queue[@]} -gt 0 ]]; do
    elf=${queue[0]}
    queue=("${queue[@]:1}")
    resolved=$(ldd "$elf")
    for name in $(needed "$elf"); do
        [[ $name =~ $base || -f $appdir/usr/lib/$name ]] && continue
        path=$(awk -v n="$name" '$1 == n && $2 == "=>" {print $3}' <<<"$resolved")
        [[ -f $path ]] || fail "$elf needs $name, which is not on this system"
        cp -L "$path" "$appdir/usr/lib/$name"
        chmod u+w "$appdir/usr/lib/$name"
        queue+=("$appdir/usr/lib/$name")
    done
done
for elf in "$appdir"/usr/bin/breach-advisor "$appdir"/usr/bin/breach-advisor-cli; do
    patchelf --set-rpath '$ORIGIN/../lib' "$elf"
done
for elf in "$appdir"/usr/lib/*.so*; do
    patchelf --set-rpath '$ORIGIN' "$elf"
done
for elf in $(find "$appdir/usr/plugins" -name '*.so'); do
    patchelf --set-rpath '$ORIGIN/../../lib' "$elf"
done

# The AppDir's own files: AppRun, the desktop entry and the icon at its top.
app_id=org.breachadvisor.BreachAdvisor
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
# Runs the app; "AppRun cli …" runs the command-line tool.
here=$(dirname "$(readlink -f "$0")")
if [ "$1" = cli ]; then
    shift
    exec "$here/usr/bin/breach-advisor-cli" "$@"
fi
exec "$here/usr/bin/breach-advisor" "$@"
APPRUN
chmod +x "$appdir/AppRun"
cp "$appdir/usr/share/applications/$app_id.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" "$appdir/$app_id.png"
ln -sf "$app_id.png" "$appdir/.DirIcon"

# The check: every library a binary, plugin or bundled library needs is the base or is in
# the AppDir, and ldd finds it there …
problems=0
inside=$(realpath "$appdir")
for elf in "$appdir"/usr/bin/breach-advisor "$appdir"/usr/bin/breach-advisor-cli "$appdir"/usr/lib/*.so* $(find "$appdir/usr/plugins" -name '*.so'); do
    resolved=$(ldd "$elf")
    for name in $(needed "$elf"); do
        [[ $name =~ $base ]] && continue
        path=$(awk -v n="$name" '$1 == n && $2 == "=>" {print $3}' <<<"$resolved")
        if [[ ! -f $path || $(realpath "$path") != "$inside"/* ]]; then
            echo "appdir: $elf needs $name, found at '${path:-nowhere}', not in the AppDir" >&2
            problems=1
        fi
    done
done
[[ $problems == 0 ]] || fail "libraries from outside the AppDir (above)"

# … and both programs run with the system's Qt out of reach.
run_hidden() {
    unshare --mount sh -c '
        for library in /usr/lib/x86_64-linux-gnu/libQt6*.so.6.*; do mount --bind /dev/null "$library"; done
        mount -t tmpfs none /usr/lib/x86_64-linux-gnu/qt6
        exec "$@"' sh "$@"
}
if unshare --mount true 2>/dev/null; then
    version=$(run_hidden "$appdir/AppRun" cli --version) || fail "the CLI does not run with the system's Qt hidden"
    started=$(QT_QPA_PLATFORM=offscreen run_hidden "$appdir/AppRun" --demo --time-start 2>/dev/null) \
        || fail "the app does not start with the system's Qt hidden"
    [[ $started =~ ^[0-9]+$ ]] || fail "the app printed '$started'"
    echo "appdir: with the system's Qt hidden, $version; the app's first screen in $started ms"
else
    echo "appdir: cannot make a mount namespace here (not root?): ran the ldd check only"
fi
echo "appdir: $appdir ($(du -sh "$appdir" | cut -f1))"
