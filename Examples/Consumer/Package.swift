// swift-tools-version:6.0
// A package that uses timeline as a library, the way a user's package would: one dependency,
// one product, one import. `.ci/run` builds and runs it; its main.swift is the README's
// library example (a test checks that they match).
import PackageDescription

let package = Package(
  name: "Consumer",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "timeline", path: "../..")],
  targets: [
    .executableTarget(name: "Consumer", dependencies: [.product(name: "Timelines", package: "timeline")])
  ],
  swiftLanguageModes: [.v6]
)
