import Foundation
import Testing
import TimelineLayout
import TimelineModel
import TimelineTestSupport

/// What the goldens cover: every example in `seeds/` (and the variants `output/` holds), and a
/// set of edge cases from `Tests/Goldens/inputs/`.
struct GoldenCase: CustomTestStringConvertible, Sendable {
  /// The golden's name: `Tests/Goldens/scenes/NAME.txt`, and `output/NAME.png` for examples.
  let name: String
  /// The event file, from the repository root.
  let input: String
  let options: LayoutOptions
  /// Whether `output/NAME.png` is committed for it (examples and their variants).
  let hasCommittedImage: Bool

  var testDescription: String { name }

  func timeline() throws -> Timeline {
    try TimelineLoader.load(data: RepositoryFiles.data(input), fileName: input).timeline
  }

  static let examples: [GoldenCase] =
    ExampleTimelineTests.names.map { GoldenCase(name: $0, input: "seeds/\($0).yaml", options: LayoutOptions()) } + [
      GoldenCase(
        name: "kazakhstan-2022-vertical", input: "seeds/kazakhstan-2022.yaml",
        options: LayoutOptions(width: 900, orientation: .vertical)),
      GoldenCase(
        name: "kazakhstan-1991-2022-breaks", input: "seeds/kazakhstan-1991-2022.yaml",
        options: LayoutOptions(breaks: .auto)),
      GoldenCase(
        name: "kazakhstan-2022-lanes", input: "seeds/kazakhstan-2022.yaml", options: LayoutOptions(groupBy: .category)),
    ]

  /// Edge cases: the narrowest canvas, a fixed 16:9 box, and the inputs of `Tests/Goldens/inputs/`.
  static let edgeCases: [GoldenCase] = {
    var fixedBox = LayoutOptions()
    fixedBox.height = 900
    var cases = [
      GoldenCase(
        name: "edge-seed-width-320", input: "seeds/kazakhstan-2022.yaml", options: LayoutOptions(width: 320)),
      GoldenCase(name: "edge-seed-box-1600x900", input: "seeds/kazakhstan-2022.yaml", options: fixedBox),
    ]
    let folder = RepositoryFiles.url("Tests/Goldens/inputs")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for file in files.sorted() where file.hasSuffix(".yaml") {
      let name = "edge-" + file.dropLast(".yaml".count)
      cases.append(GoldenCase(name: name, input: "Tests/Goldens/inputs/\(file)", options: LayoutOptions()))
    }
    return cases
  }()

  init(name: String, input: String, options: LayoutOptions, hasCommittedImage: Bool? = nil) {
    self.name = name
    self.input = input
    self.options = options
    self.hasCommittedImage = hasCommittedImage ?? !name.hasPrefix("edge-")
  }
}
