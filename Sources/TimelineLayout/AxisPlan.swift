import TimeAxis
import TimelineScene

/// The horizontal axis of a timeline: the scale, the tick interval, and the labels that fit.
///
/// Guarantee: every cell label fits inside its cell and every context label inside its span,
/// so axis texts never overlap each other. If no interval's labels fit, cells go unlabelled
/// rather than overlap.
struct AxisPlan {
  struct Cell {
    var start: Double
    var end: Double
    var label: TextLine?
    var centred: Bool
  }

  struct ContextSpan {
    var start: Double
    var end: Double
    var label: TextLine?
  }

  var scale: TimeScale
  var interval: CalendarInterval
  var cells: [Cell]
  var context: [ContextSpan]

  static let cellPadding = 6.0
  static let minimumSpacing = 56.0
  /// The cell width the tick choice aims at; labels that do not fit push it coarser.
  static let targetSpacing = 140.0
  static let maximumCells = 400

  /// Plans an axis showing `extent` across `xRange`.
  ///
  /// `bounds`, for a segment between breaks, is how far its padding may reach (half way to
  /// its neighbours). `finestUnit` is the finest unit the dates are written in (`.day` for day-precision
  /// dates); no finer ticks are used. `lastAnchor` is the latest point-event anchor: the axis gets extra cells on the right
  /// until it stands at least `roomAfterLastAnchor` from the end, so that its label can flag
  /// to the right of its stem.
  static func plan(
    extent: ClosedRange<AxisTime>, xRange: ClosedRange<Double>, lastAnchor: AxisTime?, roomAfterLastAnchor: Double,
    finestUnit: CalendarUnit, bounds: ClosedRange<AxisTime>? = nil, zone: DisplayZone,
    measurer: any TextMeasuring, theme: Theme
  ) -> AxisPlan {
    var lo = extent.lowerBound
    var hi = extent.upperBound
    if !(hi > lo) {
      lo -= 43_200
      hi += 43_200
    }
    let natural = TimeScale(domain: lo...hi, range: xRange)
    let targetCount = (xRange.upperBound - xRange.lowerBound) / targetSpacing
    // Ticks never go finer than the dates themselves: days need no hours, years no months.
    let candidates = TickIntervalTable.candidates(span: hi - lo, targetCount: targetCount)
      .filter { $0.unit >= finestUnit }
    let cellFont = theme.font(theme.axisSize, .medium)
    var fallback: AxisPlan?
    for interval in candidates {
      var start = interval.floor(interval.floor(lo, in: zone) - 1, in: zone)
      var end = interval.next(interval.ceil(hi, in: zone), in: zone)
      if let lastAnchor {
        let room = min(roomAfterLastAnchor, (xRange.upperBound - xRange.lowerBound) / 3)
        var extra = 0
        while extra < 50, end < (bounds?.upperBound ?? .infinity),
          TimeScale(domain: start...end, range: xRange).position(of: lastAnchor) > xRange.upperBound - room
        {
          end = interval.next(end, in: zone)
          extra += 1
        }
      }
      // A segment between breaks stops short of its neighbours: its end cells may be partial.
      if let bounds {
        start = max(start, min(bounds.lowerBound, lo))
        end = min(end, max(bounds.upperBound, hi))
      }
      let ticks = interval.ticks(from: start, through: end, limit: maximumCells + 2, in: zone)
      guard ticks.count <= maximumCells + 1, let last = ticks.last, last >= end else { continue }
      let scale = TimeScale(domain: start...end, range: xRange)
      let formatter = CalendarFormatter(domain: start...end, zone: zone)
      // Each cell: its aligned tick (for the label) and its clamped extent (for geometry).
      let cellTimes = zip(ticks, ticks.dropFirst()).compactMap {
        a, b -> (tick: AxisTime, from: AxisTime, to: AxisTime)? in
        let from = max(a, start)
        let to = min(b, end)
        return to > from ? (a, from, to) : nil
      }
      let widths = cellTimes.map { scale.position(of: $0.to) - scale.position(of: $0.from) }
      let partial = cellTimes.map { $0.from > $0.tick || $0.to < interval.next($0.tick, in: zone) }
      let centred = CalendarFormatter.labelsCentreInCell(interval)
      var plan = AxisPlan(scale: scale, interval: interval, cells: [], context: [])
      plan.cells = cellTimes.map { cell in
        Cell(start: scale.position(of: cell.from), end: scale.position(of: cell.to), label: nil, centred: centred)
      }
      if fallback == nil { fallback = plan }
      let fullWidths = zip(widths, partial).filter { !$0.1 }.map(\.0)
      guard (fullWidths.reduce(0, +) / Double(max(1, fullWidths.count))) >= minimumSpacing * 0.7 else { continue }
      let alternatives = cellTimes.map { formatter.cellLabels(at: $0.tick, interval: interval) }
      let depth = alternatives.map(\.count).min() ?? 0
      var chosen: [TextLine?]?
      for level in 0..<depth {
        let lines = alternatives.map { measurer.measure($0[level], font: cellFont, maxWidth: nil).lines[0] }
        let fits = zip(lines, widths).map { $0.width + 2 * cellPadding <= $1 }
        if zip(fits, partial).allSatisfy({ $0 || $1 }) {
          chosen = zip(lines, fits).map { $1 ? $0 : nil }
          break
        }
      }
      guard let chosen else { continue }
      for index in plan.cells.indices { plan.cells[index].label = chosen[index] }
      plan.context = contextSpans(
        interval: interval, scale: scale, formatter: formatter, measurer: measurer, theme: theme)
      return plan
    }
    return fallback
      ?? AxisPlan(
        scale: natural, interval: CalendarInterval(.year, 1000), cells: [], context: [])
  }

  private static func contextSpans(
    interval: CalendarInterval, scale: TimeScale, formatter: CalendarFormatter, measurer: any TextMeasuring,
    theme: Theme
  ) -> [ContextSpan] {
    guard let parent = CalendarFormatter.contextInterval(for: interval) else { return [] }
    let zone = formatter.zone
    let lo = scale.domain.lowerBound
    let hi = scale.domain.upperBound
    let font = theme.font(theme.contextSize, .semibold)
    let showZone = interval.unit < .day
    return parent.ticks(from: lo, through: hi, limit: maximumCells, in: zone).compactMap { t -> ContextSpan? in
      let spanStart = max(t, lo)
      let spanEnd = min(parent.next(t, in: zone), hi)
      guard spanEnd > spanStart else { return nil }
      let x0 = scale.position(of: spanStart)
      let x1 = scale.position(of: spanEnd)
      let alternatives = formatter.contextLabels(at: t, interval: parent, namingZone: showZone)
      let label = alternatives.lazy
        .map { measurer.measure($0, font: font, maxWidth: nil).lines[0] }
        .first { $0.width + 2 * cellPadding <= x1 - x0 }
      return ContextSpan(start: x0, end: x1, label: label)
    }
  }
}
