#!/usr/bin/env bash
# Checks a release folder made by scripts/build-release.sh the way the Dockerfile's runtime
# stage uses it (for machines without Docker): the binary, copied to a folder outside the
# build tree, renders and batches the seeds of a "mounted" data folder it runs in.
#   scripts/check-release.sh [FOLDER]   (default dist/)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dist="$(cd "${1:-$repo/dist}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/data/events"
cp "$dist/timeline" "$work/bin/timeline"
cp "$repo/seeds/kazakhstan-2022.yaml" "$repo/seeds/apollo-13.yaml" "$work/data/events/"
cd "$work/data"
"$work/bin/timeline" --version
"$work/bin/timeline" render events/kazakhstan-2022.yaml -o k.png -o k.svg -q
"$work/bin/timeline" batch events --out figures -T png,pdf --jobs 2
for file in k.png k.svg figures/kazakhstan-2022.png figures/kazakhstan-2022.pdf figures/apollo-13.png; do
  [ -s "$file" ] || { echo "check-release: $file was not written" >&2; exit 1; }
done
head -c 8 k.png | od -An -tx1 | grep -q "89 50 4e 47" || { echo "check-release: k.png is not a PNG" >&2; exit 1; }
if ldd "$work/bin/timeline" | grep -q "libswift\|libFoundation"; then
  echo "check-release: the binary loads the Swift runtime from the system" >&2
  exit 1
fi
echo "check-release: ok ($dist/timeline ran from $work/bin)"
