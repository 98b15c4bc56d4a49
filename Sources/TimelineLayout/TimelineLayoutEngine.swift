import TimeAxis
import TimelineModel
import TimelineScene

/// The result of laying out a timeline: the scene to draw and the geometry behind it.
public struct TimelineLayoutResult: Equatable, Sendable {
  /// What to draw.
  public var scene: Scene
  /// Where the layout put each label, bar and text.
  public var geometry: LayoutGeometry
  /// What the layout had to do to fit: wrapped, shortened, raised or clustered labels.
  /// One sentence a line; empty when everything fitted as it was.
  public var report: [String]
}

extension TimelineLayoutResult {
  /// Makes the canvas `height` tall (a fixed `--height`), or says in the report that the
  /// content needed more, whatever the orientation.
  mutating func extend(toHeight height: Double) {
    let fixed = height.rounded()
    if scene.height > fixed {
      report.append(
        "the timeline needs \(Int(scene.height)) px of height even with crowded stretches clustered; "
          + "the canvas is that tall instead of \(Int(fixed)) px")
      return
    }
    scene.height = fixed
    geometry.canvas.height = fixed
  }
}

/// Lays out a `Timeline` as a horizontal timeline `Scene`.
///
/// ```swift
/// let engine = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer())
/// let result = engine.layout(timeline)
/// result.scene.height   // grows with the content
/// ```
///
/// From top to bottom: title, subtitle and legend; period titles; point labels above the
/// axis; the axis ribbon (context row and tick cells); range bars in lanes; point labels
/// below; undated context notes and the source caption. The width is fixed by the options
/// and the height grows to fit, so nothing is clipped.
///
/// Guarantees: see ``LayoutGeometry``. The layout is a pure function of the timeline, the
/// options and the measurer: the same inputs give the same scene.
public struct TimelineLayoutEngine: Sendable {
  /// How text is measured (Pango in a renderer, a fixed advance in tests).
  public var measurer: any TextMeasuring
  /// The width, theme, orientation and grouping.
  public var options: LayoutOptions

  /// An engine measuring with `measurer`.
  public init(measurer: any TextMeasuring, options: LayoutOptions = LayoutOptions()) {
    self.measurer = measurer
    self.options = options
  }

  /// The scene and geometry of `timeline`, with a report of what had to give.
  ///
  /// Options outside their limits (``LayoutOptions/problems``) are laid out brought inside
  /// them, and the report says so; a renderer refuses them instead.
  public func layout(_ timeline: Timeline) -> TimelineLayoutResult {
    let problems = options.problems
    if !problems.isEmpty {
      var result = TimelineLayoutEngine(measurer: measurer, options: options.clampedToLimits).layout(timeline)
      result.report.insert(contentsOf: problems.map { "\($0.description); laid out at the nearest limit" }, at: 0)
      return result
    }
    // Every text is made safe to draw once, here; the layouts below take it as it is.
    // Events built in code without an index are numbered by their place first.
    let timeline = TextSanitizer.cleaned(timeline.numberingEvents())
    var result =
      options.orientation == .vertical
      ? VerticalLayout(measurer: measurer, options: options).layout(timeline) : horizontalLayout(timeline)
    let names = EventDateNames(timeline)
    result.scene.summary = AltText.summary(ofCleaned: timeline, names: names)
    result.scene.regions = SceneRegions.regions(
      of: timeline, names: names, geometry: result.geometry, fullWidthRows: options.orientation == .vertical)
    if let height = options.height { result.extend(toHeight: height) }
    return result
  }

  /// A height the layout of `timeline` is sure to reach, known before any text is measured:
  /// a vertical list takes at least `VerticalLayout.rowGap` per event (a fixed `--height` is
  /// only ever exceeded). Lets a renderer refuse a document too large for its format before
  /// spending the layout's time on it; 0 when nothing is known.
  public static func minimumHeight(of timeline: Timeline, options: LayoutOptions) -> Double {
    let content = options.orientation == .vertical ? Double(timeline.events.count) * VerticalLayout.rowGap : 0
    return max(content, options.height ?? 0)
  }

