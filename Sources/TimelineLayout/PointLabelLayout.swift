import TimeAxis
import TimelineModel
import TimelineScene

/// One label to place: a single point event, several events on one date, or a cluster
/// standing for a crowded stretch.
struct LabelItem {
  /// One title line-up of a label, wrapped as a block.
  struct Title {
    var text: String
    /// The event's category colour, shown as a bullet when a label lists several titles.
    var color: Color
    /// Importance 1: drawn a little stronger.
    var strong: Bool
  }

  /// The first member's event index.
  var id: Int
  /// Every event the label stands for, in file order (same date) or date order (cluster).
  var members: [Int]
  var clusterID: Int?
  var anchorX: Double
  /// Where the marker on the axis reaches: the event's day, month or year, or the cluster's spread.
  var markerSpan: ClosedRange<Double>
  var color: Color
  /// The date line; a cluster's heading ("7 events · 5–6 Jan").
  var dateText: String
  var titles: [Title]
  /// Members a cluster stands for without listing them ("+ N more").
  var moreCount: Int
  /// A cluster's members on the axis: one tick each, in category colours.
  var rug: [(x: Double, color: Color)]

  var isCluster: Bool { clusterID != nil }
}

/// Content and placement of point labels: a date line over one or more wrapped titles, as a
/// flag on a pole joined to its date by a leader (see ``LabelPlacement``).
struct PointLabelLayout {
  let theme: Theme
  let left: Double
  let right: Double

  /// The most rows a side is packed into (``RowPacking``) before clusters are considered.
  static let maximumRows = 8
  /// Past this many labels, ``plan(_:blockedBelow:belowOnly:budget:builder:)`` tries fewer
  /// packings (two widths, four row counts).
  static let manyLabels = 400

  /// Titles longer than this many lines at the widest wrap are shortened with "…".
  static let maximumTitleLines = 7
  /// A cluster lists each title on at most this many lines.
  static let clusterTitleLines = 4
  /// The narrowest a label gets in a crowded stretch.
  static let narrowWidth = 190.0
  /// The widest a label gets for a very long title.
  static let wideWidth = 380.0
  /// The room the axis keeps after the last point event (see `AxisPlan`).
  static let comfortableFlagWidth = 170.0
  /// Markers narrower than this are drawn as dots.
  static let dotMarkerWidth = 14.0
  /// Space between the titles of one label.
  static let titleSpacing = 4.0

  /// A label's text as laid out at one wrap width.
  struct Content {
    var date: TextBlock
    var titles: [TextBlock]
    /// "+ N more" under a cluster's list.
    var more: TextBlock?
    var width: Double
    var height: Double
    var wrappedLines: Int
    var shortened: Bool

    /// Every line as drawn, top to bottom.
    var lines: [String] {
      date.lines.map(\.text) + titles.flatMap { $0.lines.map(\.text) } + (more?.lines.map(\.text) ?? [])
    }
  }

  struct Label {
    var item: LabelItem
    var content: Content
    var placed: LabelPlacement.Placed
  }

  struct Plan {
    let theme: Theme
    var labels: [Label]

    func height(_ side: LayoutGeometry.Side) -> Double {
      labels.filter { $0.placed.side == side }.map(\.placed.far).max() ?? 0
    }

    /// How many events are folded into clusters rather than shown with their own label.
    var foldedCount: Int { labels.filter(\.item.isCluster).map(\.item.members.count).reduce(0, +) }

    /// The height of the band where leaders bend on `side`: none when every label stands
    /// over its date, more the farther labels moved.
    func leaderZone(_ side: LayoutGeometry.Side) -> Double {
      let shift = labels.filter { $0.placed.side == side }.map { abs($0.placed.poleX - $0.placed.anchorX) }.max() ?? 0
      return shift < 0.5 ? 0 : min(Self.maximumBend, max(Self.minimumBend, shift * 0.12))
    }
    static let minimumBend = 14.0
    static let maximumBend = 34.0

    /// Where the plan's pieces sit vertically on the canvas.
    struct Frame {
      /// The marker line above the axis (top of the tick cells) and below it (its bottom edge).
      var markerAbove: Double
      var markerBelow: Double
      /// Where leaders above start bending (just above the axis ribbon) and where labels
      /// above begin (their near edge); the same for below.
      var bendAbove: Double
      var baselineAbove: Double
      var bendBelow: Double
      /// Where leaders below finish bending (above any range bars, which poles then pass).
      var bendEndBelow: Double
      var baselineBelow: Double
    }

