import TimeAxis
import TimelineModel
import TimelineScene

/// Range events as tinted bars in lanes.
///
/// A bar's label (its dates, then its title) sits inside the bar when it fits; otherwise
/// after the bar's end when the canvas has room there; otherwise under the bar, from its
/// start, wrapped to the room there (the lane grows to hold it). A title is never shortened
/// or dropped. Lanes are filled in order of start date, so the first lane holds the earliest
/// range, and a bar reuses the first lane whose bars and labels it clears.
struct RangeBarLayout {
  let theme: Theme
  let scale: AxisMap
  let left: Double
  let right: Double
  let dates: DateText

  static let minimumBarWidth = 6.0
  static let textPadding = 10.0
  static let capWidth = 4.0
  static let besideGap = 8.0
  /// Space between the date and the title on one line.
  static let dateGap = 8.0
  /// The narrowest a label under its bar is wrapped to.
  static let narrowestUnder = 180.0
  /// Space between a bar and the label under it.
  static let underGap = 4.0
  /// The least space between two bars (with their labels) in one lane.
  static let sameLaneGap = 12.0

  /// Where a bar's label sits.
  enum LabelPlace {
    case inside, after, under
  }

  struct Bar {
    var eventIndex: Int
    var color: Color
    var approximate: Bool
    var x0: Double
    var x1: Double
    var date: TextLine
    /// The title on the date's line (inside or after), or its wrapped lines (under).
    var title: TextBlock
    var place: LabelPlace
    var textX: Double
    var lane: Int
  }

  struct Plan {
    let theme: Theme
    var bars: [Bar]
    var ascent: Double
    var lineHeight: Double
    /// The axis breaks: a bar across one is drawn with a break mark.
    var breaks: [ClosedRange<Double>] = []

    var laneCount: Int { (bars.map(\.lane).max() ?? -1) + 1 }

    /// Each lane's height: a bar, and the tallest label under a bar in it.
    var laneHeights: [Double] {
      var heights = [Double](repeating: theme.barHeight, count: laneCount)
      for bar in bars where bar.place == .under {
        heights[bar.lane] = max(
          heights[bar.lane], theme.barHeight + RangeBarLayout.underGap + lineHeight + bar.title.height)
      }
      return heights
    }

    /// The x extents of the bars' labels, which poles must not cross.
    var labelSpans: [ClosedRange<Double>] {
      bars.map { bar in bar.textX...(bar.textX + bar.labelWidth) }
    }

    var height: Double {
      laneCount == 0 ? 0 : laneHeights.reduce(0, +) + Double(laneCount - 1) * theme.laneGap
    }

    func draw(top: Double, into builder: inout SceneBuilder) {
      let dateFont = theme.font(theme.barTextSize, .semibold)
      let titleFont = theme.font(theme.barTextSize)
      var laneTops: [Double] = []
      var y = top
      for height in laneHeights {
        laneTops.append(y)
        y += height + theme.laneGap
      }
      for bar in bars {
        let y = laneTops[bar.lane]
        let rect = Rect(x: bar.x0, y: y, width: bar.x1 - bar.x0, height: theme.barHeight)
        let tint = bar.color.mixed(with: theme.background, fraction: theme.tintFraction)
        if bar.approximate, rect.width > 40 {
          let fadeStart = max(0, 1 - 40 / rect.width)
          let gradient = LinearGradient(
            start: Point(x: rect.minX, y: y), end: Point(x: rect.maxX, y: y),
            stops: [
              GradientStop(offset: 0, color: tint), GradientStop(offset: fadeStart, color: tint),
              GradientStop(offset: 1, color: tint.withAlpha(0.15)),
            ])
          builder.items.append(.fill(.roundedRect(rect, radius: MarkShapes.rangeBarCorner), .linearGradient(gradient)))
        } else {
          builder.fill(rect, tint, radius: MarkShapes.rangeBarCorner)
        }
        builder.fill(
          Rect(x: rect.minX, y: y, width: min(RangeBarLayout.capWidth, rect.width), height: theme.barHeight),
          bar.color)
        // Time is cut out here: the same two slanted strokes as on the axis, in the page colour.
        let pen = StrokeStyle(color: theme.background, width: 3)
        for gap in breaks where rect.minX < gap.lowerBound && rect.maxX > gap.upperBound {
          let middle = (gap.lowerBound + gap.upperBound) / 2
          for offset in [-MarkShapes.breakStrokeOffset, MarkShapes.breakStrokeOffset] {
            builder.items.append(
              .stroke(
                .line(
                  from: Point(x: middle + offset - MarkShapes.breakStrokeLean, y: rect.maxY - 1),
                  to: Point(x: middle + offset + MarkShapes.breakStrokeLean, y: rect.minY + 1)),
                pen))
          }
        }
        let textTop =
          bar.place == .under ? y + theme.barHeight + RangeBarLayout.underGap : y + (theme.barHeight - lineHeight) / 2
        let dateBox = builder.draw(
          TextBlock(lines: [bar.date], ascent: ascent, lineHeight: lineHeight), at: Point(x: bar.textX, y: textTop),
          font: dateFont, color: bar.color.readable(on: theme.background), role: nil)
        let titleOrigin =
          bar.place == .under
          ? Point(x: bar.textX, y: textTop + lineHeight)
          : Point(x: bar.textX + bar.date.width + RangeBarLayout.dateGap, y: textTop)
        let titleBox = builder.draw(bar.title, at: titleOrigin, font: titleFont, color: theme.ink, role: nil)
        let label =
          bar.title.lines.isEmpty
          ? dateBox
          : Rect(
            x: min(dateBox.minX, titleBox.minX), y: min(dateBox.minY, titleBox.minY),
            width: max(dateBox.maxX, titleBox.maxX) - min(dateBox.minX, titleBox.minX),
            height: max(dateBox.maxY, titleBox.maxY) - min(dateBox.minY, titleBox.minY))
        builder.geometry.rangeBars.append(
          LayoutGeometry.RangeBar(
            eventIndex: bar.eventIndex, bar: rect, label: label, labelInside: bar.place == .inside, lane: bar.lane,
            lines: [bar.date.text] + bar.title.lines.map(\.text), shortened: false))
      }
    }
  }