  private func horizontalLayout(_ timeline: Timeline) -> TimelineLayoutResult {
    let theme = options.theme
    let width = options.width
    let left = theme.margin
    let right = width - theme.margin
    let prepared = PreparedTimeline(timeline)
    let placedEvents = prepared.events
    let periodSpans = prepared.periods
    let scale = axisMap(
      extent: prepared.extent, left: left, right: right, lastAnchor: prepared.lastAnchor, zone: prepared.zone,
      timeline: timeline, intervals: prepared.intervals, anchors: placedEvents.map(\.anchor))
    let axis = scale
    let dates = DateText(
      formatter: CalendarFormatter(domain: scale.domain, zone: prepared.zone, showsYear: prepared.spansYears))
    let colors = CategoryColors(timeline: timeline, theme: theme)

    var builder = SceneBuilder(measurer: measurer, canvas: Rect(x: 0, y: 0, width: width, height: 0))

    // Header.
    var y = theme.margin * 0.85
    y = HeaderLayout(theme: theme, left: left, right: right).draw(
      timeline, colors: colors, top: y, into: &builder)
    y += theme.gaps.headerToPlot

    // Nothing dated: no axis to invent, just say so.
    if prepared.isEmpty {
      let font = theme.font(theme.labelSize)
      let note = builder.wrapped("This timeline has no events yet.", font: font, maxWidth: right - left, maxLines: 1)
      y =
        builder.draw(
          note, at: Point(x: left, y: y + theme.gaps.emptyNote.above), font: font, color: theme.mutedInk, role: .axis
        )
        .maxY + theme.gaps.emptyNote.below
      y = FooterLayout(theme: theme, left: left, right: right).draw(timeline, colors: colors, top: y, into: &builder)
      return builder.finish(
        timeline: timeline, theme: theme, width: width, contentBottom: y, report: ["the timeline has no events"])
    }
    // Content that is laid out horizontally first. Ranges that would need too many lanes are
    // drawn as markers spanning their dates, and grouped with the points.
    let barLayout = RangeBarLayout(theme: theme, scale: scale, left: left, right: right, dates: dates)
    let ranges = placedEvents.filter(\.isRange)
    let barsFit =
      ranges.count <= Self.maximumRangeBars
      && barLayout.plan(ranges, colors: colors, builder: builder).laneCount <= Self.maximumLanes
    func content(rangesAsBars: Bool) -> HorizontalContent {
      HorizontalContent(
        placedEvents, rangesAsBars: rangesAsBars, barLayout: barLayout, colors: colors, builder: builder)
    }
    let grouping = PointGrouping(
      scale: scale, left: left, right: right, dates: dates, colors: colors,
      cellStarts: FoldCells.starts(extent: prepared.extent, finestUnit: Self.finestUnit(timeline)), theme: theme,
      categoryRank: Dictionary(timeline.categories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }))
    let labelLayout = PointLabelLayout(theme: theme, left: left, right: right)
    if options.groupBy == .category {
      let lanesContent = content(rangesAsBars: barsFit)
      var lanes = SwimlaneLayout(
        theme: theme, left: left, right: right, grouping: grouping, labelLayout: labelLayout,
        barLayout: barLayout, colors: colors, maximumZone: max(500, width * 0.3))
      return lanes.layout(
        timeline, points: lanesContent.points, ranges: lanesContent.ranges, axis: axis, periodSpans: periodSpans,
        dates: dates, top: y, builder: builder, report: barsFit ? [] : [Self.markersNote(ranges.count)])
    }
    let periods = PeriodLayout(theme: theme, scale: scale, right: right, dates: dates)
      .plan(timeline.periods, spans: periodSpans, builder: builder)
    let ribbon = AxisRibbon(theme: theme, map: axis)
    func parts(_ labels: PointLabelLayout.Plan?, bars: RangeBarLayout.Plan, barsUnderLabels: Bool)
      -> HorizontalStack.Parts
    {
      HorizontalStack.Parts(
        periodStrip: periods.stripHeight, labelsAbove: labels?.height(.above) ?? 0,
        bendAbove: labels?.leaderZone(.above) ?? 0, ribbon: ribbon.height, ribbonContext: ribbon.contextHeight,
        lanes: bars.height, hasLanes: bars.laneCount > 0, labelsBelow: labels?.height(.below) ?? 0,
        bendBelow: labels?.leaderZone(.below) ?? 0, barsUnderLabels: barsUnderLabels)
    }
    // The height the labels may take: the page's budget less everything else.
    var scratch = builder
    let footerHeight = FooterLayout(theme: theme, left: left, right: right).draw(
      timeline, colors: colors, top: 0, into: &scratch)
    func arranged(_ content: HorizontalContent) -> HorizontalArrangement {
      let fixed =
        y
        + HorizontalStack.fixedHeight(parts: parts(nil, bars: content.bars, barsUnderLabels: false), gaps: theme.gaps)
        + theme.gaps.plotToFooter + footerHeight + theme.margin * 0.75
      let budget = max(0, options.maximumHeight - fixed)
      var arrangement = HorizontalArrangement(
        content: content,
        folding: PointFolding.plan(
          content.points, grouping: grouping, labelLayout: labelLayout, blockedBelow: content.bars.labelSpans,
          belowOnly: false, budget: budget, builder: builder),
        barsUnderLabels: false)
      // Range bars sit right under the axis, and leaders below pass between their labels.
      // Where that costs titles (the bars' labels leave leaders too little room), the bars go
      // under the labels below instead, and leaders pass no bars at all.
      if content.bars.laneCount > 0, arrangement.folding.labels.foldedCount > 0 {
        let free = PointFolding.plan(
          content.points, grouping: grouping, labelLayout: labelLayout, blockedBelow: [], belowOnly: false,
          budget: budget, builder: builder)
        if free.labels.foldedCount < arrangement.folding.labels.foldedCount {
          arrangement.folding = free
          arrangement.barsUnderLabels = true
        }
      }
      return arrangement
    }
    var arrangement = arranged(content(rangesAsBars: barsFit))
    var report: [String] = barsFit ? [] : [Self.markersNote(ranges.count)]
    // Bars take height; where titles would fold because of them, ranges drawn as markers
    // spanning their dates (as labelled points) may keep more titles whole.
    if barsFit, !ranges.isEmpty, arrangement.folding.labels.foldedCount > 0 {
      let markers = arranged(content(rangesAsBars: false))
      if markers.folding.labels.foldedCount < arrangement.folding.labels.foldedCount {
        arrangement = markers
        report.append(
          "\(ranges.count) ranges are drawn as markers spanning their dates, so that more titles show in full")
      }
    }
    let (labels, folds) = arrangement.folding
    let bars = arrangement.content.bars
    let barsUnderLabels = arrangement.barsUnderLabels
    report += LayoutReport.describe(labels: labels, folds: folds, timeline: timeline)

