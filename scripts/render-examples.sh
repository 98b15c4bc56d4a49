#!/usr/bin/env bash
# Renders every example timeline in seeds/ to output/NAME.png and output/NAME.svg, and the
# seed (kazakhstan-2022) through the demo, which adds the PDF. Run after changing the layout.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product timeline
.build/release/timeline demo
for file in seeds/*.yaml; do
  name=$(basename "$file" .yaml)
  [ "$name" = kazakhstan-2022 ] && continue
  .build/release/timeline render "$file" -o "output/$name.png" -o "output/$name.svg"
done
.build/release/timeline render seeds/kazakhstan-2022.yaml --orientation vertical --width 900 \
  -o output/kazakhstan-2022-vertical.png -o output/kazakhstan-2022-vertical.svg
.build/release/timeline render seeds/kazakhstan-1991-2022.yaml --breaks auto \
  -o output/kazakhstan-1991-2022-breaks.png -o output/kazakhstan-1991-2022-breaks.svg
.build/release/timeline render seeds/kazakhstan-2022.yaml --group-by category \
  -o output/kazakhstan-2022-lanes.png -o output/kazakhstan-2022-lanes.svg
