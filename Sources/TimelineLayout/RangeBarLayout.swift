import TimeAxis
import TimelineModel
import TimelineScene

/// Range events as tinted bars in lanes, labelled inside when the text fits, beside otherwise.
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

  struct Bar {
    var eventIndex: Int
    var color: Color
    var approximate: Bool
    var x0: Double
    var x1: Double
    var date: TextLine
    var title: TextLine
    var shortened = false
    var textX: Double
    var inside: Bool
    var lane: Int
  }

  struct Plan {
    let theme: Theme
    var bars: [Bar]
    var ascent: Double
    var lineHeight: Double

    var laneCount: Int { (bars.map(\.lane).max() ?? -1) + 1 }

    /// The x extents of the bars' labels (inside or beside), which poles must not cross.
    var labelSpans: [ClosedRange<Double>] {
      bars.map { bar in
        bar.textX...(bar.textX + bar.date.width + (bar.title.text.isEmpty ? 0 : 8 + bar.title.width))
      }
    }
    var height: Double {
      laneCount == 0 ? 0 : Double(laneCount) * theme.barHeight + Double(laneCount - 1) * theme.laneGap
    }

    func draw(top: Double, into builder: inout SceneBuilder) {
      let dateFont = theme.font(theme.barTextSize, .semibold)
      let titleFont = theme.font(theme.barTextSize)
      for bar in bars {
        let y = top + Double(bar.lane) * (theme.barHeight + theme.laneGap)
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
          builder.items.append(.fill(.roundedRect(rect, radius: 3), .linearGradient(gradient)))
        } else {
          builder.fill(rect, tint, radius: 3)
        }
        builder.fill(
          Rect(x: rect.minX, y: y, width: min(RangeBarLayout.capWidth, rect.width), height: theme.barHeight),
          bar.color)
        let textTop = y + (theme.barHeight - lineHeight) / 2
        let dateBox = builder.draw(
          TextBlock(lines: [bar.date], ascent: ascent, lineHeight: lineHeight), at: Point(x: bar.textX, y: textTop),
          font: dateFont, color: bar.color.readable(on: theme.background), role: nil)
        let titleBox = builder.draw(
          TextBlock(lines: [bar.title], ascent: ascent, lineHeight: lineHeight),
          at: Point(x: bar.textX + bar.date.width + 8, y: textTop), font: titleFont, color: theme.ink, role: nil)
        let label = Rect(
          x: dateBox.minX, y: textTop, width: bar.title.text.isEmpty ? dateBox.width : titleBox.maxX - dateBox.minX,
          height: lineHeight)
        builder.geometry.rangeBars.append(
          LayoutGeometry.RangeBar(
            eventIndex: bar.eventIndex, bar: rect, label: label, labelInside: bar.inside, lane: bar.lane,
            lines: [bar.date.text, bar.title.text].filter { !$0.isEmpty }, shortened: bar.shortened))
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
      let date = builder.fittedLine(dateText, font: dateFont, maxWidth: right - left)
      let title = TextSanitizer.clean(event.title)
      let fullTitle = builder.measurer.measure(title, font: titleFont, maxWidth: nil).lines[0]
      let textWidth = date.width + 8 + fullTitle.width
      let inner = x1 - x0 - Self.capWidth - 2 * Self.textPadding
      var bar = Bar(
        eventIndex: event.index, color: colors.color(for: event.category),
        approximate: event.approximate || span.isOngoing,
        x0: x0, x1: x1, date: date, title: fullTitle, textX: x0 + Self.capWidth + Self.textPadding, inside: true,
        lane: 0)
      if textWidth > inner {
        bar.inside = false
        let roomRight = right - (x1 + Self.besideGap)
        let roomLeft = (x0 - Self.besideGap) - left
        let room = max(roomRight, roomLeft)
        if textWidth > room {
          if date.width + 8 + 24 <= room {
            bar.title = builder.fittedLine(title, font: titleFont, maxWidth: room - date.width - 8)
          } else {
            bar.title = TextLine(text: "", width: 0)
            bar.date = builder.fittedLine(dateText, font: dateFont, maxWidth: max(0, room))
          }
        }
        let used = bar.date.width + (bar.title.text.isEmpty ? 0 : 8 + bar.title.width)
        bar.textX = (roomRight >= used || roomRight >= roomLeft) ? x1 + Self.besideGap : x0 - Self.besideGap - used
      }
      bar.shortened = bar.title.text != fullTitle.text
      bars.append(bar)
    }
    let extents = bars.map { bar -> ClosedRange<Double> in
      let textEnd = bar.textX + bar.date.width + (bar.title.text.isEmpty ? 0 : 8 + bar.title.width)
      return min(bar.x0, bar.textX)...max(bar.x1, textEnd)
    }
    for (index, lane) in LaneAssignment.assign(extents, gap: 12).enumerated() { bars[index].lane = lane }
    return Plan(theme: theme, bars: bars, ascent: metrics.ascent, lineHeight: metrics.lineHeight)
  }
}
