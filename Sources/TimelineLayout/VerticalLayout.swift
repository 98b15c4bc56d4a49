import TimeAxis
import TimelineModel
import TimelineScene

/// The vertical timeline: one row per event in date order, dates on the left of a vertical
/// line, titles and descriptions on the right.
///
/// ```text
///   January 2022
///          2 Jan  ●  Protests break out over a sudden surge in LPG prices
///                 │  Nationwide protests begin, triggered by …
///      ~2–9 Jan   ┃  Protests intensify; hundreds detained, many injured
/// ```
///
/// Rows are spaced evenly, not by time: a heading row marks each new month (or year, or
/// day, by the spread of the dates). Periods tint the rows of the events that begin within
/// them and name themselves on a line above the first. Every row stacks below the last, so
/// nothing overlaps by construction. Titles are shown whole up to seven lines, like the
/// horizontal labels; period titles wrap.
struct VerticalLayout {
  let measurer: any TextMeasuring
  let options: LayoutOptions

  /// One event's row: where it sits and where its marker is.
  struct Row {
    var span: EventSpan
    var top: Double
    var bottom: Double
    var markerY: Double
  }

  /// The columns of the list: dates right-aligned on the left, the line, then the text.
  struct Columns {
    var left: Double
    var right: Double
    var dateColumn: Double
    var gaps: Theme.Gaps.List
    var lineX: Double { left + dateColumn + gaps.dateToLine }
    var textX: Double { lineX + gaps.lineToText }
    var textWidth: Double { max(60, right - textX) }

    init(left: Double, right: Double, gaps: Theme.Gaps.List) {
      self.left = left
      self.right = right
      self.gaps = gaps
      dateColumn = min(220, (right - left) * 0.28)
    }
  }

  /// The space below each row, whatever its text: the layout is at least this many units tall
  /// per event, which ``TimelineLayoutEngine/minimumHeight(of:options:)`` promises before any text is
  /// measured.
  static let rowGap = 16.0
  /// The most lines an event's title takes before it is shortened: more than a horizontal
  /// label's ``PointLabelLayout/maximumTitleLines``, since a list only grows longer, and a
  /// narrow column wraps a sentence onto many lines.
  static let maximumTitleLines = 16
  /// The most lines an event's description takes before it is shortened.
  static let maximumDescriptionLines = 12

