#!/usr/bin/env bash
# Renders the app icon's PNG sizes from app/gui/desktop/c5kit.svg (run after changing the SVG;
# the PNGs are committed, so building never needs this).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v rsvg-convert >/dev/null; then
  sudo=(); ((EUID != 0)) && sudo=(sudo)
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends librsvg2-bin >/dev/null
fi
for size in 48 128 256; do
  rsvg-convert -w "$size" -h "$size" "$root/app/gui/desktop/c5kit.svg" -o "$root/app/gui/desktop/c5kit-$size.png"
done
echo "rendered c5kit-{48,128,256}.png"
