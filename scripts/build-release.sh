#!/usr/bin/env bash
# Builds the release binary with the Swift runtime and Foundation linked in
# (--static-swift-stdlib), so it runs on a machine without a Swift toolchain:
#   scripts/build-release.sh [FOLDER]   (default dist/)
# writes FOLDER/timeline, FOLDER/LIBRARIES (the system libraries it still loads: cairo, Pango,
# fontconfig, libdeflate; install them with the packages in FOLDER/RUNTIME-PACKAGES) and
# FOLDER/FONTS (the fonts a render uses, and the Debian packages that hold them).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
flags=(-c release --product timeline --static-swift-stdlib)
swift build "${flags[@]}"
bin="$(swift build "${flags[@]}" --show-bin-path)/timeline"
mkdir -p "$out"
cp "$bin" "$out/timeline"
strip "$out/timeline" 2>/dev/null || true
# What the binary still loads from the system (no Swift runtime among them).
ldd "$out/timeline" | awk '/=>/ {print $1} !/=>/ && /^\t\// {print $1}' | sort -u > "$out/LIBRARIES"
if grep -q "libswift\|libFoundation" "$out/LIBRARIES"; then
  echo "build-release: the binary still loads the Swift runtime:" >&2
  grep "libswift\|libFoundation" "$out/LIBRARIES" >&2
  exit 1
fi
echo "libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0 libfontconfig1 libdeflate0 libstdc++6 fontconfig" \
  > "$out/RUNTIME-PACKAGES"
# The fonts the themes ask for ("Inter, DejaVu Sans, Noto Sans"), as this machine resolves them.
{
  echo "# family: file (Debian packages: fonts-inter fonts-dejavu-core fonts-noto-core)"
  for family in Inter "DejaVu Sans" "Noto Sans"; do
    fc-match -f "$family: %{file}\n" "$family"
  done
} > "$out/FONTS"
"$out/timeline" --version
echo "build-release: $out/timeline ($(du -h "$out/timeline" | cut -f1))"
