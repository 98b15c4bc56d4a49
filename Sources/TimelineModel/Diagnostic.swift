/// One problem found in an event file, compiler style.
///
/// ```text
/// error: seeds/x.yaml:12:11: events[3].date: "2022-02-30" is not a date (February 2022 has 28 days)
/// ```
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public var severity: Severity
  public var file: String
  public var location: SourceLocation?
  public var path: FieldPath?
  public var message: String

  public init(
    severity: Severity, file: String, location: SourceLocation?, path: FieldPath?, message: String
  ) {
    self.severity = severity
    self.file = file
    self.location = location
    self.path = path
    self.message = message
  }

  /// `severity: FILE:LINE:COL: path: message`, leaving out what is unknown.
  public var description: String {
    var text = "\(severity.rawValue): \(file)"
    if let location { text += ":\(location.line):\(location.column)" }
    text += ": "
    if let path, !path.components.isEmpty { text += "\(path): " }
    return text + message
  }
}

/// An event file that could not be loaded, with every error found (and the warnings).
public struct TimelineLoadError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  /// The errors only, in file order.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
