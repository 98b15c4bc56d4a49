#!/usr/bin/env bash
# Fuzzes the event-file decoders (JSON, YAML, CSV, TimelineJS, Markwhen) and the layout with libFuzzer
# and AddressSanitizer, for a bounded time: scripts/fuzz.sh [SECONDS] (default 600).
# Crashing inputs are written to scripts/fuzz/crashes/; turn each into a file under
# Tests/Fixtures/hostile/ with its expected outcome. Not part of the normal test run.
set -euo pipefail
cd "$(dirname "$0")/fuzz"
seconds=${1:-600}
# Optimised, so that a layout of a few dozen events stays well under the 10 s timeout.
swift build -c release --sanitize fuzzer --sanitize address --scratch-path ../../.build-fuzz
corpus=$(mktemp -d)
mkdir -p crashes
# Seed the corpus with the repository's own event files, each prefixed with its format byte
# (the hostile ones include deep nesting, alias and merge chains, many groups, long descriptions).
i=0
for file in ../../seeds/*.yaml ../../Tests/Fixtures/*/*.yaml; do printf '\001' | cat - "$file" > "$corpus/y$i"; i=$((i+1)); done
for file in ../../Tests/Fixtures/*/*.json; do printf '\000' | cat - "$file" > "$corpus/j$i"; printf '\003' | cat - "$file" > "$corpus/t$i"; i=$((i+1)); done
for file in ../../Tests/Fixtures/*/*.csv; do printf '\002' | cat - "$file" > "$corpus/c$i"; i=$((i+1)); done
for file in ../../Tests/Fixtures/*/*.mw; do printf '\004' | cat - "$file" > "$corpus/m$i"; i=$((i+1)); done
../../.build-fuzz/release/timeline-fuzz "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix=crashes/ -print_final_stats=1
