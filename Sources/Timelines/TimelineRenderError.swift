import TimelineModel
import TimelineRendering
import TimelineScene

/// Why ``TimelineRenderer/render(_:as:)`` gave no bytes: what it refuses before drawing (a
/// timeline with errors, an option out of range), or what went wrong while drawing.
public enum TimelineRenderError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The timeline has errors (see `Timeline.validate()`): it is not drawn. The diagnostics
  /// are the ones the loader reports for an event file.
  case invalidTimeline([Diagnostic])
  /// A layout number outside its `OptionLimit` (see `LayoutOptions.check()`).
  case invalidOption(OptionRangeError)
  /// Drawing the laid-out scene failed, or no font is installed (`RenderError.noFonts`).
  case rendering(RenderError)

  /// The error in the command line's terms (`--width`); ``errorDescription`` gives the library's.
  public var description: String {
    switch self {
    case .invalidTimeline(let diagnostics):
      diagnostics.map(\.description).joined(separator: "\n")
    case .invalidOption(let error):
      error.description
    case .rendering(let error):
      error.description
    }
  }
}
