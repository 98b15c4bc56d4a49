import TimelineScene

/// How a scene sits on a fixed page: scaled down (never up) to fit inside the margins and
/// centred there, and whether that leaves its smallest text too small to read.
public struct PageFit: Equatable, Sendable {
  /// Points per layout unit: at most 0.75 (96 px to the inch), less when the scene is larger
  /// than the space inside the margins.
  public var scale: Double
  /// Where the scene's top-left corner goes on the page, in points.
  public var originX: Double
  /// The top edge of the drawing on the page, in points.
  public var originY: Double
  /// The smallest text of the scene, in points, as printed.
  public var smallestText: Double

  /// The text size below which `warning(page:)` speaks up.
  public static let minimumReadableText = 6.0

  /// How `scene` sits on `page`: scaled to fit inside the margins, centred.
  public init(scene: Scene, page: PageSize) {
    let inside = (width: page.width - 2 * page.margin, height: page.height - 2 * page.margin)
    let fit = min(SceneRendering.pointsPerUnit, inside.width / scene.width, inside.height / scene.height)
    scale = fit.isFinite && fit > 0 ? fit : SceneRendering.pointsPerUnit
    originX = page.margin + (inside.width - scene.width * scale) / 2
    originY = page.margin + (inside.height - scene.height * scale) / 2
    smallestText = (scene.textRuns.map(\.font.size).min() ?? 12) * scale
  }

  /// How much the drawing was shrunk, as a percentage of its natural size (100 when not).
  public var percentage: Int { Int((scale / SceneRendering.pointsPerUnit * 100).rounded()) }

  /// A warning when fitting shrinks text below ``minimumReadableText``, saying what to change
  /// (`vertical`: the timeline is a vertical list already, so that is not suggested); `nil` when
  /// the text stays readable.
  public func warning(pageName: String, vertical: Bool = false) -> String? {
    Self.warning(smallestText: smallestText, scale: scale, pageName: pageName, vertical: vertical)
  }

  /// The warning for text printed at `smallestText` points when a layout unit becomes `scale`
  /// points, or `nil` when that is readable; shared with ``PagedFit``.
  static func warning(smallestText: Double, scale: Double, pageName: String, vertical: Bool) -> String? {
    guard smallestText < Self.minimumReadableText - 0.005 else { return nil }
    let size = (smallestText * 10).rounded() / 10
    let percentage = Int((scale / SceneRendering.pointsPerUnit * 100).rounded())
    let remedies =
      vertical
      ? "use a larger page or --landscape, or a smaller --width (e.g. 170mm for A4)"
      : "use a larger page or --landscape, a smaller --width (e.g. 170mm for A4), or --orientation vertical for a long list"
    return "the timeline is shrunk to \(percentage) % to fit on \(pageName), so its smallest text is \(size) pt "
      + "(under \(Int(Self.minimumReadableText)) pt); \(remedies)"
  }
}
