import TimelineModel
import TimelineScene

/// Title, subtitle and legend at the top of the canvas.
struct HeaderLayout {
  let theme: Theme
  let left: Double
  let right: Double

  /// The most lines a legend entry wraps onto before it is cut with "…".
  static let legendLines = 3

  /// Draws the header from `top` and returns the y below it.
  func draw(_ timeline: Timeline, colors: CategoryColors, top: Double, into builder: inout SceneBuilder) -> Double {
    drawRest(timeline, colors: colors, top: drawTitle(timeline, top: top, into: &builder), into: &builder)
  }

  /// Draws the title alone (the line a paged list repeats) and returns the y below it.
  func drawTitle(_ timeline: Timeline, top: Double, into builder: inout SceneBuilder) -> Double {
    guard let title = timeline.title, !title.isEmpty else { return top }
    let width = right - left
    let font = builder.fittingWords(title, font: theme.font(theme.titleSize, .bold), maxWidth: width)
    let block = builder.wrapped(title, font: font, maxWidth: width, maxLines: 6)
    return builder.draw(block, at: Point(x: left, y: top), font: font, color: theme.ink, role: .header).maxY
      + theme.gaps.header.titleToSubtitle
  }

  /// Draws what follows the title (subtitle and legend) from `top` and returns the y below it.
  func drawRest(_ timeline: Timeline, colors: CategoryColors, top: Double, into builder: inout SceneBuilder) -> Double {
    var y = top
    let width = right - left
    if let subtitle = timeline.subtitle, !subtitle.isEmpty {
      let font = builder.fittingWords(subtitle, font: theme.font(theme.subtitleSize), maxWidth: width)
      let block = builder.wrapped(subtitle, font: font, maxWidth: width, maxLines: 8)
      y = builder.draw(block, at: Point(x: left, y: y), font: font, color: theme.mutedInk, role: .header).maxY
    }
    let entries = legendEntries(timeline, colors: colors)
    guard !entries.isEmpty else { return y }
    let gaps = theme.gaps.header
    y += gaps.textToLegend
    let font = theme.font(theme.legendSize, .medium)
    let swatch = theme.legendSize * 0.8
    var x = left
    var rowHeight = 0.0
    for entry in entries {
      // A name wider than the canvas wraps (a narrow column's long category names), cut only
      // past three lines.
      let room = width - (entry.color == nil ? 0 : swatch + gaps.swatchToName)
      let whole = builder.measurer.measure(entry.text, font: font, maxWidth: nil)
      let block =
        whole.width <= room
        ? whole : builder.wrapped(entry.text, font: font, maxWidth: room, maxLines: Self.legendLines)
      let itemWidth = (entry.color == nil ? 0 : swatch + gaps.swatchToName) + block.width
      if x > left, x + itemWidth > right {
        x = left
        y += rowHeight + gaps.betweenRows
        rowHeight = 0
      }
      rowHeight = max(rowHeight, block.height)
      var textX = x
      if let color = entry.color {
        let center = Point(x: x + swatch / 2, y: y + block.lineHeight / 2)
        builder.items.append(.fill(.circle(center: center, radius: swatch / 2), .solid(color)))
        builder.geometry.texts.append(
          LayoutGeometry.TextBox(
            role: .legend, box: Rect(x: x, y: center.y - swatch / 2, width: swatch, height: swatch)))
        textX += swatch + gaps.swatchToName
      }
      let color = entry.color == nil ? theme.mutedInk : theme.ink
      builder.draw(block, at: Point(x: textX, y: y), font: font, color: color, role: .legend)
      x = textX + block.width + gaps.betweenEntries
    }
    return y + rowHeight
  }

  private func legendEntries(_ timeline: Timeline, colors: CategoryColors) -> [(text: String, color: Color?)] {
    let used = Set(timeline.events.compactMap(\.category) + timeline.context.compactMap(\.category))
    var entries: [(String, Color?)] = timeline.categories.filter { used.contains($0.id) }.map {
      ($0.label, colors.color(for: $0.id))
    }
    entries += CategoryColors.undefinedCategories(timeline).map { (TextSanitizer.clean($0), colors.color(for: $0)) }
    if timeline.events.contains(where: { $0.category == nil }), !entries.isEmpty {
      entries.append(("Other", colors.uncategorized))
    }
    if timeline.events.contains(where: \.approximate) || timeline.periods.contains(where: \.approximate) {
      entries.append(("~ approximate date", nil))
    }
    return entries
  }
}
