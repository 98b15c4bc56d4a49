import TimelineScene

/// How a list too long for one fixed page continues on further pages instead of shrinking:
/// drawn at the scale its width allows (at most 96 px to the inch, as on one page), cut only
/// at the scene's ``PageBreaks`` places, so no row is split, and every page after the first
/// repeats the title line and the date heading in force above its rows.
public struct PagedFit: Equatable, Sendable {
  /// One page: the band of the scene it shows, and what it repeats above it.
  public struct Page: Equatable, Sendable {
    /// The top of the band of the scene shown, in layout units.
    public var top: Double
    /// The bottom of the band (the next page's `top`), in layout units.
    public var bottom: Double
    /// Where the band's top is drawn, in layout units below the page's top margin line:
    /// `top` itself on the first page, below the repeated title and heading on the others.
    public var drawnAt: Double
    /// The place this page continues from (with the heading it repeats); `nil` on the first.
    public var continues: PageBreaks.Place?
  }

  /// Points per layout unit, the same on every page.
  public var scale: Double
  /// Where the scene's left edge goes on every page, in points.
  public var originX: Double
  /// Where the top of the drawing goes on every page, in points.
  public var originY: Double
  /// The pages in order; together their bands cover the scene once, top to bottom.
  public var pages: [Page]
  /// The smallest text of the scene, in points, as printed.
  public var smallestText: Double

  /// The pages for `scene` on `page`, or `nil` when the scene fits on one page (or cannot be
  /// cut: it has no break places, or a single row is taller than a page), where ``PageFit``
  /// applies.
  public init?(scene: Scene, page: PageSize) {
    guard let breaks = scene.pageBreaks else { return nil }
    let inside = (width: page.width - 2 * page.margin, height: page.height - 2 * page.margin)
    let fit = min(SceneRendering.pointsPerUnit, inside.width / scene.width)
    guard fit.isFinite, fit > 0, scene.height * fit > inside.height else { return nil }
    let room = inside.height / fit
    var pages: [Page] = []
    var top = 0.0
    var drawnAt = 0.0
    var continues: PageBreaks.Place?
    var next = 0
    while scene.height - top > room - drawnAt {
      var chosen: Int?
      while next < breaks.places.count, breaks.places[next].y - top <= room - drawnAt {
        if breaks.places[next].y > top { chosen = next }
        next += 1
      }
      guard let chosen else { return nil }
      let place = breaks.places[chosen]
      pages.append(Page(top: top, bottom: place.y, drawnAt: drawnAt, continues: continues))
      top = place.y
      drawnAt = breaks.contentTop + (place.heading.isEmpty ? 0 : place.headingHeight)
      continues = place
      next = chosen + 1
    }
    pages.append(Page(top: top, bottom: scene.height, drawnAt: drawnAt, continues: continues))
    self.pages = pages
    scale = fit
    originX = page.margin + (inside.width - scene.width * fit) / 2
    originY = page.margin
    smallestText = (scene.textRuns.map(\.font.size).min() ?? 12) * fit
  }

  /// A warning when the width's scale leaves the smallest text under
  /// ``PageFit/minimumReadableText``, saying what to change; `nil` when it stays readable.
  public func warning(pageName: String) -> String? {
    // Only a vertical list continues on further pages.
    PageFit.warning(smallestText: smallestText, scale: scale, pageName: pageName, vertical: true)
  }

  /// The scene's items a page draws in its band: text whose line lies in it, shapes that reach
  /// into it (clipped to it when drawn).
  public static func items(of scene: Scene, in page: Page) -> [SceneItem] {
    scene.items.filter { item in
      switch item {
      case .text(let run): return run.bounds.midY >= page.top && run.bounds.midY < page.bottom
      case .fill(let path, _), .stroke(let path, _):
        guard let box = path.bounds else { return false }
        return box.maxY >= page.top && box.minY <= page.bottom
      }
    }
  }
}
