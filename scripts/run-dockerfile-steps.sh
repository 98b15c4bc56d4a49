#!/usr/bin/env bash
# Runs the Dockerfile's steps without Docker (this machine has no Docker daemon), reading them
# from the Dockerfile itself so the two cannot drift apart:
#   build stage:   COPY into a scratch /src, each RUN there (an apt-get install is checked with
#                  dpkg instead: the packages must already be installed), /dist a scratch folder;
#   runtime stage: its apt packages checked the same way, COPY --from=build into a scratch root,
#                  its RUN with that root's /usr/local/bin on PATH;
#   then the ENTRYPOINT in the WORKDIR: `render` and `batch` on a "mounted" folder of seeds, as
#   the Dockerfile's header shows. The binary runs from outside the build tree.
#     scripts/run-dockerfile-steps.sh        (a release build from scratch: slow)
# What it cannot check: the base images (swift:6.3-bookworm, debian:bookworm-slim) and a runtime
# with nothing but the listed packages (this machine has more installed).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dockerfile="$repo/Dockerfile"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
src="$work/src" dist="$work/dist" root="$work/root" data="$work/data"
mkdir -p "$src" "$dist" "$root" "$data/events"

# The Dockerfile's instructions, continuation lines joined, comments dropped.
instructions="$(sed -e '/^[[:space:]]*#/d' "$dockerfile" | sed -e ':a' -e '/\\$/N; s/\\\n//; ta')"

# Fails unless every package an `apt-get install` of `command` names is installed.
check_packages() {
  local packages
  packages="$(sed -e 's/.*apt-get install//' -e 's/&&.*//' <<<"$1" | tr ' ' '\n' | grep -v '^-' | grep -v '^$' || true)"
  for package in $packages; do
    dpkg -s "$package" >/dev/null 2>&1 || { echo "dockerfile-steps: package $package is not installed" >&2; exit 1; }
  done
  echo "dockerfile-steps: installed: $(echo $packages)"
}

stage=""
workdir="/"
entrypoint=""
while IFS= read -r line; do
  [ -n "${line// /}" ] || continue
  keyword="${line%% *}"
  rest="${line#* }"
  case "$keyword" in
    FROM)
      case "$rest" in
        *" AS build") stage=build ;;
        *) stage=runtime ;;
      esac
      echo "dockerfile-steps: stage $stage ($rest)"
      ;;
    WORKDIR) workdir="$rest" ;;
    COPY)
      if [ "$stage" = build ]; then
        # COPY a b ./  or  COPY dir dir
        read -r -a parts <<<"$rest"
        target="${parts[${#parts[@]} - 1]}"
        for ((i = 0; i < ${#parts[@]} - 1; i++)); do
          if [ "$target" = "./" ]; then dest="$src/"; else dest="$src/$target"; fi
          mkdir -p "$(dirname "$src/${parts[i]}")"
          cp -R "$repo/${parts[i]}" "$dest"
        done
      else
        # COPY --from=build /dist/a [/dist/b] /usr/local/...
        read -r -a parts <<<"${rest#--from=build }"
        target="${parts[${#parts[@]} - 1]}"
        for ((i = 0; i < ${#parts[@]} - 1; i++)); do
          if [[ "$target" == */ ]]; then mkdir -p "$root$target"; else mkdir -p "$(dirname "$root$target")"; fi
          cp "$work${parts[i]}" "$root$target"
        done
      fi
      ;;
    RUN)
      if [[ "$rest" == *"apt-get install"* ]]; then
        check_packages "$rest"
      elif [ "$stage" = build ]; then
        echo "dockerfile-steps: RUN $rest"
        (cd "$src${workdir#/src}" && eval "${rest//\/dist/$dist}")
      else
        echo "dockerfile-steps: RUN $rest"
        (cd "$root" && PATH="$root/usr/local/bin:$PATH" eval "$rest")
      fi
      ;;
    ENTRYPOINT) entrypoint="$(sed -e 's/^\["//' -e 's/"\]$//' <<<"$rest")" ;;
    CMD | ARG | ENV | LABEL) ;;
    *) echo "dockerfile-steps: unknown instruction $keyword" >&2; exit 1 ;;
  esac
done <<<"$instructions"

[ "$workdir" = /data ] || { echo "dockerfile-steps: the runtime's WORKDIR is $workdir, not /data" >&2; exit 1; }
binary="$root/usr/local/bin/$entrypoint"
[ -x "$binary" ] || { echo "dockerfile-steps: the ENTRYPOINT $entrypoint is not in the image" >&2; exit 1; }
# `docker run -v "$PWD:/data" timeline render …` and `… batch …`, as the Dockerfile's header shows.
cp "$repo/seeds/kazakhstan-2022.yaml" "$repo/seeds/apollo-13.yaml" "$data/events/"
cd "$data"
"$binary" render events/kazakhstan-2022.yaml -o events.png -q
"$binary" batch events --out figures -T png,svg -q
for file in events.png figures/kazakhstan-2022.png figures/kazakhstan-2022.svg figures/apollo-13.svg; do
  [ -s "$file" ] || { echo "dockerfile-steps: $file was not written" >&2; exit 1; }
done
if ldd "$binary" | grep -q "libswift\|libFoundation"; then
  echo "dockerfile-steps: the image's binary loads the Swift runtime from the system" >&2
  exit 1
fi
echo "dockerfile-steps: ok (the image's binary ran from $root/usr/local/bin in $data)"
