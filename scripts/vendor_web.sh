#!/usr/bin/env bash
# Refresh the web client's vendored libraries from the npm registry at pinned versions.
# Users need no build step: the files this writes under analyzer/web/vendor/ are committed.
# Usage: scripts/vendor_web.sh            (needs npm and tar; prints each library's licence)
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=analyzer/web/vendor

# name  version  file inside the package  -> vendored file name
LIBS=(
  "marked 18.2.1 lib/marked.esm.js marked.esm.js"
  "dompurify 3.4.18 dist/purify.es.mjs purify.es.mjs"
  "uplot 1.6.32 dist/uPlot.esm.js uPlot.esm.js"
  "uplot 1.6.32 dist/uPlot.min.css uPlot.min.css"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$DEST"
{
  echo "# Vendored web libraries"
  echo
  echo "Written by \`scripts/vendor_web.sh\` from the npm registry (\`npm pack\`); do not edit by hand."
  echo
  echo "| library | version | licence | file | sha256 |"
  echo "|---|---|---|---|---|"
} > "$work/VERSIONS.md"

for spec in "${LIBS[@]}"; do
  read -r name version inner target <<<"$spec"
  pkgdir="$work/$name-$version"
  if [ ! -d "$pkgdir" ]; then
    mkdir -p "$pkgdir"
    tarball=$(cd "$work" && npm pack --silent "$name@$version" 2>/dev/null | tail -n 1)
    tar -xzf "$work/$tarball" -C "$pkgdir"
  fi
  cp "$pkgdir/package/$inner" "$DEST/$target"
  sed -i '/sourceMappingURL/d' "$DEST/$target"  # no map files are shipped
  licence=$(npm view "$name@$version" license 2>/dev/null | tail -n 1)
  for lic in LICENSE LICENSE.md LICENSE.txt; do
    if [ -f "$pkgdir/package/$lic" ]; then cp "$pkgdir/package/$lic" "$DEST/LICENSE.$name"; fi
  done
  sum=$(sha256sum "$DEST/$target" | cut -d' ' -f1)
  echo "| $name | $version | $licence | \`$target\` | \`${sum:0:16}…\` |" >> "$work/VERSIONS.md"
  echo "vendored $name@$version ($licence) -> $DEST/$target"
done
cp "$work/VERSIONS.md" "$DEST/VERSIONS.md"
