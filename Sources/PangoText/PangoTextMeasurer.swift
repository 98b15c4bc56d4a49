import CPangoCairo
import TextGrammar
import TimelineScene

/// Measures and wraps text with Pango and fontconfig: the real ``TextMeasuring``.
///
/// ```swift
/// let measurer = PangoTextMeasurer()
/// let block = measurer.measure("Protesters take over Almaty airport",
///                              font: FontSpec(family: "Inter, DejaVu Sans", size: 18),
///                              maxWidth: 200)
/// block.lines.count   // 2
/// ```
///
/// Results are cached per process (text, font and wrap width; at most
/// ``PangoEngine/measuredLimit`` entries), so a batch that draws the same labels again, or a
/// layout that tries a label at several widths, measures each once.
///
/// Lines break at word boundaries (inside a word only when it is longer than a line), as
/// Pango's `PANGO_WRAP_WORD_CHAR` does, and are returned without trailing spaces.
///
/// Each text is measured in the fonts ``fontSource(for:in:)`` chooses for it, unless the
/// measurer was made with a fixed ``FontSource``. Both sources give the same advances for text
/// the quick families cover, so a document drawn from one source for all its runs
/// (``PangoTextDrawer/init(document:)``) shows what was measured.
public struct PangoTextMeasurer: TextMeasuring {
  /// The fonts every text is measured in, or `nil` to choose per text (the default).
  public let fixedSource: FontSource?

  /// A measurer that chooses the fonts per text, or always uses `fixedSource` (to compare
  /// the two sources).
  public init(fixedSource: FontSource? = nil) {
    self.fixedSource = fixedSource
  }

  /// Whether the quick families (Inter and DejaVu Sans) have a glyph for every character of
  /// `texts`: ``FontSource/namedFamilies`` if so, else ``FontSource/system``.
  public static func fontSource(for texts: [String]) -> FontSource {
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    guard let named = engine.namedFontConfig else { return .system }
    return texts.allSatisfy(named.covers) ? .namedFamilies : .system
  }

  /// The fonts `text` in the family list `family` is measured and drawn in: the quick
  /// families alone when `family` starts with them (`Inter, DejaVu Sans, …`) and they cover
  /// every character of `text`, every installed font otherwise.
  public static func fontSource(for text: String, in family: String) -> FontSource {
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    return engine.source(for: text, family: family)
  }

  /// `text` in `font`, in lines no wider than `maxWidth` when it is given (see the type's summary).

  public func measure(_ text: String, font: FontSpec, maxWidth: Double?) -> TextBlock {
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    let wrapWidth = maxWidth.flatMap { $0.isFinite && $0 > 0 ? Int(($0 * Double(PANGO_SCALE)).rounded(.down)) : nil }
    let key = MeasuredText(text: ExactText(text), font: font, wrapWidth: wrapWidth ?? -1, fixedSource: fixedSource)
    if let cached = engine.measured[key] { return cached }
    let source = fixedSource ?? engine.source(for: text, family: font.family)
    let block = measureUncached(text, font: font, wrapWidth: wrapWidth, source: source, engine: engine)
    engine.remember(block, for: key)
    return block
  }

  private func measureUncached(
    _ text: String, font: FontSpec, wrapWidth: Int?, source: FontSource, engine: PangoEngine
  ) -> TextBlock {
    let metrics = engine.metrics(font, source: source)
    let context = engine.fontMap(source).context
    guard let layout = engine.makeLayout(text, spec: font, context: context) else {
      return TextBlock(lines: [TextLine(text: text, width: 0)], ascent: metrics.ascent, lineHeight: metrics.lineHeight)
    }
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    let scale = Double(PANGO_SCALE)
    if let wrapWidth {
      pango_layout_set_width(layout, Int32(clamping: wrapWidth))
      pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    }
    let bytes = Array(text.utf8)
    var lines: [TextLine] = []
    let count = Int(pango_layout_get_line_count(layout))
    let hyphens = count > 1 ? HyphenatedBreaks(layout, bytes: bytes) : nil
    for index in 0..<count {
      guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { continue }
      let start = Int(line.pointee.start_index)
      let end = min(bytes.count, start + Int(line.pointee.length))
      guard start <= end else { continue }
      var lineText = String(decoding: bytes[start..<end], as: UTF8.self)
      var logical = PangoRectangle()
      pango_layout_line_get_extents(line, nil, &logical)
      var width = Double(logical.width) / scale
      let trimmed = lineText.trimmingTrailingWhitespace
      if trimmed.utf8.count != lineText.utf8.count {
        lineText = trimmed
        width = singleLineWidth(trimmed, font: font, source: source, engine: engine)
      } else if index < count - 1, hyphens?.insertsHyphen(atByte: end) == true {
        // Pango draws a hyphen where it breaks inside a word (or at a soft hyphen); each line is
        // drawn on its own, so the line carries it.
        lineText = HyphenatedBreaks.hyphenated(lineText)
        width = singleLineWidth(lineText, font: font, source: source, engine: engine)
      }
      lines.append(TextLine(text: lineText, width: width))
    }
    if count == 1, lines.first?.text.utf8.count == bytes.count {
      engine.shapedLines.keep(layout, text: text, font: font, source: source)
    }
    return TextBlock(lines: lines, ascent: metrics.ascent, lineHeight: metrics.lineHeight)
  }

  /// The width of `text` as one line (a wrapped line without its trailing spaces), whose
  /// layout is kept for drawing it.
  private func singleLineWidth(_ text: String, font: FontSpec, source: FontSource, engine: PangoEngine) -> Double {
    guard let layout = engine.line(text, spec: font, source: source),
      let line = pango_layout_get_line_readonly(layout, 0)
    else { return 0 }
    var logical = PangoRectangle()
    pango_layout_line_get_extents(line, nil, &logical)
    return Double(logical.width) / Double(PANGO_SCALE)
  }
}

extension PangoTextMeasurer {
  /// Empties the process's measurement cache, so that a benchmark can time measuring itself.
  public static func forgetMeasurements() {
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    engine.forgetMeasurements()
  }

  /// How many characters of `text` the fonts it is set in cannot show (drawn as boxes): with
  /// the fonts chosen per text, the characters no installed font has.
  ///
  /// Used to check font coverage, for example that Kazakh Cyrillic renders.
  public func unknownGlyphCount(_ text: String, font: FontSpec) -> Int {
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    let source = fixedSource ?? engine.source(for: text, family: font.family)
    guard let layout = engine.makeLayout(text, spec: font, context: engine.fontMap(source).context) else {
      return text.count
    }
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    return Int(pango_layout_get_unknown_glyphs_count(layout))
  }
}

/// Facts about the Pango library the program runs with.
public enum PangoLibrary {
  /// The run-time Pango version, e.g. "1.50.12".
  public static var version: String { pango_version_string().map { String(cString: $0) } ?? "unknown" }
}

/// Process-wide exclusive access to the font machinery (fontconfig, FreeType, Pango and
/// cairo's font backend).
///
/// cairo 1.16 subsets and embeds fonts when a PDF or SVG surface is finished, reading the
/// same FreeType faces Pango shapes with; doing both at once on different threads corrupts
/// memory. Every render therefore runs inside this lock; measuring and drawing text take it
/// too (it is recursive).
public enum FontEngine {
  public static func withExclusiveAccess<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    let lock = PangoEngine.shared.lock
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
