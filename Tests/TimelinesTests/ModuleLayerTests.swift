import Foundation
import Testing
import TimelineTestSupport

/// Dependencies run one way: each module of `Sources/` imports only the project modules below it
/// in this graph (system and package modules aside):
///
/// ```text
/// timeline ─ TimelineCommandLine ─ TimelineBatch ─ TimelineCommandCore ─ Timelines, as below
///
/// timeline-bench/TimelineFuzzing ─ Timelines ─┬─ TimelineRendering ─┬─ PangoText ─ Cairo ─ CCairo
///                                              │                     ├─ PNGEncoding ─ CDeflate
///                                              │                     └─ TimelineScene
///                                              ├─ TimelineLayout ─┬─ TimelineModel ─ TimeAxis
///                                              │                  └─ TimelineScene, TimeAxis
///                                              └─ TimelineModel, TimeAxis, TimelineScene
/// TimelineSynthetic ─ TimelineModel       PangoText ─ CPangoCairo, TimelineScene
/// ```
///
/// The backends draw a scene and know nothing of timelines; the layout knows no backend; the
/// library (`Timelines`) joins them. `knownUpwardImports` lists the imports that still break the
/// rule (the renderer facade lives in `TimelineRendering` instead of the library); the list may
/// only shrink: a new import outside the graph fails this test, and so does an entry that is no
/// longer needed.
@Suite struct ModuleLayerTests {
  /// What each module may import of the project's own modules.
  static let allowed: [String: Set<String>] = [
    "TimeAxis": [], "TimelineScene": [], "CCairo": [], "CPangoCairo": [], "CDeflate": [],
    "TimelineModel": ["TimeAxis"],
    "Cairo": ["CCairo"],
    "PNGEncoding": ["CDeflate"],
    "PangoText": ["CPangoCairo", "Cairo", "TimelineScene"],
    "TimelineLayout": ["TimeAxis", "TimelineModel", "TimelineScene"],
    "TimelineRendering": ["Cairo", "PangoText", "PNGEncoding", "TimelineScene"],
    "TimelineSynthetic": ["TimelineModel", "TimeAxis"],
    "Timelines": [
      "TimeAxis", "TimelineScene", "TimelineModel", "TimelineLayout", "TimelineRendering", "PangoText",
      "Cairo", "PNGEncoding",
    ],
    "TimelineCommandCore": [
      "Timelines", "TimeAxis", "TimelineScene", "TimelineModel", "TimelineLayout", "TimelineRendering",
      "PangoText", "Cairo", "PNGEncoding",
    ],
    "TimelineBatch": [
      "TimelineCommandCore", "Timelines", "TimeAxis", "TimelineScene", "TimelineModel", "TimelineLayout",
      "TimelineRendering", "PangoText", "Cairo", "PNGEncoding",
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

  /// Imports outside the graph still to be removed, as "importer → imported".
  static let knownUpwardImports: Set<String> = [
    "TimelineRendering → TimelineLayout", "TimelineRendering → TimelineModel", "TimelineRendering → TimeAxis",
  ]

  /// Every project module's imports of other project modules.
  static func projectImports() throws -> [(module: String, imported: String)] {
    let sources = RepositoryFiles.url("Sources")
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

  @Test func importsStayInsideTheGraph() throws {
    var upward: Set<String> = []
    for (module, imported) in try Self.projectImports() {
      if Self.allowed[module]?.contains(imported) != true { upward.insert("\(module) → \(imported)") }
    }
    let new = upward.subtracting(Self.knownUpwardImports)
    #expect(new.isEmpty, "imports that run up or sideways: \(new.sorted())")
    let fixed = Self.knownUpwardImports.subtracting(upward)
    #expect(fixed.isEmpty, "no longer needed, remove from knownUpwardImports: \(fixed.sorted())")
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
