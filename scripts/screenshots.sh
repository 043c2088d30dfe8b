#!/usr/bin/env bash
# Screenshots of the archive in headless Chromium (Debian's chromium package) at phone and
# desktop widths, in the light and dark colour schemes, into docs/screenshots/. Run it after
# `mvn -B package` (which regenerates site/); the README shows some of them.
#
#   scripts/screenshots.sh [SITE_DIR]      # default: site/
set -euo pipefail
cd "$(dirname "$0")/.."
site=$(cd "${1:-site}" && pwd)
out=docs/screenshots
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is missing: apt-get install -y chromium" >&2
  exit 1
fi
# The first essay in the index's reading order, and the glossary if the archive has one.
essay=$(grep -o 'href="essays/[^"]*index.html"' "$site/index.html" | head -1 | sed 's/href="//; s/"$//')
# A search, opened with ?q=: the first long word of the first essay's title, cut to a prefix.
word=$(grep -o 'href="essays/[^"]*index.html">[^<]*' "$site/index.html" | head -1 | sed 's/.*">//' \
  | grep -oE '[[:alpha:]]{6,}' | head -1 | cut -c1-5 | tr '[:upper:]' '[:lower:]')
pages=("index:index.html" "essay:$essay" "search:index.html?q=$word")
[ -f "$site/glossary/index.html" ] && pages+=("glossary:glossary/index.html")

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
shoot() { # name page width height scheme
  local flags=()
  [ "$5" = dark ] && flags+=(--force-dark-mode)
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" "${flags[@]}" --window-size="$3,$4" --virtual-time-budget=3000 \
    --screenshot="$out/$1-$3-$5.png" "file://$site/$2" >/dev/null 2>&1
  echo "$out/$1-$3-$5.png"
}
for entry in "${pages[@]}"; do
  name=${entry%%:*}
  page=${entry#*:}
  shoot "$name" "$page" 390 844 light
  shoot "$name" "$page" 1280 900 light
  shoot "$name" "$page" 1280 900 dark
done