    let stack = HorizontalStack(
      top: y, parts: parts(labels, bars: bars, barsUnderLabels: barsUnderLabels), gaps: theme.gaps)
    periods.drawBands(top: stack.periodTop, bottom: stack.plotBottom, into: &builder)
    ribbon.drawCells(top: stack.ribbonTop, into: &builder)
    ribbon.drawBreaks(top: stack.ribbonTop, into: &builder)
    labels.drawLeaders(frame: stack.frame, into: &builder)
    ribbon.drawContext(top: stack.ribbonTop, into: &builder)
    bars.draw(top: stack.lanesTop, into: &builder)
    labels.drawLabels(frame: stack.frame, into: &builder)
    periods.drawTitles(top: stack.periodTop, into: &builder)

    y = FooterLayout(theme: theme, left: left, right: right).draw(
      timeline, colors: colors, top: stack.plotBottom + theme.gaps.plotToFooter, into: &builder)
    return builder.finish(timeline: timeline, theme: theme, width: width, contentBottom: y, report: report)
  }

  /// The axis: one segment, or several with the empty stretches between them cut out
  /// (`breaks: .auto`). Falls back to one segment if the segments' padded domains would touch.
  private func axisMap(
    extent: ClosedRange<AxisTime>, left: Double, right: Double, lastAnchor: AxisTime?, zone: DisplayZone,
    timeline: Timeline, intervals: [ClosedRange<AxisTime>], anchors: [AxisTime]
  ) -> AxisMap {
    let theme = options.theme
    let room = min(theme.labelMaxWidth, PointLabelLayout.comfortableFlagWidth) + theme.stemToText
    let finest = Self.finestUnit(timeline)
    let single = AxisMap(
      AxisPlan.plan(
        extent: extent, xRange: left...right, lastAnchor: lastAnchor, roomAfterLastAnchor: room,
        finestUnit: finest, zone: zone, measurer: measurer, theme: theme))
    guard options.breaks == .auto else { return single }
    let unitSeconds = CalendarInterval(finest).approximateDuration
    let extents = AxisBreaks.segments(
      intervals: intervals, anchors: anchors, width: right - left, breakWidth: Self.breakWidth,
      minimumSpan: 3 * unitSeconds)
    guard extents.count > 1 else { return single }
    let available = right - left - Self.breakWidth * Double(extents.count - 1)
    let widths = AxisBreaks.widths(extents, points: anchors, available: available)
    var x = left
    var plans: [AxisPlan] = []
    for (index, (segment, segmentWidth)) in zip(extents, widths).enumerated() {
      let isLast = index == extents.count - 1
      let lower = index == 0 ? -Double.infinity : (extents[index - 1].upperBound + segment.lowerBound) / 2
      let upper = isLast ? Double.infinity : (segment.upperBound + extents[index + 1].lowerBound) / 2
      plans.append(
        AxisPlan.plan(
          extent: segment, xRange: x...(x + segmentWidth), lastAnchor: isLast ? lastAnchor : nil,
          roomAfterLastAnchor: room, finestUnit: finest, bounds: lower...upper, zone: zone, measurer: measurer,
          theme: theme))
      x += segmentWidth + Self.breakWidth
    }
    for (a, b) in zip(plans, plans.dropFirst()) where a.scale.domain.upperBound > b.scale.domain.lowerBound {
      return single
    }
    return AxisMap(segments: plans)
  }

  /// The gap left on the axis where empty time was cut out.
  static let breakWidth = 28.0

  /// The finest calendar unit any date of the timeline is written in.
  static func finestUnit(_ timeline: Timeline) -> CalendarUnit {
    var finest: DatePrecision?
    func include(_ date: EventDate) { finest = max(finest ?? date.precision, date.precision) }
    for event in timeline.events {
      include(event.time.start)
      include(event.time.end)
    }
    for period in timeline.periods {
      include(period.start)
      include(period.end)
    }
    switch finest ?? .day {
    case .year: return .year
    case .month: return .month
    case .day: return .day
    case .minute: return .minute
    case .second: return .second
    }
  }

  /// More ranges than this are drawn as markers rather than bars.
  static let maximumRangeBars = 60

  /// The report's note for ranges drawn as markers because bars would need too many lanes.
  static func markersNote(_ count: Int) -> String {
    "\(count) ranges would need more than \(maximumLanes) lanes; they are drawn as markers spanning their dates"
  }
  /// Bars needing more lanes than this are drawn as markers instead.
  static let maximumLanes = 8
}

