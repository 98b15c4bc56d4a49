import TimeAxis
import TimelineModel
import TimelineScene

/// Periods as light background bands, with their titles in a strip above the labels.
///
/// Bands are translucent, so where periods overlap the overlap reads darker, and each band
/// starts with a thin edge in the period ink beside its title (in its title's strip row only),
/// so adjacent periods are told apart. Neighbouring
/// bands alternate between two tints. A period too short to see is widened to
/// ``minimumWidth`` around its middle. Each title stands at its band's start, in the first
/// strip row where it fits, and wraps (never shortened) when the canvas is narrower than it.
struct PeriodLayout {
  let theme: Theme
  let scale: AxisMap
  let right: Double
  let dates: DateText

  /// The narrowest band drawn.
  static let minimumWidth = 6.0
  /// Space between two titles in one strip row.
  static let titleGap = 16.0
  /// Space above a title in its strip row (and so below the one above).
  static let titleInset = 4.0
  /// How far a title starts right of its band's start.
  static let titleIndent = 8.0

  struct Band {
    var x0: Double
    var x1: Double
    var title: TextBlock
    var titleX: Double
    var row: Int
  }

  struct Plan {
    let theme: Theme
    var bands: [Band]
    /// The height of each strip row (its tallest title).
    var rowHeights: [Double]

    var stripHeight: Double {
      bands.isEmpty ? 0 : rowHeights.reduce(0, +) + 8
    }

    func drawBands(top: Double, bottom: Double, into builder: inout SceneBuilder) {
      for (index, band) in bands.enumerated() {
        let rect = Rect(x: band.x0, y: top, width: band.x1 - band.x0, height: bottom - top)
        builder.fill(rect, (index % 2 == 0 ? theme.periodFill : theme.periodAltFill).withAlpha(0.8))
        // The edge marks where the band starts, beside its title and only in its title's row:
        // the titles of other rows may run across the band's start, and no line runs through
        // text. (Not where a narrow canvas pushed the title back over the band's start.)
        let titleCovers = band.titleX < band.x0 + 2 && band.titleX + band.title.width > band.x0 - 2
        if !titleCovers {
          let rowTop = top + rowHeights[..<band.row].reduce(0, +)
          builder.fill(
            Rect(x: band.x0, y: rowTop, width: min(1.5, rect.width), height: rowHeights[band.row]), theme.periodEdge)
        }
      }
    }

    func drawTitles(top: Double, into builder: inout SceneBuilder) {
      let font = theme.font(theme.periodTitleSize, .semibold)
      for band in bands {
        let rowTop = top + rowHeights[..<band.row].reduce(0, +)
        builder.draw(
          band.title, at: Point(x: band.titleX, y: rowTop + PeriodLayout.titleInset), font: font,
          color: theme.periodInk, role: .period)
      }
    }
  }

  func plan(_ periods: [Period], spans: [(start: AxisTime, end: AxisTime)], builder: SceneBuilder) -> Plan {
    let font = theme.font(theme.periodTitleSize, .semibold)
    let left = scale.left
    var bands: [Band] = []
    for (period, span) in zip(periods, spans) {
      var x0 = min(max(scale.position(of: span.start), left), right)
      var x1 = min(max(scale.position(of: span.end), left), right)
      if x1 - x0 < Self.minimumWidth {
        let middle = min(max((x0 + x1) / 2, left + Self.minimumWidth / 2), right - Self.minimumWidth / 2)
        x0 = middle - Self.minimumWidth / 2
        x1 = middle + Self.minimumWidth / 2
      }
      let when = dates.range(period.start, period.end, approximate: period.approximate)
      let text = "\(period.title) · \(when)"
      let title = builder.wrapped(text, font: font, maxWidth: right - left, maxLines: 4)
      let titleX = max(left, min(x0 + Self.titleIndent, right - title.width))
      bands.append(Band(x0: x0, x1: x1, title: title, titleX: titleX, row: 0))
    }
    // Bands in time order, so that neighbours alternate tints.
    bands.sort { $0.x0 != $1.x0 ? $0.x0 < $1.x0 : $0.x1 < $1.x1 }
    let extents = bands.map { $0.titleX...($0.titleX + $0.title.width) }
    for (index, row) in LaneAssignment.assign(extents, gap: Self.titleGap).enumerated() { bands[index].row = row }
    let rows = (bands.map(\.row).max() ?? -1) + 1
    var heights = [Double](repeating: 0, count: rows)
    for band in bands { heights[band.row] = max(heights[band.row], band.title.height + Self.titleInset) }
    return Plan(theme: theme, bands: bands, rowHeights: heights)
  }
}
