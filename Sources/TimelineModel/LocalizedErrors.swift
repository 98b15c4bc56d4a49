import Foundation

// The model's errors speak for themselves through `LocalizedError`, so `localizedDescription`
// is the message and not "The operation could not be completed".

extension Diagnostic: LocalizedError {
  /// The diagnostic as one line: `error: FILE:LINE:COL: field: message`.
  public var errorDescription: String? { description }
}

extension TimelineLoadError: LocalizedError {
  /// Every error, one per line, in file order (warnings left out).
  public var errorDescription: String? {
    let lines = (errors.isEmpty ? diagnostics : errors).map(\.description)
    return lines.isEmpty ? "the timeline could not be loaded" : lines.joined(separator: "\n")
  }

  /// How many errors the file has: `2 errors in the timeline`.
  public var failureReason: String? {
    "\(errors.count) error\(errors.count == 1 ? "" : "s") in the timeline"
  }
}

extension DateParseError: LocalizedError {
  /// The message, as ``DateParseError/description`` gives it.
  public var errorDescription: String? { description }
}
