/// The weight of a font, from regular to bold.
public enum FontWeight: String, Equatable, Hashable, Sendable, CaseIterable {
  /// Weight 400.
  case regular
  /// Weight 500.
  case medium
  /// Weight 600.
  case semibold
  /// Weight 700.
  case bold
}

/// A font request: family list, size in layout units, weight and slant.
///
/// `family` is a comma-separated fallback list in fontconfig style (`"Inter, DejaVu Sans"`);
/// the text backend resolves it, glyph by glyph where needed, and chooses which installed
/// fonts it looks in.
public struct FontSpec: Equatable, Hashable, Sendable {
  /// The family list, first choice first.
  public var family: String
  /// The size in layout units.
  public var size: Double
  /// Regular to bold.
  public var weight: FontWeight
  /// Whether the slant is italic.
  public var italic: Bool

  /// A font request; the backend resolves the family list.
  public init(family: String, size: Double, weight: FontWeight = .regular, italic: Bool = false) {
    self.family = family
    self.size = size
    self.weight = weight
    self.italic = italic
  }
}

/// One measured line of text.
public struct TextLine: Equatable, Sendable {
  /// The line's text.
  public var text: String
  /// Its advance, in layout units.
  public var width: Double

  /// A line of `text` `width` wide.
  public init(text: String, width: Double) {
    self.text = text
    self.width = width
  }
}

/// Text broken into lines by a ``TextMeasuring`` implementation, with the font's vertical metrics.
///
/// Invariant: `lines` is never empty (empty text gives one empty line); `height` is
/// `lineHeight × lines.count`; the first baseline sits `ascent` below the block's top.
public struct TextBlock: Equatable, Sendable {
  /// The lines, top to bottom; never empty.
  public var lines: [TextLine]
  /// The distance from the block's top to the first baseline.
  public var ascent: Double
  /// The distance between baselines.
  public var lineHeight: Double

  /// A block of `lines` (one empty line when there are none).
  public init(lines: [TextLine], ascent: Double, lineHeight: Double) {
    self.lines = lines.isEmpty ? [TextLine(text: "", width: 0)] : lines
    self.ascent = ascent
    self.lineHeight = lineHeight
  }

  /// The widest line.
  public var width: Double { lines.map(\.width).max() ?? 0 }
  /// The block's total height.
  public var height: Double { lineHeight * Double(lines.count) }
}

/// A single line of text drawn at an absolute position: the scene's only text primitive.
///
/// `origin` is the left end of the baseline. `width` is the measured advance, kept so that
/// tests and bounds checks need no font.
public struct TextRun: Equatable, Sendable {
  /// The text, one line.
  public var text: String
  /// The left end of the baseline.
  public var origin: Point
  /// The font.
  public var font: FontSpec
  /// The text colour.
  public var color: Color
  /// The measured advance.
  public var width: Double
  /// From the top of the line to the baseline.
  public var ascent: Double
  /// The line's height.
  public var lineHeight: Double

  /// A text run, measured by the layout.
  public init(
    text: String, origin: Point, font: FontSpec, color: Color, width: Double, ascent: Double,
    lineHeight: Double
  ) {
    self.text = text
    self.origin = origin
    self.font = font
    self.color = color
    self.width = width
    self.ascent = ascent
    self.lineHeight = lineHeight
  }

  /// The box the line occupies: from `ascent` above the baseline, one line height tall.
  public var bounds: Rect {
    Rect(x: origin.x, y: origin.y - ascent, width: width, height: lineHeight)
  }
}
