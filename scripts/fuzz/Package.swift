// swift-tools-version:6.0
// The decoder fuzz target, a package of its own so that the main build never links libFuzzer.
// Run it with scripts/fuzz.sh.
import PackageDescription

let package = Package(
  name: "timeline-fuzz",
  dependencies: [.package(name: "timeline", path: "../..")],
  targets: [
    .executableTarget(
      name: "timeline-fuzz",
      dependencies: [.product(name: "TimelineFuzzing", package: "timeline")])
  ],
  swiftLanguageModes: [.v6]
)
