import Foundation
import Testing

/// The consumer package in `Examples/Consumer` (built and run by `.ci/run`) is what the
/// README shows, and the package offers the library product it depends on.
@Suite struct ConsumerPackageTests {
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  private func text(_ path: String) throws -> String {
    try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func theReadmeLibraryExampleIsTheConsumerPackagesMain() throws {
    let readme = try text("README.md")
    let section = try #require(readme.range(of: "## As a library"))
    let afterHeading = readme[section.upperBound...]
    let open = try #require(afterHeading.range(of: "```swift\n"))
    let close = try #require(afterHeading[open.upperBound...].range(of: "```\n"))
    let snippet = String(afterHeading[open.upperBound..<close.lowerBound])
    let main = try text("Examples/Consumer/Sources/Consumer/main.swift")
    #expect(snippet == main, "the README's library example and Examples/Consumer's main.swift differ")
  }

  @Test func theLibraryIsOneProductAndTheFuzzingHarnessIsNone() throws {
    let manifest = try text("Package.swift")
    let products = try #require(manifest.range(of: "products: ["))
    let end = try #require(manifest[products.upperBound...].range(of: "\n  ],"))
    let list = manifest[products.upperBound..<end.lowerBound]
    let libraries = list.split(separator: "\n").filter { $0.contains(".library(") }
    #expect(libraries.count == 1)
    #expect(libraries.first?.contains("name: \"Timelines\", targets: [\"Timelines\"]") == true)
    let consumer = try text("Examples/Consumer/Package.swift")
    #expect(consumer.contains(".product(name: \"Timelines\", package: \"timeline\")"))
  }
}
