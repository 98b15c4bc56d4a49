import Foundation

extension RenderError: LocalizedError {
  /// The error in the library's terms (options by their Swift names); `description` keeps the
  /// command line's (`--width`), for the `timeline` command.
  public var errorDescription: String? {
    switch self {
    case .canvasTooLarge(let width, let height):
      "the image would be \(width) × \(height) pixels, over the limit of \(RenderOptions.maximumPixelSide) per side "
        + "and \(RenderOptions.maximumPixelArea / 1_000_000) megapixels; use a smaller LayoutOptions.width "
        + "or RenderOptions.scale"
    case .invalidScale(let scale):
      "RenderOptions.scale \(scale) is outside \(RenderOptions.scaleRange.lowerBound)…"
        + "\(RenderOptions.scaleRange.upperBound)"
    case .cairo, .encoding, .noFonts, .documentTooLarge:
      description
    }
  }
}