    /// The label's box in canvas coordinates.
    func box(_ label: Label, frame: Frame) -> Rect {
      let p = label.placed
      let top = p.side == .above ? frame.baselineAbove - p.far : frame.baselineBelow + p.near
      return Rect(x: p.minX, y: top, width: p.maxX - p.minX, height: p.far - p.near)
    }

    /// Leaders: up (or down) from the marker, bent across the zone to the pole, along the
    /// pole to the label's far edge.
    func drawLeaders(frame: Frame, into builder: inout SceneBuilder) {
      let pen = StrokeStyle(color: theme.stem, width: MarkShapes.stemWidth)
      let half = MarkShapes.stemWidth / 2
      for label in labels {
        let box = box(label, frame: frame)
        let p = label.placed
        let above = p.side == .above
        let a = p.anchorX
        let marker = above ? frame.markerAbove : frame.markerBelow
        let bend = above ? frame.bendAbove : frame.bendBelow
        let base = above ? frame.baselineAbove : frame.bendEndBelow
        let end = above ? box.minY : box.maxY
        var path = Path([.move(to: Point(x: a, y: marker))])
        if abs(p.poleX - a) < 0.5 {
          path.elements.append(.line(to: Point(x: a, y: end)))
          builder.geometry.stems.append(
            Rect(x: a - half, y: min(marker, end), width: MarkShapes.stemWidth, height: abs(end - marker)))
        } else {
          let middle = (bend + base) / 2
          path.elements += [
            .line(to: Point(x: a, y: bend)),
            .curve(
              control1: Point(x: a, y: middle), control2: Point(x: p.poleX, y: middle), to: Point(x: p.poleX, y: base)),
            .line(to: Point(x: p.poleX, y: end)),
          ]
          builder.geometry.stems.append(
            Rect(x: a - half, y: min(marker, bend), width: MarkShapes.stemWidth, height: abs(bend - marker)))
          builder.geometry.stems.append(
            Rect(x: p.poleX - half, y: min(base, end), width: MarkShapes.stemWidth, height: abs(end - base)))
        }
        builder.geometry.leaders.append(
          LayoutGeometry.Leader(
            eventIndex: label.item.id, side: p.side, anchor: Point(x: a, y: marker), bendStart: Point(x: a, y: bend),
            bendEnd: Point(x: p.poleX, y: base), end: Point(x: p.poleX, y: end)))
        builder.items.append(.stroke(path, pen))
      }
    }

    func drawLabels(frame: Frame, into builder: inout SceneBuilder) {
      for label in labels {
        let markerY = label.placed.side == .above ? frame.markerAbove : frame.markerBelow
        drawMarker(label.item, y: markerY, side: label.placed.side, into: &builder)
      }
      let dateFont = theme.font(theme.labelDateSize, .semibold)
      for label in labels {
        let box = box(label, frame: frame)
        let markerY = label.placed.side == .above ? frame.markerAbove : frame.markerBelow
        let span = label.placed.textSpan(inset: theme.stemToText)
        let textBox = Rect(
          x: span.lowerBound, y: box.minY, width: span.upperBound - span.lowerBound, height: box.height)
        let x = box.minX + theme.stemToText
        let item = label.item
        let content = label.content
        builder.draw(
          content.date, at: Point(x: x, y: box.minY), font: dateFont, color: item.color.readable(on: theme.background),
          role: nil)
        var y = box.minY + content.date.height
        let bullets = item.titles.count > 1 || item.isCluster
        var titleBoxes: [Rect] = []
        for (title, block) in zip(item.titles, content.titles) {
          let font = PointLabelLayout.titleFont(theme, cluster: item.isCluster, strong: title.strong)
          var textX = x
          if bullets {
            let dot = Point(x: x + MarkShapes.bulletRadius, y: y + block.ascent * MarkShapes.dotHeightInText)
            builder.items.append(.fill(.circle(center: dot, radius: MarkShapes.bulletRadius), .solid(title.color)))
            textX += PointLabelLayout.bulletIndent
          }
          let titleBox = builder.draw(
            block, at: Point(x: textX, y: y), font: font, color: item.isCluster ? theme.mutedInk : theme.ink,
            role: nil)
          titleBoxes.append(titleBox)
          y += block.height + PointLabelLayout.titleSpacing
        }
        if let more = content.more {
          builder.draw(
            more, at: Point(x: x, y: y), font: PointLabelLayout.titleFont(theme, cluster: true, strong: false),
            color: theme.mutedInk, role: nil)
        }
        builder.geometry.pointLabels.append(
          LayoutGeometry.PointLabel(
            eventIndex: item.id, members: item.members, clusterID: item.clusterID,
            anchor: Point(x: label.placed.anchorX, y: markerY), box: box, textBox: textBox,
            side: label.placed.side, crossesStems: label.placed.crossesStems, lines: content.lines,
            shortened: content.shortened, heading: item.isCluster ? item.dateText : nil, titleBoxes: titleBoxes))
      }
    }

