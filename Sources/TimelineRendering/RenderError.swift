import Cairo
import PangoText

/// Why a scene could not be turned into bytes (`TimelineRenderError` adds what the
/// `TimelineRenderer` facade refuses before drawing: a timeline with errors, options out of range).
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The image would exceed cairo's 32,767-pixel sides or the 32-megapixel area limit.
  case canvasTooLarge(width: Int, height: Int)
  /// The scale is not a finite number in ``RenderOptions/scaleRange``.
  case invalidScale(Double)
  /// An SVG or PDF past ``OutputLimits``; the text says which limit and what to change.
  case documentTooLarge(String)
  /// cairo failed (out of memory, a write error); the error says which call.
  case cairo(CairoError)
  /// The PNG encoder failed; the text says why.
  case encoding(String)
  /// No font is installed (fontconfig finds none), so no text can be measured or drawn.
  case noFonts

  /// The error in the command line's terms (`--width`); ``errorDescription`` gives the library's.
  public var description: String {
    switch self {
    case .canvasTooLarge(let width, let height):
      "the image would be \(width) × \(height) pixels, over the limit of \(RenderOptions.maximumPixelSide) per side "
        + "and \(RenderOptions.maximumPixelArea / 1_000_000) megapixels; use a smaller --width or --scale"
    case .invalidScale(let scale):
      "scale \(scale) is outside \(RenderOptions.scaleRange.lowerBound)…\(RenderOptions.scaleRange.upperBound)"
    case .cairo(let error):
      error.description
    case .encoding(let reason), .documentTooLarge(let reason):
      reason
    case .noFonts:
      "no fonts are installed, so no text can be set; \(InstalledFonts.installHint)"
    }
  }
}
