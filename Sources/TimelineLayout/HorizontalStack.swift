/// Where the parts of a horizontal timeline go, top to bottom: the period titles, the labels
/// above the axis, the axis ribbon, the range lanes and the labels below, with the theme's
/// named ``Theme/Gaps`` between them. A pure function of the parts' heights.
///
/// Below the axis, lanes come first and leaders pass between their labels; or, when
/// `barsUnderLabels`, the labels come first and the lanes after them.
struct HorizontalStack {
  /// The heights the stack is made of.
  struct Parts: Equatable {
    var periodStrip: Double
    var labelsAbove: Double
    /// The leaders' bend zone above the axis (0 when every leader runs straight).
    var bendAbove: Double
    var ribbon: Double
    var ribbonContext: Double
    var lanes: Double
    var hasLanes: Bool
    var labelsBelow: Double
    var bendBelow: Double
    var barsUnderLabels: Bool
  }

  var periodTop: Double
  var aboveTop: Double
  var ribbonTop: Double
  var ribbonBottom: Double
  var lanesTop: Double
  var belowTop: Double
  /// The bottom of the plot (where period bands end).
  var plotBottom: Double
  /// Where leaders start, bend and reach their labels.
  var frame: PointLabelLayout.Plan.Frame

  init(top: Double, parts: Parts, gaps: Theme.Gaps) {
    var y = top
    periodTop = y
    y += parts.periodStrip
    aboveTop = y
    if parts.labelsAbove > 0 {
      y += parts.labelsAbove + (parts.bendAbove > 0 ? parts.bendAbove + gaps.labelsToBend : gaps.labelsToAxis)
    }
    ribbonTop = y
    y += parts.ribbon
    ribbonBottom = y
    let bendBelow = ribbonBottom + gaps.bendOffset
    let afterBend = bendBelow + parts.bendBelow + gaps.bendToLabels
    if parts.barsUnderLabels {
      belowTop = parts.labelsBelow > 0 ? max(y + gaps.lanesToLabels, afterBend) : y
      lanesTop = belowTop + parts.labelsBelow + (parts.labelsBelow > 0 ? gaps.labelsToLanes : gaps.axisToLanes)
      y = lanesTop + parts.lanes
    } else {
      lanesTop = y + (parts.hasLanes ? max(gaps.axisToLanes, gaps.bendOffset + parts.bendBelow + gaps.bendToLanes) : 0)
      y = lanesTop + parts.lanes
      belowTop = parts.labelsBelow > 0 ? max(y + gaps.lanesToLabels, afterBend) : y
      y = belowTop + parts.labelsBelow
    }
    plotBottom = max(y, ribbonBottom) + gaps.plotPadding
    frame = PointLabelLayout.Plan.Frame(
      markerAbove: ribbonTop + parts.ribbonContext, markerBelow: ribbonBottom, bendAbove: ribbonTop - gaps.bendOffset,
      baselineAbove: aboveTop + parts.labelsAbove, bendBelow: bendBelow, bendEndBelow: bendBelow + parts.bendBelow,
      baselineBelow: belowTop)
  }

  /// The height everything but the labels and their bend zones takes, for the label budget.
  static func fixedHeight(parts: Parts, gaps: Theme.Gaps) -> Double {
    parts.periodStrip + parts.ribbon + (parts.hasLanes ? gaps.axisToLanes + parts.lanes : 0) + gaps.plotPadding
      + 2 * gaps.labelsToAxis
  }
}
