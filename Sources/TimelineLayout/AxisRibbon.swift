import TimelineScene

/// Draws the axis as a ribbon: a context row (month, year or day names) over a row of tick
/// cells with their labels.
struct AxisRibbon {
  let theme: Theme
  let map: AxisMap

  var contextHeight: Double {
    map.segments.contains { $0.context.contains { $0.label != nil } } ? theme.ribbonContextHeight : 0
  }
  var height: Double { contextHeight + theme.ribbonCellHeight }

  /// The tick cells and their labels.
  func drawCells(top: Double, into builder: inout SceneBuilder) {
    let cellTop = top + contextHeight
    let cellFont = theme.font(theme.axisSize, .medium)
    let cellBlock = builder.measurer.measure("0", font: cellFont, maxWidth: nil)
    for (index, cell) in map.cells.enumerated() {
      let rect = Rect(x: cell.start, y: cellTop, width: cell.end - cell.start, height: theme.ribbonCellHeight)
      builder.fill(rect.insetBy(dx: 0.75, dy: 0), index % 2 == 0 ? theme.ribbonFill : theme.ribbonAltFill)
      guard let label = cell.label else { continue }
      let x = cell.centred ? (cell.start + cell.end - label.width) / 2 : cell.start + AxisPlan.cellPadding
      let textTop = cellTop + (theme.ribbonCellHeight - cellBlock.height) / 2
      builder.draw(
        TextBlock(lines: [label], ascent: cellBlock.ascent, lineHeight: cellBlock.lineHeight),
        at: Point(x: x, y: textTop), font: cellFont, color: theme.ribbonText, role: .axis)
    }
  }

  /// Two slanted strokes in each break, across the cell row: time is cut out here.
  func drawBreaks(top: Double, into builder: inout SceneBuilder) {
    let cellTop = top + contextHeight
    let pen = StrokeStyle(color: theme.stem, width: 2)
    for gap in map.breaks {
      builder.geometry.axisBreaks.append(
        Rect(x: gap.lowerBound, y: cellTop, width: gap.upperBound - gap.lowerBound, height: theme.ribbonCellHeight))
      let mid = (gap.lowerBound + gap.upperBound) / 2
      for offset in [-MarkShapes.breakStrokeOffset, MarkShapes.breakStrokeOffset] {
        builder.items.append(
          .stroke(
            .line(
              from: Point(
                x: mid + offset - MarkShapes.breakStrokeLean,
                y: cellTop + theme.ribbonCellHeight + MarkShapes.breakStrokeOverhang),
              to: Point(x: mid + offset + MarkShapes.breakStrokeLean, y: cellTop - MarkShapes.breakStrokeOverhang)),
            pen))
      }
    }
  }

  /// The context row; drawn after the stems so that its labels knock them out.
  func drawContext(top: Double, into builder: inout SceneBuilder) {
    guard contextHeight > 0 else { return }
    let font = theme.font(theme.contextSize, .semibold)
    let block = builder.measurer.measure("0", font: font, maxWidth: nil)
    for (index, span) in map.segments.flatMap(\.context).enumerated() {
      if index > 0, !map.breaks.contains(where: { abs($0.upperBound - span.start) < 0.5 }) {
        builder.fill(Rect(x: span.start - 0.75, y: top + 2, width: 1.5, height: contextHeight - 2), theme.stem)
      }
      guard let label = span.label else { continue }
      // Top-aligned, so that the markers on the cells' top edge stay clear of the text.
      let origin = Point(x: span.start + AxisPlan.cellPadding, y: top + 2)
      // Knock the stems out behind the text so that it stays legible.
      builder.fill(
        Rect(x: origin.x - 3, y: origin.y, width: label.width + 6, height: block.height), theme.background)
      builder.draw(
        TextBlock(lines: [label], ascent: block.ascent, lineHeight: block.lineHeight), at: origin, font: font,
        color: theme.ink, role: .axis)
    }
  }
}