  func layout(_ timeline: Timeline) -> TimelineLayoutResult {
    let theme = options.theme
    let width = options.width
    let gaps = theme.gaps.list
    let columns = Columns(left: theme.margin, right: width - theme.margin, gaps: gaps)
    let zone = DisplayZone(identifier: timeline.timezone) ?? .utc
    var builder = SceneBuilder(measurer: measurer, canvas: Rect(x: 0, y: 0, width: width, height: 0))
    let colors = CategoryColors(timeline: timeline, theme: theme)
    let header = HeaderLayout(theme: theme, left: columns.left, right: columns.right)
    var y = header.drawTitle(timeline, top: theme.margin * 0.85, into: &builder)
    let runningHead = builder.items
    let continuationTop = y + (runningHead.isEmpty ? 0 : gaps.runningHeadToContent)
    y = header.drawRest(timeline, colors: colors, top: y, into: &builder)
    y += gaps.headerToRows

    let spans = timeline.events.map { EventSpan(event: $0, zone: zone) }
      .sorted { $0.start != $1.start ? $0.start < $1.start : $0.event.index < $1.event.index }
    let times = spans.map(\.start) + spans.map(\.end)
    let domain = (times.min() ?? 0)...(times.max() ?? 1)
    let formatter = CalendarFormatter(domain: domain, zone: zone, showsYear: false)
    let dates = DateText(formatter: formatter)
    let headingUnit: CalendarUnit =
      domain.upperBound - domain.lowerBound > 3 * 365 * 86_400
      ? .year
      : domain.upperBound - domain.lowerBound > 2 * 86_400 ? .month : .day
    let headingFont = theme.font(theme.contextSize + 1, .bold)
    let periodFont = theme.font(theme.periodTitleSize, .semibold)
    let periodSpans = zip(timeline.periods, PreparedTimeline(timeline).periods).map {
      (period: $0, start: $1.start, end: $1.end)
    }

    var rows: [Row] = []
    var lastHeading: String?
    var heading = PageBreaks.Place(y: 0)
    var places: [PageBreaks.Place] = []
    var markers: [SceneItem] = []
    var periodTops = [Double?](repeating: nil, count: periodSpans.count)
    var headingBoxes: [Rect] = []
    for span in spans {
      let headingText = headingText(span.start, unit: headingUnit, formatter: formatter)
      // A page may end above each row, or above the heading or period title that opens it,
      // halfway through the gap; it then repeats the heading in force.
      if headingText != lastHeading {
        y += rows.isEmpty ? 0 : gaps.aboveHeading
        if !rows.isEmpty { places.append(PageBreaks.Place(y: y - Self.rowGap / 2)) }
        let first = builder.items.count
        let block = builder.wrapped(
          headingText, font: headingFont, maxWidth: columns.right - columns.left, maxLines: 1)
        let top = y
        let box = builder.draw(
          block, at: Point(x: columns.left, y: y), font: headingFont, color: theme.ink, role: .axis)
        headingBoxes.append(box)
        y = box.maxY + gaps.headingToRows
        heading = PageBreaks.Place(
          y: 0, heading: Array(builder.items[first...]), headingTop: top, headingHeight: y - top)
        lastHeading = headingText
      } else {
        places.append(
          PageBreaks.Place(
            y: y - Self.rowGap / 2, heading: heading.heading, headingTop: heading.headingTop,
            headingHeight: heading.headingHeight))
      }
      // A period names itself on a line of its own above the first row it covers.
      for (index, entry) in periodSpans.enumerated()
      where periodTops[index] == nil && span.start >= entry.start && span.start < entry.end {
        periodTops[index] = y - gaps.periodBandPadding
        let when = dates.range(entry.period.start, entry.period.end, approximate: entry.period.approximate)
        let block = builder.wrapped(
          "\(entry.period.title) · \(when)", font: periodFont, maxWidth: columns.textWidth, maxLines: 4)
        y =
          builder.draw(
            block, at: Point(x: columns.textX, y: y), font: periodFont, color: theme.periodInk, role: .period
          ).maxY + gaps.periodTitleToRow
      }
      let row = drawRow(span, top: y, columns: columns, dates: dates, colors: colors, into: &builder)
      markers += marker(row, columns: columns, color: colors.color(for: span.event.category))
      rows.append(row)
      y = row.bottom + Self.rowGap
    }
    builder.items.insert(
      contentsOf: background(rows, periods: periodSpans, tops: periodTops, headings: headingBoxes, columns: columns),
      at: 0)
    builder.items += markers
    if rows.isEmpty {
      let font = theme.font(theme.labelSize, .semibold)
      let block = builder.wrapped("No events", font: font, maxWidth: columns.right - columns.left, maxLines: 1)
      y =
        builder.draw(block, at: Point(x: columns.left, y: y), font: font, color: theme.mutedInk, role: .axis).maxY
        + theme.gaps.emptyNote.below
    }
    y = FooterLayout(theme: theme, left: columns.left, right: columns.right).draw(
      timeline, colors: colors, top: y + gaps.rowsToFooter, into: &builder)
    var result = builder.finish(timeline: timeline, theme: theme, width: width, contentBottom: y, report: [])
    result.scene.pageBreaks = PageBreaks(runningHead: runningHead, contentTop: continuationTop, places: places)
    return result
  }

  /// Draws one event: its date right-aligned in the date column, its title (whole, up to
  /// ``maximumTitleLines``) and description beside the line.
  private func drawRow(
    _ span: EventSpan, top: Double, columns: Columns, dates: DateText, colors: CategoryColors,
    into builder: inout SceneBuilder
  ) -> Row {
    let theme = options.theme
    let event = span.event
    let dateFont = theme.font(theme.labelDateSize + 1, .semibold)
    let titleFont = theme.font(theme.labelSize, .semibold)
    let descriptionFont = theme.font(theme.labelSize * 0.9)
    let dateText =
      span.isRange
      ? dates.of(event.time, approximate: event.approximate)
      : dates.point(event.time.start, approximate: event.approximate)
    let date = builder.wrapped(dateText, font: dateFont, maxWidth: columns.dateColumn, maxLines: 2)
    let fullTitle = builder.measurer.measure(event.title, font: titleFont, maxWidth: columns.textWidth)
    let title = builder.wrapped(
      event.title, font: titleFont, maxWidth: columns.textWidth, maxLines: Self.maximumTitleLines)
    var description: TextBlock?
    if let text = event.description, !text.isEmpty {
      description = builder.wrapped(
        text, font: descriptionFont, maxWidth: columns.textWidth, maxLines: Self.maximumDescriptionLines)
    }
    let color = colors.color(for: event.category)
    builder.draw(
      date, at: Point(x: columns.left + columns.dateColumn, y: top), font: dateFont,
      color: color.readable(on: theme.background), alignRight: true, role: nil)
    var textBottom = builder.draw(
      title, at: Point(x: columns.textX, y: top), font: titleFont, color: theme.ink, role: nil
    ).maxY
    if let description {
      textBottom =
        builder.draw(
          description, at: Point(x: columns.textX, y: textBottom + columns.gaps.titleToDescription),
          font: descriptionFont, color: theme.mutedInk,
          role: nil
        ).maxY
    }
    let bottom = max(textBottom, top + date.height)
    let markerY = top + title.ascent * MarkShapes.dotHeightInText
    let textBox = Rect(
      x: columns.textX, y: top, width: max(title.width, description?.width ?? 0), height: textBottom - top)
    builder.geometry.pointLabels.append(
      LayoutGeometry.PointLabel(
        eventIndex: event.index, members: [event.index], clusterID: nil, anchor: Point(x: columns.lineX, y: markerY),
        box: textBox, textBox: textBox, side: .below, crossesStems: false,
        lines: date.lines.map(\.text) + title.lines.map(\.text),
        shortened: fullTitle.lines.count > Self.maximumTitleLines))
    return Row(span: span, top: top, bottom: bottom, markerY: markerY)
  }

