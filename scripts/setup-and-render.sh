#!/usr/bin/env bash
# The README's first command: install what is missing, build timeline (release) and render
# the seed timeline into output/kazakhstan-2022.{png,svg,pdf}.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-dependencies.sh
swift build -c release --product timeline
.build/release/timeline demo
