# syntax=docker/dockerfile:1
# timeline in a container: a build stage with the Swift toolchain, then a slim Debian runtime
# with cairo, Pango and the fonts. The image runs `timeline` on a mounted folder:
#
#   docker build -t timeline .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/data" timeline render events.yaml -o events.png
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/data" timeline batch events --out figures -T png,svg
#
# The working folder is /data, so relative paths are the mounted folder's. The build stage runs
# scripts/build-release.sh, which links the Swift runtime in (--static-swift-stdlib); the runtime
# stage installs the packages it lists in RUNTIME-PACKAGES.

FROM swift:6.3-bookworm AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends pkg-config libcairo2-dev libpango1.0-dev libdeflate-dev fontconfig \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift Package.resolved ./
RUN swift package resolve
COPY Sources Sources
# The manifest names the test targets too (TimelineTestSupport by path): without their folders
# it does not load, although the release build compiles none of them.
COPY Tests Tests
# The demo's seed, embedded in the binary, is a link into seeds/.
COPY seeds seeds
COPY scripts/build-release.sh scripts/build-release.sh
RUN bash scripts/build-release.sh /dist

FROM debian:bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends \
    libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0 libfontconfig1 libdeflate0 libstdc++6 fontconfig \
    fonts-inter fonts-dejavu-core fonts-noto-core \
  && rm -rf /var/lib/apt/lists/*
COPY --from=build /dist/timeline /usr/local/bin/timeline
COPY --from=build /dist/LIBRARIES /dist/RUNTIME-PACKAGES /usr/local/share/timeline/
# fontconfig's cache, built once here rather than on every run.
RUN fc-cache -f && timeline --version
WORKDIR /data
ENTRYPOINT ["timeline"]
CMD ["--help"]
