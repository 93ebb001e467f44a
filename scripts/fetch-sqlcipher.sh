#!/usr/bin/env bash
# Fetches the npm package pinned in deps/sqlcipher.pin from the npm registry into .deps/
# and checks it against the pinned integrity hash. Idempotent; needs curl and openssl
# (scripts/setup-debian.sh installs them and then calls this).
#   scripts/fetch-sqlcipher.sh        prints the tarball's path
# NPM_CONFIG_REGISTRY picks a registry mirror, as it does for npm.
set -euo pipefail
cd "$(dirname "$0")/.."

pin() { sed -n "s/^$1=//p" deps/sqlcipher.pin; }
package=$(pin package)
version=$(pin version)
integrity=$(pin integrity)
[[ -n $package && -n $version && $integrity == sha512-* ]] || { echo "fetch-sqlcipher: deps/sqlcipher.pin is incomplete" >&2; exit 1; }

registry=${NPM_CONFIG_REGISTRY:-${npm_config_registry:-https://registry.npmjs.org}}
registry=${registry%/}
name=${package##*/}
tarball=.deps/$name-$version.tgz

integrity_of() { echo "sha512-$(openssl dgst -sha512 -binary "$1" | openssl base64 -A)"; }

if [[ -f $tarball && $(integrity_of "$tarball") == "$integrity" ]]; then
    echo "$tarball"
    exit 0
fi
mkdir -p .deps
partial=$(mktemp .deps/download.XXXXXX)
trap 'rm -f "$partial"' EXIT
url="$registry/$package/-/$name-$version.tgz"
echo "fetch-sqlcipher: downloading $url" >&2
curl --fail --silent --show-error --location --retry 3 --max-filesize 50000000 --output "$partial" "$url"
actual=$(integrity_of "$partial")
if [[ $actual != "$integrity" ]]; then
    echo "fetch-sqlcipher: $url does not match the pinned integrity hash" >&2
    echo "  pinned:     $integrity" >&2
    echo "  downloaded: $actual" >&2
    exit 1
fi
mv "$partial" "$tarball"
trap - EXIT
echo "$tarball"
