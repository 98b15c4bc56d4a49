import Foundation
import Testing
import TimelineTestSupport

/// Dependencies run one way: each module of `Sources/` imports only the project modules below it
/// in this graph (system and package modules aside; README, "How it is built", draws it):
///
/// ```text
/// timeline ─ TimelineCommandLine ─ TimelineBatch ─ TimelineCommandCore ─ Timelines, as below
///                                  TimelineBatch ─ CDeflate (the stamps' output checksums)
///
/// timeline-bench/TimelineFuzzing ─ Timelines ─┬─ TimelineRendering ─┬─ PangoText ─ Cairo ─ CCairo
///                                              │                     ├─ PNGEncoding ─ CDeflate
///                                              │                     └─ TimelineScene
///                                              ├─ TimelineLayout ─┬─ TimelineModel ─ TimeAxis
///                                              │                  └─ TimelineScene, TimeAxis
///                                              └─ TimelineModel, TimeAxis, TimelineScene
/// TimelineSynthetic ─ TimelineModel       PangoText ─ CPangoCairo, TimelineScene
/// TextGrammar (hex colours, XML escaping, decimals, whitespace): a leaf under the scene, the
/// model, the layout and both text-writing backends.
/// ```
///
/// The backends draw a scene and know nothing of timelines; the layout knows no backend; the
/// library (`Timelines`) joins them. Any import outside the graph fails this test.
@Suite struct ModuleLayerTests {
  /// What each module may import of the project's own modules.
  static let allowed: [String: Set<String>] = [
    "TextGrammar": [], "TimeAxis": [], "TimelineScene": ["TextGrammar"], "CCairo": [], "CPangoCairo": [],
    "CDeflate": [],
    "TimelineModel": ["TimeAxis", "TextGrammar"],
    "Cairo": ["CCairo"],
    "PNGEncoding": ["CDeflate"],
    "PangoText": ["CPangoCairo", "Cairo", "TimelineScene", "TextGrammar"],
    "TimelineLayout": ["TimeAxis", "TimelineModel", "TimelineScene", "TextGrammar"],
    // The time axis only for CalendarFormatter, which writes the PDF date as it writes every date.
    "TimelineRendering": ["Cairo", "PangoText", "PNGEncoding", "TimelineScene", "TextGrammar", "TimeAxis"],
    "TimelineSynthetic": ["TimelineModel", "TimeAxis"],
    "Timelines": [
      "TimeAxis", "TimelineScene", "TimelineModel", "TimelineLayout", "TimelineRendering", "PangoText",
      "Cairo", "PNGEncoding",
    ],
    "TimelineCommandCore": [
      "Timelines", "TimeAxis", "TimelineScene", "TimelineModel", "TimelineLayout", "TimelineRendering",
      "PangoText", "Cairo", "PNGEncoding",
    ],
    // CDeflate for the stamps' output checksums (CRC-32 and Adler-32).
    "TimelineBatch": [
      "TimelineCommandCore", "Timelines", "TimeAxis", "TimelineScene", "TimelineModel", "TimelineLayout",
      "TimelineRendering", "PangoText", "Cairo", "PNGEncoding", "CDeflate",
    ],
    "TimelineCommandLine": [
      "TimelineBatch", "TimelineCommandCore", "Timelines", "TimeAxis", "TimelineScene", "TimelineModel",
      "TimelineLayout", "TimelineRendering", "PangoText", "Cairo", "PNGEncoding",
    ],
    "TimelineFuzzing": ["Timelines"],
    "timeline-bench": [
      "Timelines", "TimeAxis", "TimelineScene", "TimelineModel", "TimelineLayout", "TimelineRendering",
      "PangoText", "Cairo", "PNGEncoding", "TimelineSynthetic",
    ],
    "timeline": ["TimelineCommandLine"],
  ]

  /// Every project module's imports of other project modules, module by module (a folder of
  /// `sources` each).
  static func projectImports(
    in sources: URL = RepositoryFiles.url("Sources")
  ) throws -> [(module: String, imported: String)] {
    var edges: [(String, String)] = []
    let modules = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
    for module in modules {
      let folder = sources.appendingPathComponent(module)
      guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
      var imported: Set<String> = []
      for case let file as String in files where file.hasSuffix(".swift") {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        for line in text.split(separator: "\n") {
          let words = line.split(separator: " ")
          guard let at = words.firstIndex(of: "import"), at + 1 < words.count,
            words[..<at].allSatisfy({ $0.hasPrefix("@") || $0 == "public" || $0 == "internal" })
          else { continue }
          let name = String(words[at + 1])
          if allowed[name] != nil, name != module { imported.insert(name) }
        }
      }
      edges += imported.sorted().map { (module, $0) }
    }
    return edges
  }

  @Test func everyModuleHasItsImportsListed() throws {
    let modules = try FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.url("Sources").path)
    let unknown = modules.filter { !$0.hasPrefix(".") && Self.allowed[$0] == nil }
    #expect(unknown.isEmpty, "say what these modules may import in ModuleLayerTests: \(unknown)")
  }

  /// The imports of the modules in `sources` that the graph does not allow, as "importer → imported".
  static func importsOutsideTheGraph(in sources: URL = RepositoryFiles.url("Sources")) throws -> [String] {
    try projectImports(in: sources).filter { allowed[$0.module]?.contains($0.imported) != true }
      .map { "\($0.module) → \($0.imported)" }
  }

  @Test func importsStayInsideTheGraph() throws {
    let upward = try Self.importsOutsideTheGraph()
    #expect(upward.isEmpty, "imports that run up or sideways: \(upward)")
  }

  /// The check itself: a backend that imports the layout, even `@testable` or `public`, is found.
  @Test func anImportRunningUpIsFound() throws {
    let sources = FileManager.default.temporaryDirectory.appendingPathComponent("layers-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: sources) }
    let files = [
      "TimelineRendering/Drawing.swift": "import Cairo\npublic import TimelineLayout\nimport Foundation\n",
      "TimelineRendering/Nested/More.swift": "@testable import TimelineModel\n// import TimeAxis\n",
      "TimelineLayout/Layout.swift": "import TimelineScene\nimport TimelineModel\n",
    ]
    for (path, text) in files {
      let file = sources.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: file)
    }
    #expect(
      try Self.importsOutsideTheGraph(in: sources) == [
        "TimelineRendering → TimelineLayout", "TimelineRendering → TimelineModel",
      ])
  }

  /// The graph itself runs one way: no module may reach itself through what it may import.
  @Test func theGraphHasNoCycle() {
    func reaches(_ start: String, _ target: String, _ seen: inout Set<String>) -> Bool {
      for next in Self.allowed[start] ?? [] where seen.insert(next).inserted {
        if next == target || reaches(next, target, &seen) { return true }
      }
      return false
    }
    for module in Self.allowed.keys.sorted() {
      var seen: Set<String> = []
      #expect(!reaches(module, module, &seen), "\(module) can reach itself")
    }
  }
}