    /// A dot for a precise date (larger for an essential event); a short rounded bar for a
    /// month, a year or a cluster, whose members also leave a tick each on the axis.
    private func drawMarker(_ item: LabelItem, y: Double, side: LayoutGeometry.Side, into builder: inout SceneBuilder) {
      for tick in item.rug {
        let top =
          side == .above
          ? y - MarkShapes.rugTickOffset - MarkShapes.rugTickLength : y + MarkShapes.rugTickOffset
        builder.fill(
          Rect(
            x: tick.x - MarkShapes.rugTickWidth / 2, y: top, width: MarkShapes.rugTickWidth,
            height: MarkShapes.rugTickLength), tick.color)
      }
      let span = item.markerSpan
      if span.upperBound - span.lowerBound < PointLabelLayout.dotMarkerWidth {
        let strong = item.titles.contains(where: \.strong)
        let radius = strong ? MarkShapes.strongDotRadius : MarkShapes.dotRadius
        let center = Point(x: item.anchorX, y: y)
        builder.items.append(
          .fill(.circle(center: center, radius: radius + MarkShapes.ringWidth), .solid(theme.background)))
        builder.items.append(.fill(.circle(center: center, radius: radius), .solid(item.color)))
      } else {
        let height = MarkShapes.spanMarkerHeight
        let bar = Rect(x: span.lowerBound, y: y - height / 2, width: span.upperBound - span.lowerBound, height: height)
        if item.isCluster {
          builder.fill(
            bar.insetBy(dx: 0, dy: height / 4), item.color.withAlpha(0.45), radius: MarkShapes.clusterMarkerCorner)
        } else {
          let ring = MarkShapes.ringWidth
          builder.fill(
            bar.insetBy(dx: -ring, dy: -ring), theme.background, radius: MarkShapes.spanMarkerCorner + ring)
          builder.fill(bar, item.color, radius: MarkShapes.spanMarkerCorner)
        }
      }
    }
  }

  static let bulletIndent = 13.0

  static func titleFont(_ theme: Theme, cluster: Bool, strong: Bool) -> FontSpec {
    cluster
      ? theme.font(theme.labelSize * 0.9, strong ? .semibold : .regular)
      : theme.font(theme.labelSize, strong ? .semibold : .regular)
  }

  /// The text widths a label may take: comfortable, narrow for crowded stretches, and wide
  /// for a title that would otherwise need too many lines.
  func contents(_ item: LabelItem, builder: SceneBuilder) -> [Content] {
    let room = max(40, right - left - theme.stemToText)
    var widths = [min(theme.labelMaxWidth, room)]
    if !item.isCluster, Self.narrowWidth < widths[0] - 20 { widths.append(Self.narrowWidth) }
    if !item.isCluster, 230 < widths[0] - 20 { widths.append(230) }
    var made = widths.map { content(item, wrap: $0, builder: builder) }
    // A wider label, where it saves lines: for very long titles, and for packing crowded
    // stretches into fewer, lower rows.
    if let first = made.first, !item.isCluster, min(Self.wideWidth, room) > widths[0] + 20 {
      let wide = content(item, wrap: min(Self.wideWidth, room), builder: builder)
      if wide.wrappedLines < first.wrappedLines {
        if made.count == 1 { made.append(first) }
        made.append(wide)
      }
    }
    // A label that had to shorten its title is no option while another shows it whole.
    let whole = made.filter { !$0.shortened }
    return whole.isEmpty ? made : whole
  }

  private func content(_ item: LabelItem, wrap: Double, builder: SceneBuilder) -> Content {
    let dateFont = theme.font(theme.labelDateSize, .semibold)
    // A heading is never cut: it wraps, and the label is at least as wide as its widest word.
    let date = builder.measurer.measure(item.dateText, font: dateFont, maxWidth: wrap)
    let bullets = item.titles.count > 1 || item.isCluster
    let indent = bullets ? Self.bulletIndent : 0
    var titles: [TextBlock] = []
    var lines = 0
    var shortened = false
    for title in item.titles {
      let font = Self.titleFont(theme, cluster: item.isCluster, strong: title.strong)
      let limit = item.isCluster ? Self.clusterTitleLines : Self.maximumTitleLines
      let full = builder.measurer.measure(title.text, font: font, maxWidth: wrap - indent)
      lines += full.lines.count
      if full.lines.count > limit {
        shortened = shortened || !item.isCluster
        titles.append(builder.wrapped(title.text, font: font, maxWidth: wrap - indent, maxLines: limit))
      } else {
        titles.append(full)
      }
    }
    var more: TextBlock?
    if item.moreCount > 0 {
      let font = Self.titleFont(theme, cluster: true, strong: false)
      more = builder.measurer.measure("+ \(item.moreCount) more", font: font, maxWidth: wrap)
    }
    let textWidth = max(date.width, (titles.map(\.width).max() ?? 0) + indent, more?.width ?? 0)
    let height =
      date.height + titles.map(\.height).reduce(0, +) + Self.titleSpacing * Double(max(0, titles.count - 1))
      + (more.map { $0.height + Self.titleSpacing } ?? 0)
    return Content(
      date: date, titles: titles, more: more, width: theme.stemToText + textWidth, height: height, wrappedLines: lines,
      shortened: shortened)
  }

