import TimeAxis
import TimelineModel
import TimelineScene

/// One label to place: a single point event, or a cluster standing for several.
struct LabelItem {
  /// The event index for a single event; for a cluster, the index of its first member.
  var id: Int
  var members: [Int]
  var clusterID: Int?
  var anchorX: Double
  /// Where the marker on the axis reaches: the event's day, month or year, or the cluster's spread.
  var markerSpan: ClosedRange<Double>
  var color: Color
  var dateText: String
  /// The title to wrap (single events) …
  var title: String
  /// … or lines given one by one (clusters), each cut to one line.
  var listLines: [String]
}

/// Content and placement of point labels: a date line over a wrapped title, as a flag
/// beside a stem (see ``LabelPlacement``).
struct PointLabelLayout {
  let theme: Theme
  let left: Double
  let right: Double

  static let maximumTitleLines = 4
  /// The narrowest right-hand flag used before turning a label to the left of its stem.
  static let narrowestFlagWidth = 90.0
  /// The room the axis keeps after the last point event (see `AxisPlan`).
  static let comfortableFlagWidth = 170.0
  /// The narrowest a flag gets in a crowded stretch of the axis.
  static let densestFlagWidth = 180.0
  /// Markers narrower than this are drawn as dots.
  static let dotMarkerWidth = 14.0

