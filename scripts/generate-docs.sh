#!/usr/bin/env bash
# Builds the library's documentation (DocC, through swift-docc-plugin): the Timelines catalog
# (Sources/Timelines/Timelines.docc, with the getting-started article) combined with the
# modules it re-exports, into .build/docs (or the folder given): scripts/generate-docs.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/docs}
swift package --disable-sandbox generate-documentation \
  --target Timelines --target TimelineModel --target TimelineLayout --target TimelineRendering \
  --target TimelineScene --target TimeAxis \
  --enable-experimental-combined-documentation --output-path "$out"
echo "documentation in $out"
