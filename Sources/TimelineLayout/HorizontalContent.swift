import TimelineScene

/// What a horizontal timeline draws along its axis: ranges as bars in lanes, or (where the
/// bars would need too many lanes, or cost titles) as markers spanning their dates, grouped
/// with the points.
struct HorizontalContent {
  /// Ranges drawn as bars.
  var ranges: [EventSpan]
  /// Points, and ranges drawn as markers (anchored at their middle), by anchor.
  var points: [EventSpan]
  /// The lanes of the bars (empty when ranges are markers).
  var bars: RangeBarLayout.Plan

  init(
    _ spans: [EventSpan], rangesAsBars: Bool, barLayout: RangeBarLayout, colors: CategoryColors,
    builder: SceneBuilder
  ) {
    let ranges = spans.filter(\.isRange)
    var points = spans.filter { !$0.isRange }
    if rangesAsBars {
      self.ranges = ranges
    } else {
      self.ranges = []
      points += ranges.map {
        var span = $0
        span.anchor = ($0.start + $0.end) / 2
        return span
      }
    }
    points.sort { $0.anchor != $1.anchor ? $0.anchor < $1.anchor : $0.event.index < $1.event.index }
    self.points = points
    bars = barLayout.plan(self.ranges, colors: colors, builder: builder)
  }
}

/// One way to lay out a horizontal timeline's labels: its content, which labels fold, and
/// whether the bars go under the labels below.
struct HorizontalArrangement {
  var content: HorizontalContent
  var folding: (labels: PointLabelLayout.Plan, folds: FoldPlan)
  var barsUnderLabels: Bool
}
