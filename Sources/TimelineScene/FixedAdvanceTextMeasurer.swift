/// A ``TextMeasuring`` stand-in where every character advances by the same fraction of the font size.
///
/// For tests and headless layout: it needs no font files and gives the same numbers on
/// every machine. Wrapping is greedy at spaces; a word longer than a line is broken.
///
/// ```swift
/// let measurer = FixedAdvanceTextMeasurer(advance: 0.5)
/// measurer.measure("ab cd", font: FontSpec(family: "x", size: 10), maxWidth: 12).lines.count  // 2
/// ```
public struct FixedAdvanceTextMeasurer: TextMeasuring {
  /// Advance of one character, as a fraction of the font size.
  public var advance: Double
  /// Line height, as a multiple of the font size.
  public var lineSpacing: Double

  /// A measurer giving every character `advance` × the font size, lines `lineSpacing` × it apart.
  public init(advance: Double = 0.55, lineSpacing: Double = 1.25) {
    self.advance = advance
    self.lineSpacing = lineSpacing
  }

  /// Wraps `text` at spaces to fit `maxWidth`, every character `advance` × the size wide.
  public func measure(_ text: String, font: FontSpec, maxWidth: Double?) -> TextBlock {
    let charWidth = font.size * advance * (font.weight == .bold ? 1.05 : 1)
    func width(_ s: Substring) -> Double { Double(s.count) * charWidth }
    let ascent = font.size * 0.95
    let lineHeight = font.size * lineSpacing
    guard let maxWidth, maxWidth > 0 else {
      return TextBlock(
        lines: [TextLine(text: text, width: width(text[...]))], ascent: ascent, lineHeight: lineHeight)
    }
    let perLine = max(1, Int(maxWidth / charWidth))
    var lines: [TextLine] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = word
      while word.count > perLine {
        if !current.isEmpty {
          lines.append(TextLine(text: current, width: width(current[...])))
          current = ""
        }
        let head = word.prefix(perLine)
        lines.append(TextLine(text: String(head), width: width(head)))
        word = word.dropFirst(perLine)
      }
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if candidate.count <= perLine {
        current = candidate
      } else {
        lines.append(TextLine(text: current, width: width(current[...])))
        current = String(word)
      }
    }
    if !current.isEmpty || lines.isEmpty {
      lines.append(TextLine(text: current, width: width(current[...])))
    }
    return TextBlock(lines: lines, ascent: ascent, lineHeight: lineHeight)
  }
}
