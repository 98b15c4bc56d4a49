import ArgumentParser
import Foundation
import TimelineModel

/// How `timeline validate` reports: compiler-style lines on stderr, or one JSON document on
/// stdout for editors and CI problem matchers.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case text
  case json
}

/// One problem as `timeline validate --format json` writes it; `line`, `column` and `path`
/// are left out when unknown.
struct DiagnosticRecord: Codable, Equatable, Sendable {
  var severity: String
  var file: String
  var line: Int?
  var column: Int?
  var path: String?
  var message: String

  init(_ diagnostic: Diagnostic) {
    severity = diagnostic.severity.rawValue
    file = diagnostic.file
    line = diagnostic.location?.line
    column = diagnostic.location?.column
    path = diagnostic.path.flatMap { $0.components.isEmpty ? nil : $0.description }
    message = diagnostic.message
  }

  /// A problem found before the file could be parsed (missing, unreadable, too large), from
  /// its printed line `error: FILE: message`.
  init(file: String, line text: String) {
    severity = "error"
    self.file = file
    var message = Substring(text)
    for prefix in ["error: ", "\(file): "] where message.hasPrefix(prefix) { message = message.dropFirst(prefix.count) }
    self.message = String(message)
  }
}

/// The JSON document of `timeline validate --format json`:
/// `{"diagnostics": [...], "errors": N, "warnings": N}`, keys sorted.
struct DiagnosticReport: Codable, Equatable, Sendable {
  var diagnostics: [DiagnosticRecord] = []
  var errors = 0
  var warnings = 0

  mutating func append(_ record: DiagnosticRecord) {
    diagnostics.append(record)
    if record.severity == "error" { errors += 1 } else { warnings += 1 }
  }

  /// The document as UTF-8 JSON with a final newline.
  func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    var data = (try? encoder.encode(self)) ?? Data("{}".utf8)
    data.append(0x0A)
    return data
  }
}