  func plan(_ spans: [EventSpan], colors: CategoryColors, builder: SceneBuilder) -> Plan {
    let dateFont = theme.font(theme.barTextSize, .semibold)
    let titleFont = theme.font(theme.barTextSize)
    let metrics = builder.measurer.measure("0", font: titleFont, maxWidth: nil)
    var bars: [Bar] = []
    for span in spans where span.isRange {
      let event = span.event
      var x0 = min(max(scale.position(of: span.start), left), right)
      var x1 = min(max(scale.position(of: span.end), left), right)
      if x1 - x0 < Self.minimumBarWidth {
        let mid = (x0 + x1) / 2
        x0 = max(left, mid - Self.minimumBarWidth / 2)
        x1 = min(right, x0 + Self.minimumBarWidth)
      }
      let dateText = dates.of(event.time, approximate: event.approximate)
      let date = builder.measurer.measure(dateText, font: dateFont, maxWidth: nil).lines[0]
      let title = event.title
      let oneLine = builder.measurer.measure(title, font: titleFont, maxWidth: nil)
      let lineWidth = date.width + (title.isEmpty ? 0 : Self.dateGap + oneLine.width)
      let inner = x1 - x0 - Self.capWidth - 2 * Self.textPadding
      var bar = Bar(
        eventIndex: event.index, color: colors.color(for: event.category),
        approximate: event.approximate || span.isOngoing, x0: x0, x1: x1, date: date, title: oneLine, place: .inside,
        textX: x0 + Self.capWidth + Self.textPadding, lane: 0)
      if lineWidth > inner {
        if right - (x1 + Self.besideGap) >= lineWidth {
          bar.place = .after
          bar.textX = x1 + Self.besideGap
        } else {
          // Under the bar, from its start (or as far right as leaves room to wrap).
          bar.place = .under
          let width = right - left
          bar.textX = max(left, min(x0, right - min(width, max(Self.narrowestUnder, oneLine.width))))
          bar.title = builder.wrapped(title, font: titleFont, maxWidth: right - bar.textX, maxLines: 8)
          if date.width > right - bar.textX {
            bar.date = builder.fittedLine(dateText, font: dateFont, maxWidth: right - bar.textX)
          }
        }
      }
      bars.append(bar)
    }
    let extents = bars.map { bar in min(bar.x0, bar.textX)...max(bar.x1, bar.textX + bar.labelWidth) }
    let starts = bars.map(\.x0)
    for (index, lane) in LaneAssignment.assign(extents, gap: Self.sameLaneGap, orderedBy: starts).enumerated() {
      bars[index].lane = lane
    }
    return Plan(
      theme: theme, bars: bars, ascent: metrics.ascent, lineHeight: metrics.lineHeight, breaks: scale.breaks)
  }
}

extension RangeBarLayout.Bar {
  /// The label's width: the date and title on one line, or the wider of the two stacked.
  var labelWidth: Double {
    place == .under
      ? max(date.width, title.width)
      : date.width + (title.lines.isEmpty || title.width == 0 ? 0 : RangeBarLayout.dateGap + title.width)
  }
}