  /// A dot on the line for a date, a rounded bar down the row for a range.
  private func marker(_ row: Row, columns: Columns, color: Color) -> [SceneItem] {
    let theme = options.theme
    if row.span.isRange {
      let width = MarkShapes.listBarWidth
      let inset = MarkShapes.listBarInset
      let bar = Rect(
        x: columns.lineX - width / 2, y: row.top + inset, width: width,
        height: max(MarkShapes.listBarMinimumHeight, row.bottom - row.top - 2 * inset))
      return [.fill(.roundedRect(bar, radius: width / 2), .solid(color))]
    }
    let center = Point(x: columns.lineX, y: row.markerY)
    return [
      .fill(.circle(center: center, radius: MarkShapes.listDotRadius + MarkShapes.ringWidth), .solid(theme.background)),
      .fill(.circle(center: center, radius: MarkShapes.listDotRadius), .solid(color)),
    ]
  }

  /// The line behind the markers, and period tints behind the rows they cover.
  private func background(
    _ rows: [Row], periods: [(period: Period, start: AxisTime, end: AxisTime)], tops: [Double?], headings: [Rect],
    columns: Columns
  ) -> [SceneItem] {
    let theme = options.theme
    var items: [SceneItem] = []
    for (index, entry) in periods.enumerated() {
      let covered = rows.filter { $0.span.start >= entry.start && $0.span.start < entry.end }
      guard let top = tops[index], let last = covered.last else { continue }
      let band = Rect(
        x: columns.lineX - columns.gaps.periodBandOverhang, y: top,
        width: columns.right - columns.lineX + columns.gaps.periodBandOverhang,
        height: last.bottom - top + columns.gaps.periodBandPadding)
      items.append(.fill(.rect(band), .solid(theme.periodFill)))
    }
    if let first = rows.first, let last = rows.last {
      for segment in Self.spine(from: first.markerY, to: last.markerY, x: columns.lineX, around: headings) {
        items.append(.fill(.rect(segment), .solid(theme.ribbonAltFill)))
      }
    }
    return items
  }

  /// The line the markers sit on, from `top` to `bottom` at `x`, 2 wide: in pieces that stop
  /// short of each heading long enough to reach it (a month name in a narrow list), so that
  /// no line runs through a heading.
  static func spine(from top: Double, to bottom: Double, x: Double, around headings: [Rect]) -> [Rect] {
    let halfWidth = 1.0
    let clearance = 4.0
    let gaps = headings.filter { $0.minX < x + halfWidth && $0.maxX > x - halfWidth }
      .map { ($0.minY - clearance, $0.maxY + clearance) }
      .sorted { $0.0 < $1.0 }
    func piece(_ from: Double, _ to: Double) -> Rect {
      Rect(x: x - halfWidth, y: from, width: 2 * halfWidth, height: to - from)
    }
    var pieces: [Rect] = []
    var start = top
    for (gapTop, gapBottom) in gaps where gapBottom > start && gapTop < bottom {
      if gapTop > start { pieces.append(piece(start, gapTop)) }
      start = max(start, gapBottom)
    }
    if bottom > start { pieces.append(piece(start, bottom)) }
    return pieces
  }

  private func headingText(_ t: AxisTime, unit: CalendarUnit, formatter: CalendarFormatter) -> String {
    let d = formatter.zone.civil(at: t)
    switch unit {
    case .year: return formatter.year(d.year)
    case .day:
      return formatter.contextLabels(
        at: CalendarInterval(.day).floor(t, in: formatter.zone), interval: CalendarInterval(.day)
      ).first ?? ""
    default:
      return formatter.month(d.month, of: d.year)
    }
  }
}
