// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "timeline",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "timeline", targets: ["timeline"]),
    // The library: `import Timelines` is all a user needs (model, loader, options, renderer).
    .library(name: "Timelines", targets: ["Timelines"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // `swift package generate-documentation --target Timelines` (the DocC catalog in Sources/Timelines).
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CCairo", pkgConfig: "cairo",
      providers: [.apt(["libcairo2-dev"]), .brew(["cairo"])]),
    .systemLibrary(
      name: "CPangoCairo", pkgConfig: "pangocairo",
      providers: [.apt(["libpango1.0-dev"]), .brew(["pango"])]),
    .systemLibrary(
      name: "CDeflate", pkgConfig: "libdeflate",
      providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]),
    .target(name: "Cairo", dependencies: ["CCairo"]),
    .target(name: "PNGEncoding", dependencies: ["CDeflate"]),
    // Small text grammars every layer shares: hex colours, XML escaping, decimals, whitespace.
    .target(name: "TextGrammar"),
    .target(name: "TimelineScene", dependencies: ["TextGrammar"]),
    .target(name: "PangoText", dependencies: ["CPangoCairo", "Cairo", "TimelineScene", "TextGrammar"]),
    .target(
      name: "TimelineModel", dependencies: ["TimeAxis", "TextGrammar", .product(name: "Yams", package: "Yams")],
      resources: [.embedInCode("Resources/timeline.schema.json")]),
    .target(name: "TimeAxis"),
    .target(name: "TimelineLayout", dependencies: ["TimelineModel", "TimeAxis", "TimelineScene", "TextGrammar"]),
    .target(
      name: "TimelineRendering",
      dependencies: ["TimelineScene", "Cairo", "PangoText", "PNGEncoding", "TextGrammar", "TimeAxis"]),
    // What the commands and the batch share: exit statuses, streams, safe file writes, the render
    // options and one render job.
    .target(
      name: "TimelineCommandCore",
      dependencies: [
        "Timelines", "TimelineModel", "TimelineLayout", "TimelineRendering", "TimelineScene", "PangoText",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // `timeline batch` without its flags: plan, stamps, workers, scheduler, progress, signals.
    .target(
      name: "TimelineBatch",
      dependencies: [
        "TimelineCommandCore", "Timelines", "TimelineModel", "TimelineRendering", "CDeflate",
        .product(name: "Yams", package: "Yams"),
      ]),
    .target(
      name: "TimelineCommandLine",
      dependencies: [
        "TimelineCommandCore", "TimelineBatch", "Timelines", "TimelineModel", "TimelineLayout", "TimelineRendering",
        "TimelineScene", "PangoText",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      resources: [
        .embedInCode("Resources/kazakhstan-2022.yaml")
      ]),
    .target(
      name: "Timelines",
      dependencies: [
        "TimeAxis", "TimelineModel", "TimelineLayout", "TimelineScene", "TimelineRendering", "PangoText", "Cairo",
      ]),
    .target(name: "TimelineSynthetic", dependencies: ["TimelineModel"]),
    // Built with every `swift build` so it keeps compiling; not a product: scripts/fuzz links its
    // sources (a symlink) against the `Timelines` product.
    .target(name: "TimelineFuzzing", dependencies: ["Timelines"]),
    .executableTarget(name: "timeline", dependencies: ["TimelineCommandLine"]),
    .executableTarget(
      name: "timeline-bench",
      dependencies: [
        "Timelines", "Cairo", "TimelineModel", "TimelineLayout", "TimelineRendering", "PangoText", "TimelineScene",
        "TimelineSynthetic",
      ]),
    .target(
      name: "TimelineTestSupport",
      dependencies: ["TimelineModel", "TimelineScene", "TimelineLayout", "TimelineSynthetic"],
      path: "Tests/TimelineTestSupport"),
    .testTarget(name: "TimelineModelTests", dependencies: ["TimelineModel", "TimelineTestSupport"]),
    .testTarget(name: "TimeAxisTests", dependencies: ["TimeAxis"]),
    .testTarget(name: "TextGrammarTests", dependencies: ["TextGrammar"]),
    .testTarget(name: "PNGEncodingTests", dependencies: ["PNGEncoding", "CDeflate", "Cairo", "TimelineTestSupport"]),
    .testTarget(
      name: "TimelineLayoutTests",
      dependencies: ["TimelineLayout", "TimelineModel", "TimelineScene", "TimelineSynthetic", "TimelineTestSupport"]),
    .testTarget(
      name: "TimelineRenderingTests",
      dependencies: [
        "Timelines", "TimelineRendering", "Cairo", "PangoText", "PNGEncoding", "TimelineScene", "TimelineTestSupport",
      ]),
    .testTarget(name: "TimelinesTests", dependencies: ["Timelines", "TimelineTestSupport"]),
    .testTarget(name: "TimelineBatchTests", dependencies: ["TimelineBatch", "TimelineCommandCore"]),
    .testTarget(
      name: "TimelineCommandLineTests",
      dependencies: [
        "TimelineCommandLine", "TimelineCommandCore", "Cairo", "PangoText", "TimelineModel", "TimelineScene",
        "TimelineSynthetic",
        "TimelineTestSupport",
      ]),
  ],
  swiftLanguageModes: [.v6]
)
