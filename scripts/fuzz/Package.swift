// swift-tools-version:6.0
// The decoder fuzz target, a package of its own so that the main build never links libFuzzer.
// Run it with scripts/fuzz.sh.
import PackageDescription

let package = Package(
  name: "timeline-fuzz",
  dependencies: [.package(name: "timeline", path: "../..")],
  targets: [
    // Sources/TimelineFuzzing is a symlink to the main package's folder of that name, which is
    // a target there but not a product.
    .target(name: "TimelineFuzzing", dependencies: [.product(name: "Timelines", package: "timeline")]),
    .executableTarget(name: "timeline-fuzz", dependencies: ["TimelineFuzzing"]),
  ],
  swiftLanguageModes: [.v6]
)