  struct Label {
    var item: LabelItem
    var date: TextBlock
    var title: TextBlock
    var placed: LabelPlacement.Placed
    var wrappedLines: Int
    var shortened: Bool
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
        drawMarker(label.item, y: markerY, into: &builder)
      }
      let dateFont = theme.font(theme.labelDateSize, .semibold)
      let titleFont = theme.font(theme.labelSize)
      let listFont = theme.font(theme.labelSize * 0.9)
      for label in labels {
        let box = box(label, aboveBaseline: aboveBaseline, belowBaseline: belowBaseline)
        let markerY = label.placed.side == .above ? markerTop : ribbonBottom
        let span = label.placed.textSpan(inset: theme.stemToText)
        let textBox = Rect(
          x: span.lowerBound, y: box.minY, width: span.upperBound - span.lowerBound, height: box.height)
        let flagsRight = label.placed.flagsRight
        let x = flagsRight ? box.minX + theme.stemToText : box.maxX - theme.stemToText
        builder.draw(
          label.date, at: Point(x: x, y: box.minY), font: dateFont,
          color: label.item.color.readable(on: theme.background),
          alignRight: !flagsRight, role: nil)
        let isList = !label.item.listLines.isEmpty
        builder.draw(
          label.title, at: Point(x: x, y: box.minY + label.date.height), font: isList ? listFont : titleFont,
          color: isList ? theme.mutedInk : theme.ink, alignRight: !flagsRight, role: nil)
        builder.geometry.pointLabels.append(
          LayoutGeometry.PointLabel(
            eventIndex: label.item.id, members: label.item.members, clusterID: label.item.clusterID,
            anchor: Point(x: label.placed.anchorX, y: markerY), box: box, textBox: textBox,
            side: label.placed.side, crossesStems: label.placed.crossesStems))
      }
    }

    /// A dot for a precise date; a short rounded bar for a month, a year or a cluster.
    private func drawMarker(_ item: LabelItem, y: Double, into builder: inout SceneBuilder) {
      let span = item.markerSpan
      if span.upperBound - span.lowerBound < PointLabelLayout.dotMarkerWidth {
        let center = Point(x: item.anchorX, y: y)
        builder.items.append(.fill(.circle(center: center, radius: 7), .solid(theme.background)))
        builder.items.append(.fill(.circle(center: center, radius: 5), .solid(item.color)))
      } else {
        let bar = Rect(x: span.lowerBound, y: y - 4, width: span.upperBound - span.lowerBound, height: 8)
        builder.fill(bar.insetBy(dx: -2, dy: -2), theme.background, radius: 6)
        builder.fill(bar, item.color, radius: 4)
      }
    }
  }

  /// `blockedBelow` lists x ranges where a stem below the axis would cross text (labels
  /// set beside range bars); anchors there keep their labels above. `belowOnly` puts every
  /// label below (swimlanes).
  func plan(
    _ items: [LabelItem], blockedBelow: [ClosedRange<Double>], belowOnly: Bool = false, builder: SceneBuilder
  ) -> Plan {
    let dateFont = theme.font(theme.labelDateSize, .semibold)
    let titleFont = theme.font(theme.labelSize)
    let listFont = theme.font(theme.labelSize * 0.9)
    let textWidth = min(theme.labelMaxWidth, right - left - theme.stemToText)
    var contents: [(item: LabelItem, blocks: [(date: TextBlock, title: TextBlock, lines: Int, shortened: Bool)])] = []
    var requests: [LabelPlacement.Request] = []
    // Labels alternate above and below, so a flag has room up to the second anchor after
    // its own; in crowded stretches it narrows to that (down to `densestFlagWidth`) rather
    // than forcing a staircase.
    let distinctAnchors = items.map(\.anchorX).reduce(into: [Double]()) { if $0.last != $1 { $0.append($1) } }
    var next = 0
    for item in items {
      let x = item.anchorX
      while next < distinctAnchors.count, distinctAnchors[next] <= x { next += 1 }
      let crowdedWidth =
        next + 1 < distinctAnchors.count
        ? max(Self.densestFlagWidth, distinctAnchors[next + 1] - x - theme.stemToText - theme.labelGap) : .infinity
      // Narrow in crowds only where the title still fits in three lines: a taller label
      // beats one cut short.
      var textWidth = textWidth
      if crowdedWidth < textWidth {
        let fits =
          !item.listLines.isEmpty
          || builder.measurer.measure(item.title, font: titleFont, maxWidth: crowdedWidth).lines.count
            < Self.maximumTitleLines
        if fits { textWidth = crowdedWidth }
      }
      func blocks(wrap: Double) -> (date: TextBlock, title: TextBlock, lines: Int, shortened: Bool) {
        let date = builder.wrapped(item.dateText, font: dateFont, maxWidth: wrap, maxLines: 1)
        if !item.listLines.isEmpty {
          let lines = item.listLines.map { builder.fittedLine($0, font: listFont, maxWidth: wrap) }
          let metrics = builder.measurer.measure("0", font: listFont, maxWidth: nil)
          let block = TextBlock(lines: lines, ascent: metrics.ascent, lineHeight: metrics.lineHeight)
          return (date, block, lines.count, false)
        }
        let limit = wrap < textWidth ? Self.maximumTitleLines + 2 : Self.maximumTitleLines
        let full = builder.measurer.measure(item.title, font: titleFont, maxWidth: wrap)
        let title = builder.wrapped(item.title, font: titleFont, maxWidth: wrap, maxLines: limit)
        return (date, title, full.lines.count, full.lines.count > limit)
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
      let sides: [LayoutGeometry.Side] = belowOnly ? [.below] : belowIsClear ? [.above, .below] : [.above]
      requests.append(LabelPlacement.Request(id: item.id, anchorX: x, variants: variants, sides: sides))
      contents.append((item, made))
    }
    let placement = LabelPlacement(
      minX: left, maxX: right, horizontalGap: theme.labelGap, verticalGap: theme.labelGap * 0.8,
      textInset: theme.stemToText)
    let placed = placement.place(requests)
    let labels = zip(contents, placed).map { content, placed in
      let chosen = content.blocks[min(placed.variant, content.blocks.count - 1)]
      return Label(
        item: content.item, date: chosen.date, title: chosen.title, placed: placed, wrappedLines: chosen.lines,
        shortened: chosen.shortened)
    }
    return Plan(theme: theme, labels: labels)
  }
}
