import TextGrammar
import TimelineModel
import TimelineScene

/// Accumulates scene items and the geometry that goes with them.
struct SceneBuilder {
  let measurer: any TextMeasuring
  var items: [SceneItem] = []
  var geometry: LayoutGeometry

  init(measurer: any TextMeasuring, canvas: Rect) {
    self.measurer = measurer
    geometry = LayoutGeometry(canvas: canvas)
  }

  /// Measures `text` as one line, shortened with "…" to at most `maxWidth` if needed: the
  /// longest prefix that fits with the ellipsis.
  ///
  /// `longestPrefix`, when the caller knows it, bounds the characters that can fit: the text is
  /// then known to be too wide as a whole, and the search measures only short candidates.
  /// `likelyPrefix` is where the search starts (the answer is usually a character or two from
  /// it); the answer does not depend on it, only the number of measurements does.
  func fittedLine(
    _ text: String, font: FontSpec, maxWidth: Double, longestPrefix: Int? = nil, likelyPrefix: Int? = nil
  ) -> TextLine {
    let characters = Array(text)
    if longestPrefix.map({ $0 >= characters.count }) ?? true {
      let line = measurer.measure(text, font: font, maxWidth: nil).lines[0]
      guard line.width > maxWidth else { return line }
    }
    let high = min(characters.count, longestPrefix ?? characters.count)
    var best = TextLine(text: "", width: 0)
    /// The first `count` characters and the ellipsis, when they fit.
    func fitting(_ count: Int) -> TextLine? {
      let candidate = String(characters[0..<count]).trimmingTrailingWhitespace + "…"
      let measured = measurer.measure(candidate, font: font, maxWidth: nil).lines[0]
      return measured.width <= maxWidth ? measured : nil
    }
    // Bracket the answer: `fits` fits (or is -1), `tooWide` does not (or is high + 1).
    var fits = -1
    var tooWide = high + 1
    if let guess = likelyPrefix.map({ min(max($0, 0), high) }) {
      if let line = fitting(guess) {
        (fits, best) = (guess, line)
        var step = 1
        while fits + step <= high {
          guard let line = fitting(fits + step) else {
            tooWide = fits + step
            break
          }
          (fits, best) = (fits + step, line)
          step *= 2
        }
      } else {
        tooWide = guess
        var step = 1
        while tooWide - step >= 0 {
          if let line = fitting(tooWide - step) {
            (fits, best) = (tooWide - step, line)
            break
          }
          tooWide -= step
          step *= 2
        }
      }
    }
    while tooWide - fits > 1 {
      let middle = (fits + tooWide) / 2
      if let line = fitting(middle) {
        (fits, best) = (middle, line)
      } else {
        tooWide = middle
      }
    }
    return best
  }

  /// `font`, made smaller where needed so that the widest word of `text` fits in
  /// `maxWidth` (so text wraps between words, never inside one), down to 60 % of its size.
  func fittingWords(_ text: String, font: FontSpec, maxWidth: Double) -> FontSpec {
    let widest =
      text.split(separator: " ").map { measurer.measure(String($0), font: font, maxWidth: nil).width }.max() ?? 0
    guard widest > maxWidth, widest > 0 else { return font }
    var smaller = font
    smaller.size = max(font.size * 0.6, (font.size * maxWidth / widest * 0.98).rounded(.down))
    return smaller
  }

  /// Wraps `text` to `maxWidth`, keeping at most `maxLines` (the last one ellipsized).
  func wrapped(_ text: String, font: FontSpec, maxWidth: Double, maxLines: Int = .max) -> TextBlock {
    var block = measurer.measure(text, font: font, maxWidth: maxWidth)
    if block.lines.count > maxLines {
      let kept = Array(block.lines.prefix(maxLines - 1))
      let rest = block.lines[(maxLines - 1)...].map(\.text).joined(separator: " ")
      // The measurer broke the text before the next line's first word because that word did
      // not fit: no longer prefix of the rest can fit either.
      let nextWord = block.lines[maxLines].text.prefix { $0 != " " }.count
      let longest = block.lines[maxLines - 1].text.count + 1 + nextWord
      let likely = block.lines[maxLines - 1].text.count
      let last = fittedLine(rest + "…", font: font, maxWidth: maxWidth, longestPrefix: longest, likelyPrefix: likely)
      let lastLine =
        last.text.hasSuffix("…")
        ? last
        : fittedLine(
          rest, font: font, maxWidth: max(1, maxWidth - 1), longestPrefix: longest, likelyPrefix: likely)
      block = TextBlock(lines: kept + [lastLine], ascent: block.ascent, lineHeight: block.lineHeight)
    }
    for index in block.lines.indices where block.lines[index].width > maxWidth {
      block.lines[index] = fittedLine(block.lines[index].text, font: font, maxWidth: maxWidth)
    }
    return block
  }

  /// Draws a block with its top-left (or top-right, when `alignRight`) corner at `origin`.
  /// Returns the block's bounds.
  @discardableResult
  mutating func draw(
    _ block: TextBlock, at origin: Point, font: FontSpec, color: Color, alignRight: Bool = false,
    role: LayoutGeometry.TextBox.Role?
  ) -> Rect {
    for (row, line) in block.lines.enumerated() where !line.text.isEmpty {
      let x = alignRight ? origin.x - line.width : origin.x
      let baseline = origin.y + block.ascent + Double(row) * block.lineHeight
      items.append(
        .text(
          TextRun(
            text: line.text, origin: Point(x: x, y: baseline), font: font, color: color, width: line.width,
            ascent: block.ascent, lineHeight: block.lineHeight)))
    }
    let x = alignRight ? origin.x - block.width : origin.x
    let bounds = Rect(x: x, y: origin.y, width: block.width, height: block.height)
    if let role { geometry.texts.append(LayoutGeometry.TextBox(role: role, box: bounds)) }
    return bounds
  }

  /// Closes the picture: the canvas ends a bottom margin below `contentBottom`, and the
  /// scene and geometry are returned together. Every layout ends here.
  func finish(
    timeline: Timeline, theme: Theme, width: Double, contentBottom: Double, report: [String]
  ) -> TimelineLayoutResult {
    let height = (contentBottom + theme.margin * 0.75).rounded(.up)
    var geometry = self.geometry
    geometry.canvas = Rect(x: 0, y: 0, width: width, height: height)
    let scene = Scene(
      width: width, height: height, background: theme.transparentBackground ? nil : theme.background,
      title: timeline.title ?? "Timeline", items: items)
    return TimelineLayoutResult(scene: scene, geometry: geometry, report: report)
  }

  mutating func fill(_ rect: Rect, _ color: Color, radius: Double = 0) {
    items.append(.fill(radius > 0 ? .roundedRect(rect, radius: radius) : .rect(rect), .solid(color)))
  }
}
