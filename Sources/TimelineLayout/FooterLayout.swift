import TimelineModel
import TimelineScene

/// Undated context notes and the source caption under the plot.
struct FooterLayout {
  let theme: Theme
  let left: Double
  let right: Double

  /// Draws the footer from `top` and returns the y below it.
  func draw(_ timeline: Timeline, colors: CategoryColors, top: Double, into builder: inout SceneBuilder) -> Double {
    var y = top
    let width = right - left
    let gaps = theme.gaps.footer
    if !timeline.context.isEmpty {
      let headingFont = theme.font(theme.footnoteSize, .semibold)
      let heading = builder.wrapped("Background (undated)", font: headingFont, maxWidth: width, maxLines: 1)
      y =
        builder.draw(heading, at: Point(x: left, y: y), font: headingFont, color: theme.ink, role: .footer).maxY
        + gaps.headingToNotes
      let font = theme.font(theme.footnoteSize)
      let indent = gaps.noteIndent
      for note in timeline.context {
        var text = note.title
        if let description = note.description, !description.isEmpty {
          text += ". " + description
        }
        let block = builder.wrapped(text, font: font, maxWidth: width - indent, maxLines: 6)
        let square = theme.footnoteSize * 0.5
        builder.fill(
          Rect(x: left + 2, y: y + block.ascent - square - 1, width: square, height: square),
          colors.color(for: note.category), radius: 1)
        y =
          builder.draw(block, at: Point(x: left + indent, y: y), font: font, color: theme.ink, role: .footer).maxY
          + gaps.betweenNotes
      }
      y += gaps.notesToSource
    }
    if let source = timeline.source, !source.isEmpty {
      let font = theme.font(theme.captionSize)
      let block = builder.wrapped(source, font: font, maxWidth: width, maxLines: 4)
      y = builder.draw(block, at: Point(x: left, y: y), font: font, color: theme.faintInk, role: .footer).maxY
    }
    return y
  }
}
