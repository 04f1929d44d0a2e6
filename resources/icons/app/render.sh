#!/usr/bin/env bash
# Renders the committed PNGs from the hand-written SVGs (authoring time only; the build never runs this).
#   resources/icons/app/render.sh        needs rsvg-convert (apt-get install librsvg2-bin)
# 16 px comes from interview-prep-16.svg, 22 and 24 px from interview-prep-24.svg (both pixel-aligned),
# everything from 32 px up from the scalable master interview-prep.svg.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }
mkdir -p png
for size in 16 22 24 32 48 64 128 256; do
    src=interview-prep.svg
    [ "$size" -le 16 ] && src=interview-prep-16.svg
    [ "$size" -gt 16 ] && [ "$size" -le 24 ] && src=interview-prep-24.svg
    rsvg-convert --width "$size" --height "$size" "$src" --output "png/interview-prep-$size.png"
    echo "png/interview-prep-$size.png <- $src"
done
