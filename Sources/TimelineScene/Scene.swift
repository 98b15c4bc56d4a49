/// One drawing operation of a ``Scene``.
public enum SceneItem: Equatable, Sendable {
  /// Fill a path.
  case fill(Path, Paint)
  /// Stroke a path.
  case stroke(Path, StrokeStyle)
  /// Draw a line of text.
  case text(TextRun)
}

/// A fully resolved picture: absolute positions, wrapped lines, resolved colours.
///
/// The scene is the contract between layout and the backends. Backends draw it with
/// ``draw(to:)`` and never see a timeline, a date or a category. Items are drawn in order,
/// later items on top.
///
/// ```swift
/// var scene = Scene(width: 200, height: 100, background: .white)
/// scene.items.append(.fill(.rect(Rect(x: 10, y: 10, width: 50, height: 20)), .solid(.black)))
/// let recorder = RecordingRenderer()
/// scene.draw(to: recorder)
/// ```
public struct Scene: Equatable, Sendable {
  /// Canvas width in layout units (CSS pixels of the 1x image).
  public var width: Double
  /// Canvas height in layout units.
  public var height: Double
  /// The page colour, or `nil` for a transparent page.
  public var background: Color?
  /// Short document title for formats that carry metadata (PDF, SVG).
  public var title: String
  /// A plain-language description of the picture (alt text); SVG carries it as `<desc>`.
  public var summary: String = ""
  /// What to draw, in order: later items on top.
  public var items: [SceneItem]
  /// The events' areas, in input order, for backends that describe structure (SVG).
  public var regions: [SceneRegion] = []
  /// Where the scene may be cut into pages, for a list too long for one (`nil`: never cut).
  public var pageBreaks: PageBreaks?

  /// A scene of `width` × `height` layout units.
  public init(
    width: Double, height: Double, background: Color?, title: String = "", items: [SceneItem] = []
  ) {
    self.width = width
    self.height = height
    self.background = background
    self.title = title
    self.items = items
  }

  /// Walks the scene onto a renderer: `beginPage`, one call per item, `endPage`.
  public func draw<R: SceneRenderer>(to renderer: R) throws(R.Failure) {
    try renderer.beginPage(width: width, height: height, background: background)
    for item in items {
      switch item {
      case .fill(let path, let paint): try renderer.fill(path, paint: paint)
      case .stroke(let path, let style): try renderer.stroke(path, style: style)
      case .text(let run): try renderer.draw(run)
      }
    }
    try renderer.endPage()
  }

  /// All text runs, in drawing order.
  public var textRuns: [TextRun] {
    items.compactMap { if case .text(let run) = $0 { run } else { nil } }
  }
}
