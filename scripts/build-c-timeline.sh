#!/usr/bin/env bash
# Builds the plain C comparison program of issue 13 (Benchmarks/c-timeline/c-timeline.c) into
# .build/c-timeline, with gcc -O2 against cairo and Pango through pkg-config. timeline-bench
# --versus-c runs it; see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build
# shellcheck disable=SC2046
gcc -O2 -Wall -Wextra -o .build/c-timeline Benchmarks/c-timeline/c-timeline.c \
  $(pkg-config --cflags --libs pangocairo cairo-svg) -lm
echo ".build/c-timeline"
