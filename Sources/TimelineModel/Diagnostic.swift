/// One problem found in an event file, compiler style.
///
/// ```text
/// error: seeds/x.yaml:12:11: events[3].date: "2022-02-30" is not a date (February 2022 has 28 days)
/// ```
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
  /// Whether the problem stops the file from loading.
  public enum Severity: String, Sendable {
    /// The file cannot be used as it is.
    case error
    /// The file loads, but something is probably not what was meant.
    case warning
  }

  /// An error or a warning.
  public var severity: Severity
  /// The file name as given (or `timeline` for one built in code).
  public var file: String
  /// Line and column, when the problem has a place in a file.
  public var location: SourceLocation?
  /// The field: `events[3].date`.
  public var path: FieldPath?
  /// What is wrong, and what to do about it.
  public var message: String

  /// A diagnostic; leave `location` and `path` `nil` when they are not known.
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
  /// Every diagnostic found, errors and warnings, in file order.
  public var diagnostics: [Diagnostic]

  /// The error for `diagnostics`.
  public init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  /// The errors only, in file order.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Every diagnostic, one per line.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
