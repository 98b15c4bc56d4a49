import TimeAxis
import TimelineModel
import TimelineScene

/// Content and placement of point-event labels: a date line over a wrapped title.
struct PointLabelLayout {
  let theme: Theme
  let scale: TimeScale
  let left: Double
  let right: Double
  let dates: DateText

  static let maximumTitleLines = 4
  /// The narrowest right-hand flag used before turning a label to the left of its stem.
  static let narrowestFlagWidth = 90.0
  /// The room the axis keeps after the last point event (see `AxisPlan`).
  static let comfortableFlagWidth = 170.0

  struct Label {
    var eventIndex: Int
    var color: Color
    var date: TextBlock
    var title: TextBlock
    var placed: LabelPlacement.Placed
  }

  struct Plan {
    let theme: Theme
    var labels: [Label]

    func height(_ side: LayoutGeometry.Side) -> Double {
      labels.filter { $0.placed.side == side }.map(\.placed.far).max() ?? 0
    }

    /// The label's box in canvas coordinates.
    func box(_ label: Label, aboveBaseline: Double, belowBaseline: Double) -> Rect {
      let p = label.placed
      let top = p.side == .above ? aboveBaseline - p.far : belowBaseline + p.near
      return Rect(x: p.minX, y: top, width: p.maxX - p.minX, height: p.far - p.near)
    }

    func drawStems(
      aboveBaseline: Double, markerTop: Double, ribbonBottom: Double, belowBaseline: Double,
      into builder: inout SceneBuilder
    ) {
      let pen = StrokeStyle(color: theme.stem, width: 1.25)
      for label in labels {
        let box = box(label, aboveBaseline: aboveBaseline, belowBaseline: belowBaseline)
        let x = label.placed.anchorX
        let (from, to) = label.placed.side == .above ? (markerTop, box.minY) : (ribbonBottom, box.maxY)
        builder.items.append(.stroke(.line(from: Point(x: x, y: from), to: Point(x: x, y: to)), pen))
        builder.geometry.stems.append(Rect(x: x - 0.625, y: min(from, to), width: 1.25, height: abs(to - from)))
      }
    }

    func drawLabels(
      aboveBaseline: Double, markerTop: Double, ribbonBottom: Double, belowBaseline: Double,
      into builder: inout SceneBuilder
    ) {
      for label in labels {
        let markerY = label.placed.side == .above ? markerTop : ribbonBottom
        let center = Point(x: label.placed.anchorX, y: markerY)
        builder.items.append(.fill(.circle(center: center, radius: 7), .solid(theme.background)))
        builder.items.append(.fill(.circle(center: center, radius: 5), .solid(label.color)))
      }
      let dateFont = theme.font(theme.labelDateSize, .semibold)
      let titleFont = theme.font(theme.labelSize)
      for label in labels {
        let box = box(label, aboveBaseline: aboveBaseline, belowBaseline: belowBaseline)
        let markerY = label.placed.side == .above ? markerTop : ribbonBottom
        let span = label.placed.textSpan(inset: theme.stemToText)
        let textBox = Rect(
          x: span.lowerBound, y: box.minY, width: span.upperBound - span.lowerBound, height: box.height)
        let flagsRight = label.placed.flagsRight
        let x = flagsRight ? box.minX + theme.stemToText : box.maxX - theme.stemToText
        builder.draw(
          label.date, at: Point(x: x, y: box.minY), font: dateFont, color: label.color.readableOnWhite,
          alignRight: !flagsRight, role: nil)
        builder.draw(
          label.title, at: Point(x: x, y: box.minY + label.date.height), font: titleFont, color: theme.ink,
          alignRight: !flagsRight, role: nil)
        builder.geometry.pointLabels.append(
          LayoutGeometry.PointLabel(
            eventIndex: label.eventIndex, anchor: Point(x: label.placed.anchorX, y: markerY), box: box,
            textBox: textBox, side: label.placed.side, crossesStems: label.placed.crossesStems))
      }
    }
  }

  /// `blockedBelow` lists x ranges where a stem below the axis would cross text (labels
  /// set beside range bars); anchors there keep their labels above.
  func plan(
    _ spans: [EventSpan], colors: CategoryColors, blockedBelow: [ClosedRange<Double>], builder: SceneBuilder
  ) -> Plan {
    let dateFont = theme.font(theme.labelDateSize, .semibold)
    let titleFont = theme.font(theme.labelSize)
    let textWidth = min(theme.labelMaxWidth, right - left - theme.stemToText)
    var contents: [(index: Int, color: Color, blocks: [(date: TextBlock, title: TextBlock)])] = []
    var requests: [LabelPlacement.Request] = []
    for span in spans where !span.isRange {
      let event = span.event
      let x = min(max(scale.position(of: span.anchor), left), right)
      let dateText = dates.point(event.time.start, approximate: event.approximate)
      let titleText = TextSanitizer.clean(event.title)
      func blocks(wrap: Double) -> (date: TextBlock, title: TextBlock) {
        let date = builder.wrapped(dateText, font: dateFont, maxWidth: wrap, maxLines: 1)
        let lines = wrap < textWidth ? Self.maximumTitleLines + 2 : Self.maximumTitleLines
        return (date, builder.wrapped(titleText, font: titleFont, maxWidth: wrap, maxLines: lines))
      }
      // Flags go right of their stems, narrowing near the right edge; only where not even
      // a narrow one fits does the text go left of the stem. Right flags cover only the
      // anchors after them, which is what lets placement keep stems out of text; a left
      // flag covers anchors before it and may force a crossing, so it is the last resort.
      let roomRight = right - x - theme.stemToText
      let roomLeft = x - left - theme.stemToText
      var options: [(wrap: Double, flagsRight: Bool)] = [(min(textWidth, roomRight), true)]
      if roomRight < Self.narrowestFlagWidth {
        options = [(min(textWidth, max(roomLeft, 1)), false)]
        if roomRight >= 1 { options.append((roomRight, true)) }
      }
      let made = options.map { blocks(wrap: $0.wrap) }
      let variants = zip(options, made).map { option, block in
        LabelPlacement.Variant(
          width: theme.stemToText + max(block.date.width, block.title.width),
          height: block.date.height + block.title.height, flagsRight: option.flagsRight)
      }
      let belowIsClear = !blockedBelow.contains { $0.lowerBound - 3 < x && x < $0.upperBound + 3 }
      requests.append(
        LabelPlacement.Request(id: event.index, anchorX: x, variants: variants, allowBelow: belowIsClear))
      contents.append((event.index, colors.color(for: event.category), made))
    }
    let placement = LabelPlacement(
      minX: left, maxX: right, horizontalGap: theme.labelGap, verticalGap: theme.labelGap * 0.8,
      textInset: theme.stemToText)
    let placed = placement.place(requests)
    let labels = zip(contents, placed).map { content, placed in
      let chosen = content.blocks[min(placed.variant, content.blocks.count - 1)]
      return Label(
        eventIndex: content.index, color: content.color, date: chosen.date, title: chosen.title, placed: placed)
    }
    return Plan(theme: theme, labels: labels)
  }
}
