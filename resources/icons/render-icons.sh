#!/usr/bin/env bash
# Renders the hicolor PNG icons from scim-console.svg (the source of truth). Run after editing the SVG and commit
# the PNGs; the build does not need an SVG renderer. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" scim-console.svg -o "hicolor/${size}x${size}/apps/scim-console.png"
done
# The navigation and toolbar fallbacks (views/common/ThemeIcon), 24 px and 48 px (HiDPI).
for svg in actions/*.svg; do
    for size in 24 48; do
        rsvg-convert --width "$size" --height "$size" "$svg" -o "${svg%.svg}-${size}.png"
        # White, for a selected item on the highlight colour.
        sed 's/#3f7fc4/#ffffff/g' "$svg" | rsvg-convert --width "$size" --height "$size" -o "${svg%.svg}-selected-${size}.png"
    done
done
