#!/usr/bin/env bash
# Writes the man page of timeline (from its commands and help texts, through
# swift-argument-parser's generate-manual plugin) to FOLDER/timeline.1 (default .build/man):
#   scripts/generate-man-page.sh [FOLDER]; then man -l FOLDER/timeline.1
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/man}
swift package --disable-sandbox generate-manual --configuration debug
mkdir -p "$out"
cp .build/plugins/GenerateManual/outputs/timeline/timeline.1 "$out/timeline.1"
echo "man page in $out/timeline.1"
