#!/usr/bin/env bash
# Refreshes the bundled chart libraries from the npm registry (run by hand when upgrading; the build and
# the page never fetch anything: the page must work with no internet). Bump the versions here and in
# ../index.html's comment, run, check the browser tests, commit the three files and LICENSES.txt.
set -euo pipefail
cd "$(dirname "$0")"
VERSIONS=(vega@6.4.0 vega-lite@6.5.0 vega-embed@7.3.0)
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "${VERSIONS[@]}" >/dev/null)
: > LICENSES.txt
for v in "${VERSIONS[@]}"; do
  name="${v%@*}"; version="${v#*@}"
  mkdir -p "$tmp/$name" && tar xzf "$tmp/$name-$version.tgz" -C "$tmp/$name"
  cp "$tmp/$name/package/build/$name.min.js" .
  { echo "== $name $version (npm) =="; cat "$tmp/$name/package/LICENSE"; echo; } >> LICENSES.txt
done
