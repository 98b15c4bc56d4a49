import Foundation
import TimeAxis
import TimelineScene

/// How a scene becomes bytes: pixel density and reproducibility settings.
public struct RenderOptions: Equatable, Sendable {
  /// Device pixels per layout unit for PNG (`--scale`); vector formats ignore it.
  public var scale: Double
  /// The creation date written into PDFs, ISO 8601.
  public var documentDate: String
  /// A fixed PDF page (A3, A4, A5, Letter, Legal, either way round) the timeline is fitted
  /// onto, centred, or `nil` for a page the size of the timeline.
  public var page: PageSize?
  /// Whether an SVG carries its invisible, selectable text layer and per-event groups (on by
  /// default; off only for the smallest file, or to measure what the layer costs).
  public var svgTextLayer = true

  /// Accepted `scale` values (`OptionLimit.scale`).
  public static var scaleRange: ClosedRange<Double> { OptionLimit.scale.range }
  /// The largest PNG side cairo can make (``OptionLimit/largestCanvasSide``).
  public static let maximumPixelSide = OptionLimit.largestCanvasSide
  /// The largest PNG area, in pixels (32 megapixels, 128 MiB of ARGB).
  public static let maximumPixelArea = 32_000_000
  /// The date used when `SOURCE_DATE_EPOCH` is not set, so PDFs never carry the clock.
  public static let fixedDocumentDate = "2000-01-01T00:00:00Z"

  /// Options at `scale` (checked when rendering, see `OptionLimit.scale`).
  public init(
    scale: Double = 1, documentDate: String = RenderOptions.documentDateFromEnvironment(), page: PageSize? = nil
  ) {
    self.scale = scale
    self.documentDate = documentDate
    self.page = page
  }

  /// Options for a PNG of `dpi` pixels per inch (the scale is DPI/96, as `--dpi` sets it), or
  /// `OptionRangeError` for a density outside `OptionLimit.dpi`.
  ///
  /// ```swift
  /// let print = try RenderOptions(dpi: 300)  // scale 3.125: 170 mm wide is 2008 pixels
  /// ```
  public init(
    dpi: Double, documentDate: String = RenderOptions.documentDateFromEnvironment(), page: PageSize? = nil
  ) throws(OptionRangeError) {
    self.init(scale: try OptionLimit.dpi.check(dpi) / 96, documentDate: documentDate, page: page)
  }

  /// `SOURCE_DATE_EPOCH` (seconds since 1970, as reproducible builds define it) as ISO 8601,
  /// or ``fixedDocumentDate`` when it is unset or not a whole number in range.
  public static func documentDateFromEnvironment(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text),
      (0...253_402_300_799).contains(seconds)
    else { return fixedDocumentDate }
    return CalendarFormatter.isoInstant(Double(seconds))
  }
}
