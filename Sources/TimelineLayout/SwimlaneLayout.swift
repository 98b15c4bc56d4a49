import TimeAxis
import TimelineModel
import TimelineScene

/// `groupBy: .category`: the axis on top, then one lane per category in legend order (ids
/// used without a definition next, and "Other" for events without a category). In each lane: its name, its ranges as bars,
/// and its point events as markers on a line with their labels hanging below it.
///
/// Each lane is laid out like the space below the main axis, so the same guarantees hold:
/// lanes stack without overlapping, and within a lane labels, bars and stems keep clear.
struct SwimlaneLayout {
  let theme: Theme
  let left: Double
  let right: Double
  let grouping: PointGrouping
  let labelLayout: PointLabelLayout
  let barLayout: RangeBarLayout
  let colors: CategoryColors
  /// The most height one lane's labels may take before they are clustered.
  let maximumZone: Double

  mutating func layout(
    _ timeline: Timeline, points: [EventSpan], ranges: [EventSpan], axis: AxisMap,
    periodSpans: [(start: AxisTime, end: AxisTime)], dates: DateText, top: Double, builder: SceneBuilder,
    report: [String]
  ) -> TimelineLayoutResult {
    var builder = builder
    var report = report
    var lanes: [(title: String, id: String?)] = timeline.categories.map { ($0.label, $0.id) }
    lanes += CategoryColors.undefinedCategories(timeline).map { (TextSanitizer.clean($0), $0) }
    if timeline.events.contains(where: { $0.category == nil }) { lanes.append(("Other", nil)) }
    func belongs(_ span: EventSpan, to id: String?) -> Bool { span.event.category == id }
    let periods = PeriodLayout(theme: theme, scale: axis, right: right, dates: dates)
      .plan(timeline.periods, spans: periodSpans, builder: builder)
    var y = top
    let periodTop = y
    y += periods.stripHeight
    let ribbonTop = y
    let ribbon = AxisRibbon(theme: theme, map: axis)
    let gaps = theme.gaps.lanes
    y += ribbon.height + gaps.axisToFirstLane

    struct PlannedLane {
      var title: String
      var color: Color
      var top: Double
      var bars: RangeBarLayout.Plan
      var barsTop: Double
      var markerLine: Double
      var labelTop: Double
      var labels: PointLabelLayout.Plan
      var bottom: Double
    }
    var planned: [PlannedLane] = []
    let titleFont = theme.font(theme.contextSize + 1, .bold)
    let titleHeight = builder.measurer.measure("0", font: titleFont, maxWidth: nil).lineHeight
    for lane in lanes {
      let lanePoints = points.filter { belongs($0, to: lane.id) }
      let laneRanges = ranges.filter { belongs($0, to: lane.id) }
      guard !lanePoints.isEmpty || !laneRanges.isEmpty else { continue }
      let bars = barLayout.plan(laneRanges, colors: colors, builder: builder)
      let (labels, folds) = PointFolding.plan(
        lanePoints, grouping: grouping, labelLayout: labelLayout, blockedBelow: [], belowOnly: true,
        budget: maximumZone, builder: builder)
      report += LayoutReport.describe(labels: labels, folds: folds, timeline: timeline).map { "\(lane.title): \($0)" }
      let laneTop = y
      let barsTop = laneTop + titleHeight + gaps.titleToBars
      let markerLine =
        barsTop + bars.height + (bars.laneCount > 0 ? gaps.barsToMarkers : 0)
        + (lanePoints.isEmpty ? 0 : gaps.aboveMarkers)
      let labelTop = markerLine + gaps.markersToLabels + labels.leaderZone(.below)
      let bottom = lanePoints.isEmpty ? markerLine : labelTop + labels.height(.below)
      planned.append(
        PlannedLane(
          title: lane.title, color: colors.color(for: lane.id), top: laneTop, bars: bars, barsTop: barsTop,
          markerLine: markerLine, labelTop: labelTop, labels: labels, bottom: bottom))
      y = bottom + gaps.betweenLanes
    }
    let plotBottom = y - gaps.betweenLanes + gaps.underLastLane
    periods.drawBands(top: periodTop, bottom: plotBottom, into: &builder)
    ribbon.drawCells(top: ribbonTop, into: &builder)
    ribbon.drawBreaks(top: ribbonTop, into: &builder)
    ribbon.drawContext(top: ribbonTop, into: &builder)
    for (index, lane) in planned.enumerated() {
      if index > 0 {
        builder.fill(
          Rect(x: left, y: lane.top - gaps.betweenLanes / 2, width: right - left, height: 1), theme.ribbonAltFill)
      }
      let block = builder.wrapped(lane.title, font: titleFont, maxWidth: right - left, maxLines: 1)
      builder.draw(
        block, at: Point(x: left, y: lane.top), font: titleFont, color: lane.color.readable(on: theme.background),
        role: .legend)
      if !lane.labels.labels.isEmpty {
        builder.fill(Rect(x: left, y: lane.markerLine - 0.75, width: right - left, height: 1.5), theme.ribbonFill)
      }
      let frame = PointLabelLayout.Plan.Frame(
        markerAbove: lane.markerLine, markerBelow: lane.markerLine, bendAbove: lane.markerLine,
        baselineAbove: lane.markerLine, bendBelow: lane.markerLine + theme.gaps.bendOffset, bendEndBelow: lane.labelTop,
        baselineBelow: lane.labelTop)
      lane.labels.drawLeaders(frame: frame, into: &builder)
      lane.bars.draw(top: lane.barsTop, into: &builder)
      lane.labels.drawLabels(frame: frame, into: &builder)
    }
    periods.drawTitles(top: periodTop, into: &builder)
    y = FooterLayout(theme: theme, left: left, right: right).draw(
      timeline, colors: colors, top: plotBottom + theme.gaps.plotToFooter, into: &builder)
    return builder.finish(
      timeline: timeline, theme: theme, width: right + theme.margin, contentBottom: y, report: report)
  }
}
