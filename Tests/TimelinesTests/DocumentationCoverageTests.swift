import Foundation
import Testing

/// Every public declaration of `Timelines` and the modules it re-exports carries a doc comment, and so
/// does every case of their public enums: DocC gives each a summary (the README states the
/// coverage). A new public symbol without one fails here, naming its file and line.
@Suite struct DocumentationCoverageTests {
  private static let sources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources")
  private static let modules = [
    "TimeAxis", "TimelineModel", "TimelineLayout", "TimelineScene", "TimelineRendering", "Timelines",
  ]

  /// `file:line: declaration` for each undocumented declaration of `text`.
  static func undocumented(in text: String, file: String) -> [String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var missing: [String] = []
    // The indentation of the public enum whose cases are being read, if any.
    var enumIndent: String?
    for (number, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      let indent = String(line.prefix { $0 == " " })
      if let current = enumIndent, indent == current, trimmed.hasPrefix("}") { enumIndent = nil }
      let isPublic = trimmed.hasPrefix("public ") && !trimmed.hasPrefix("public import ")
      let isCase =
        enumIndent != nil && indent == (enumIndent ?? "") + "  " && trimmed.hasPrefix("case ")
        && !trimmed.hasSuffix(":")
      if isPublic || isCase {
        var above = number - 1
        while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
        if above < 0 || !lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///") {
          missing.append("\(file):\(number + 1): \(trimmed)")
        }
      }
      if trimmed.hasPrefix("public enum ") || trimmed.hasPrefix("public indirect enum ") { enumIndent = indent }
    }
    return missing
  }

  @Test func everyPublicDeclarationIsDocumented() throws {
    var checked = 0
    var missing: [String] = []
    for module in Self.modules {
      let folder = Self.sources.appendingPathComponent(module)
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      where name.hasSuffix(".swift") {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        checked += text.components(separatedBy: "public ").count - 1
        missing += Self.undocumented(in: text, file: "\(module)/\(name)")
      }
    }
    #expect(checked > 400)
    #expect(missing.isEmpty, "\(missing.count) undocumented:\n\(missing.joined(separator: "\n"))")
  }

  @Test func theCheckFindsWhatIsMissing() {
    let text = """
      /// Documented.
      public enum Kind {
        /// Documented.
        case one
        case two
      }
      @discardableResult
      public func undocumented() -> Int { 0 }
      """
    #expect(
      Self.undocumented(in: text, file: "x.swift") == [
        "x.swift:5: case two", "x.swift:8: public func undocumented() -> Int { 0 }",
      ])
  }
}
