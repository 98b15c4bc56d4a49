#!/usr/bin/env bash
# Installs what timeline needs to build, test and render on Debian 12 (run as root):
# cairo, Pango and libdeflate development files, pkg-config, and the fonts (Inter first, DejaVu Sans
# as the fallback, Noto for wide script coverage), and headless Chromium for the test that draws
# inlined SVGs in a real browser (it is skipped, saying so, where no browser starts), and poppler's
# pdfinfo and pdftotext, which the paged-PDF tests read their pages with, and librsvg's
# rsvg-convert, which the SVG writer's tests rasterize its documents with. Then checks
# that they are really there.
#
# --with-cjk-emoji also installs fonts-noto-cjk (Chinese, Japanese, Korean) and
# fonts-noto-color-emoji, for timelines with such titles (`timeline fonts FILE` tells whether a
# file needs them). They are large (about 100 MB), so CI does not install them.
set -euo pipefail

packages=(pkg-config libcairo2-dev libpango1.0-dev libdeflate-dev fontconfig fonts-inter fonts-dejavu-core fonts-noto-core chromium poppler-utils librsvg2-bin)
with_cjk_emoji=no
for argument in "$@"; do
  case "$argument" in
    --with-cjk-emoji) with_cjk_emoji=yes ;;
    -h | --help)
      echo "usage: install-dependencies.sh [--with-cjk-emoji]"
      exit 0
      ;;
    *)
      echo "install-dependencies: unknown option $argument (try --with-cjk-emoji)" >&2
      exit 64
      ;;
  esac
done
if [ "$with_cjk_emoji" = yes ]; then
  packages+=(fonts-noto-cjk fonts-noto-color-emoji)
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-dependencies: run as root (apt-get needs it), or install: ${packages[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y "${packages[@]}"

# Self-check: fail here, with a clear message, rather than later in the build.
pkg-config --exists cairo pangocairo libdeflate || { echo "install-dependencies: cairo/pangocairo/libdeflate not found by pkg-config" >&2; exit 1; }
# (Read the lists into variables first: `grep -q` closing a pipe early fails under pipefail.)
families=$(fc-list : family)
grep -q "^Inter" <<<"$families" || { echo "install-dependencies: the Inter font is not installed" >&2; exit 1; }
dejavu=$(fc-match "DejaVu Sans")
grep -q "DejaVu" <<<"$dejavu" || { echo "install-dependencies: DejaVu Sans is missing" >&2; exit 1; }
if [ "$with_cjk_emoji" = yes ]; then
  grep -q "Noto Sans CJK" <<<"$families" || { echo "install-dependencies: Noto Sans CJK is not installed" >&2; exit 1; }
  grep -q "Noto Color Emoji" <<<"$families" || { echo "install-dependencies: Noto Color Emoji is not installed" >&2; exit 1; }
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "install-dependencies: no Swift toolchain on PATH; install Swift 6 from swift.org" >&2
  exit 1
fi
echo "install-dependencies: cairo $(pkg-config --modversion cairo), pango $(pkg-config --modversion pangocairo), $(swift --version 2>/dev/null | head -1)"