  /// Plans a label for every item.
  ///
  /// `blockedBelow` lists x ranges where a pole below the axis would cross text (the labels
  /// of range bars, which poles pass on their way down); poles stand clear of them.
  /// `belowOnly` puts every label below (swimlanes).
  ///
  /// Several placements are tried: labels packed into 1 to ``maximumRows`` rows a side at
  /// each width (``RowPacking``), and the greedy one (``LabelPlacement``). The cheapest that
  /// keeps every promise and fits `budget` (the height both sides may take together) wins:
  /// its height plus its largest move sideways. When none fits, the cheapest of all does,
  /// and the caller folds crowded stretches.
  func plan(
    _ items: [LabelItem], blockedBelow: [ClosedRange<Double>], belowOnly: Bool = false, budget: Double,
    builder: SceneBuilder
  ) -> Plan {
    var requests: [LabelPlacement.Request] = []
    var made: [[Content]] = []
    for item in items {
      let contents = contents(item, builder: builder)
      let sides: [LayoutGeometry.Side] = belowOnly ? [.below] : [.above, .below]
      requests.append(
        LabelPlacement.Request(
          id: item.id, anchorX: item.anchorX,
          variants: contents.map { LabelPlacement.Variant(width: min($0.width, right - left), height: $0.height) },
          sides: sides))
      made.append(contents)
    }
    var placement = placement
    placement.forbiddenPoles[.below] = Self.merged(blockedBelow)
    placement.sideLimit = belowOnly ? budget : budget / 2
    let limited = placement.place(requests)
    var candidates = [limited.overflowing.isEmpty ? limited.placed.compactMap { $0 } : placement.placeAll(requests)]
    let packer = RowPacking(placement: placement)
    let variantCount = requests.map(\.variants.count).max() ?? 1
    // Past a few hundred labels (a poster-wide canvas), fewer packings are tried, so that a
    // layout stays linear in its labels with a small constant.
    let many = items.count > Self.manyLabels
    let variants = many ? [RowPacking.leastArea, 0] : [RowPacking.leastArea] + Array(0..<variantCount)
    let rowCounts = many ? [1, 2, 4, Self.maximumRows] : Array(1...Self.maximumRows)
    for variant in variants {
      for rows in rowCounts {
        if let packed = packer.pack(requests, variant: variant, rows: rows), placement.isValid(packed, for: requests) {
          candidates.append(packed)
        }
      }
    }
    func height(_ placed: [LabelPlacement.Placed]) -> Double {
      [LayoutGeometry.Side.above, .below].map { side in placed.filter { $0.side == side }.map(\.far).max() ?? 0 }
        .reduce(0, +)
    }
    func cost(_ placed: [LabelPlacement.Placed]) -> Double {
      height(placed) + (placed.map { abs($0.poleX - $0.anchorX) }.max() ?? 0)
    }
    let acceptable = candidates.filter { !$0.contains(where: \.crossesStems) }
    let fitting = acceptable.filter { height($0) <= budget }
    let pool = fitting.isEmpty ? (acceptable.isEmpty ? candidates : acceptable) : fitting
    let placed = pool.min { cost($0) < cost($1) } ?? candidates[0]
    let labels = placed.indices.map { index in
      let contents = made[index]
      return Label(
        item: items[index], content: contents[min(placed[index].variant, contents.count - 1)], placed: placed[index])
    }
    return Plan(theme: theme, labels: labels)
  }

  /// Ranges sorted and merged where they touch.
  static func merged(_ ranges: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
    var result: [ClosedRange<Double>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = result.last, range.lowerBound <= last.upperBound {
        result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }

  var placement: LabelPlacement {
    LabelPlacement(
      minX: left, maxX: right, horizontalGap: theme.labelGap, verticalGap: theme.labelGap * 0.8,
      textInset: theme.stemToText)
  }
}
