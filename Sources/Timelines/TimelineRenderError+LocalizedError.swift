import Foundation

extension TimelineRenderError: LocalizedError {
  /// The error in the library's terms (options by their Swift names); `description` keeps the
  /// command line's (`--width`), for the `timeline` command.
  public var errorDescription: String? {
    switch self {
    case .invalidTimeline(let diagnostics):
      "the timeline has \(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s") and was not rendered:\n"
        + diagnostics.map(\.description).joined(separator: "\n")
    case .invalidOption:
      description
    case .rendering(let error):
      error.errorDescription
    }
  }
}