/// An event's place on the axis: its covered interval and the x its marker points at.
///
/// Spans are sorted, grouped and copied many times per layout: the event is held by reference
/// (``EventBox``) so that a copy costs one retain, not one per text field of the event.
struct EventSpan {
  /// The event, as loaded (read-only: a span never changes its event).
  var event: Event { box.event }
  private let box: EventBox
  var start: AxisTime
  var end: AxisTime
  /// Where a point event's stem stands: the middle of a day/month/year, or the exact instant
  /// (for a range drawn as a marker, its middle).
  var anchor: AxisTime

  init(event: Event, zone: DisplayZone) {
    box = EventBox(event)
    let s = event.time.start
    let e = event.time.end
    start = zone.axisTime(wallClock: s.start, utcOffsetMinutes: s.utcOffsetMinutes)
    end = zone.axisTime(wallClock: e.endExclusive, utcOffsetMinutes: e.utcOffsetMinutes)
    anchor = s.precision <= .day ? (start + end) / 2 : start
  }

  var isRange: Bool {
    switch event.time {
    case .point: false
    case .range, .ongoing: true
    }
  }

  var isOngoing: Bool {
    if case .ongoing = event.time { true } else { false }
  }
}

/// An event behind a reference, shared by the copies of its ``EventSpan``.
private final class EventBox: Sendable {
  let event: Event
  init(_ event: Event) { self.event = event }
}

/// Resolves each category's colour: its own, or the next palette colour in legend order;
/// ids that events use without defining them come last, also with palette colours.
struct CategoryColors {
  private var byID: [String: Color] = [:]
  let uncategorized: Color

  init(timeline: Timeline, theme: Theme) {
    uncategorized = theme.uncategorized
    var next = 0
    func nextColour() -> Color {
      defer { next += 1 }
      return theme.palette.isEmpty ? uncategorized : theme.palette[next % theme.palette.count]
    }
    for category in timeline.categories {
      if !theme.ignoresCategoryColors, let hex = category.color, let color = Color(hex: hex) {
        byID[category.id] = color.withAlpha(1)
      } else {
        byID[category.id] = nextColour()
      }
    }
    // Ids used by events but never defined get the next palette colours, in order of use.
    for id in Self.undefinedCategories(timeline) { byID[id] = nextColour() }
  }

  /// Category ids that events or notes use without a definition, in order of first use.
  static func undefinedCategories(_ timeline: Timeline) -> [String] {
    let defined = Set(timeline.categories.map(\.id))
    var result: [String] = []
    for id in timeline.events.compactMap(\.category) + timeline.context.compactMap(\.category)
    where !defined.contains(id) && !result.contains(id) {
      result.append(id)
    }
    return result
  }

  func color(for id: String?) -> Color {
    id.flatMap { byID[$0] } ?? uncategorized
  }
}
