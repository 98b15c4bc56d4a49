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
/// them and name themselves on a line above the first. Every row stacks below the last, so nothing overlaps by construction.
struct VerticalLayout {
  let measurer: any TextMeasuring
  let options: LayoutOptions

  func layout(_ timeline: Timeline) -> TimelineLayoutResult {
    let theme = options.theme
    let width = options.width
    let left = theme.margin
    let right = width - theme.margin
    let zone = DisplayZone(identifier: timeline.timezone) ?? .utc
    var builder = SceneBuilder(measurer: measurer, canvas: Rect(x: 0, y: 0, width: width, height: 0))
    let colors = CategoryColors(timeline: timeline, theme: theme)
    var y = theme.margin * 0.85
    y = HeaderLayout(theme: theme, left: left, right: right).draw(timeline, colors: colors, top: y, into: &builder)
    y += 24

    let spans = timeline.events.map { EventSpan(event: $0, zone: zone) }
      .sorted { $0.start != $1.start ? $0.start < $1.start : $0.event.index < $1.event.index }
    let times = spans.map(\.start) + spans.map(\.end)
    let domain = (times.min() ?? 0)...(times.max() ?? 1)
    let labeler = TickLabeler(domain: domain)
    let dates = DateText(showYear: false, labeler: labeler)
    let headingUnit: CalendarUnit =
      domain.upperBound - domain.lowerBound > 3 * 365 * 86_400
      ? .year
      : domain.upperBound - domain.lowerBound > 2 * 86_400 ? .month : .day

    let dateFont = theme.font(theme.labelDateSize + 1, .semibold)
    let titleFont = theme.font(theme.labelSize, .semibold)
    let descriptionFont = theme.font(theme.labelSize * 0.9)
    let headingFont = theme.font(theme.contextSize + 1, .bold)
    let dateColumn = min(220, (right - left) * 0.28)
    let lineX = left + dateColumn + 16
    let textX = lineX + 18
    let textWidth = max(60, right - textX)
    let periodSpans = zip(timeline.periods, PreparedTimeline(timeline).periods).map {
      (period: $0, start: $1.start, end: $1.end)
    }

    struct Row {
      var span: EventSpan
      var top: Double
      var bottom: Double
      var markerY: Double
    }
    var rows: [Row] = []
    var lastHeading: String?
    var items: [SceneItem] = []
    let periodFont = theme.font(theme.periodTitleSize, .semibold)
    var periodTops = [Double?](repeating: nil, count: periodSpans.count)
    for span in spans {
      let event = span.event
      let heading = headingText(span.start, unit: headingUnit, labeler: labeler)
      if heading != lastHeading {
        y += rows.isEmpty ? 0 : 14
        let block = builder.wrapped(heading, font: headingFont, maxWidth: right - left, maxLines: 1)
        y = builder.draw(block, at: Point(x: left, y: y), font: headingFont, color: theme.ink, role: .axis).maxY + 8
        lastHeading = heading
      }
      // A period names itself on a line of its own above the first row it covers.
      for (index, entry) in periodSpans.enumerated()
      where periodTops[index] == nil && span.start >= entry.start && span.start < entry.end {
        periodTops[index] = y - 6
        let when = dates.range(entry.period.start, entry.period.end, approximate: entry.period.approximate)
        let block = builder.wrapped(
          "\(entry.period.title) · \(when)", font: periodFont, maxWidth: textWidth, maxLines: 1)
        y =
          builder.draw(block, at: Point(x: textX, y: y), font: periodFont, color: theme.periodInk, role: .period).maxY
          + 6
      }
      let dateText =
        span.isRange
        ? dates.of(event.time, approximate: event.approximate)
        : dates.point(event.time.start, approximate: event.approximate)
      let date = builder.wrapped(dateText, font: dateFont, maxWidth: dateColumn, maxLines: 2)
      let title = builder.wrapped(
        event.title, font: titleFont, maxWidth: textWidth, maxLines: 4)
      var description: TextBlock?
      if let text = event.description, !text.isEmpty {
        description = builder.wrapped(text, font: descriptionFont, maxWidth: textWidth, maxLines: 6)
      }
      let top = y
      let color = colors.color(for: event.category)
      builder.draw(
        date, at: Point(x: left + dateColumn, y: top), font: dateFont, color: color.readable(on: theme.background),
        alignRight: true, role: nil)
      var textBottom = builder.draw(title, at: Point(x: textX, y: top), font: titleFont, color: theme.ink, role: nil)
        .maxY
      if let description {
        textBottom =
          builder.draw(
            description, at: Point(x: textX, y: textBottom + 2), font: descriptionFont, color: theme.mutedInk,
            role: nil
          ).maxY
      }
      let bottom = max(textBottom, top + date.height)
      let markerY = top + title.ascent * 0.62
      rows.append(Row(span: span, top: top, bottom: bottom, markerY: markerY))
      let textBox = Rect(x: textX, y: top, width: max(title.width, description?.width ?? 0), height: textBottom - top)
      builder.geometry.pointLabels.append(
        LayoutGeometry.PointLabel(
          eventIndex: event.index, members: [event.index], clusterID: nil, anchor: Point(x: lineX, y: markerY),
          box: textBox, textBox: textBox, side: .below, crossesStems: false))
      if span.isRange {
        items.append(
          .fill(
            .roundedRect(Rect(x: lineX - 3.5, y: top + 2, width: 7, height: max(12, bottom - top - 4)), radius: 3.5),
            .solid(color)))
      } else {
        items.append(.fill(.circle(center: Point(x: lineX, y: markerY), radius: 8), .solid(theme.background)))
        items.append(.fill(.circle(center: Point(x: lineX, y: markerY), radius: 6), .solid(color)))
      }
      y = bottom + 16
    }
    // The line behind the markers, and period tints behind the rows they cover.
    var background: [SceneItem] = []
    for (index, entry) in periodSpans.enumerated() {
      let covered = rows.filter { $0.span.start >= entry.start && $0.span.start < entry.end }
      guard let top = periodTops[index], let last = covered.last else { continue }
      let band = Rect(x: lineX - 12, y: top, width: right - lineX + 12, height: last.bottom - top + 6)
      background.append(.fill(.rect(band), .solid(theme.periodFill)))
    }
    if let first = rows.first, let last = rows.last {
      background.append(
        .fill(
          .rect(Rect(x: lineX - 1, y: first.markerY, width: 2, height: max(0, last.markerY - first.markerY))),
          .solid(theme.ribbonAltFill)))
    }
    builder.items.insert(contentsOf: background, at: 0)
    builder.items += items
    if rows.isEmpty {
      let block = builder.wrapped("No events", font: titleFont, maxWidth: right - left, maxLines: 1)
      y = builder.draw(block, at: Point(x: left, y: y), font: titleFont, color: theme.mutedInk, role: .axis).maxY + 16
    }
    y = FooterLayout(theme: theme, left: left, right: right).draw(timeline, colors: colors, top: y + 8, into: &builder)
    return builder.finish(timeline: timeline, theme: theme, width: width, contentBottom: y, report: [])
  }

  private func headingText(_ t: AxisTime, unit: CalendarUnit, labeler: TickLabeler) -> String {
    let d = CivilDateTime(axisTime: t)
    switch unit {
    case .year: return labeler.yearText(d.year)
    case .day:
      return labeler.contextLabels(at: CalendarInterval(.day).floor(t), interval: CalendarInterval(.day)).first ?? ""
    default:
      return "\(TickLabeler.monthNames[d.month - 1]) \(labeler.yearText(d.year))"
    }
  }
}
