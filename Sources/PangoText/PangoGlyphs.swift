import CPangoCairo
import TimelineScene

/// One glyph of a laid-out ``TextRun``: which of the document's outlines, and where its origin is.
public struct PlacedGlyph: Equatable, Sendable {
  /// The index into ``PangoGlyphs/outlines``.
  public var outline: Int
  /// The glyph origin's x, in layout units.
  public var x: Double
  /// The glyph origin's y (on the baseline), in layout units.
  public var y: Double

  /// A glyph of outline `outline` with its origin at (`x`, `y`).
  public init(outline: Int, x: Double, y: Double) {
    self.outline = outline
    self.x = x
    self.y = y
  }
}

/// The outline of one glyph of one font, traced once per document.
public struct GlyphOutline: Equatable, Sendable {
  /// The font's number in the document, in order of first use, from 0.
  public var font: Int
  /// The glyph's number within its font, in order of first use, from 1.
  public var number: Int
  /// The outline with the glyph origin at (0, 0), in layout units.
  public var path: Path
}

/// Text runs as positioned glyphs, for a backend that writes glyph outlines itself (the SVG
/// writer): each run is laid out exactly as ``PangoTextDrawer`` lays it out for cairo (the same
/// font source, font description, 72 dpi and unhinted metrics), and each distinct glyph of a
/// font is traced once, through Pango as it draws it, missing-glyph boxes included (and kept
/// for the next document).
///
/// ```swift
/// let glyphs = PangoGlyphs(fixedSource: drawer.fixedSource)
/// for placed in glyphs.glyphs(of: run) { … glyphs.outlines[placed.outline] … }
/// ```
///
/// One value serves one document: fonts and glyphs are numbered in order of first use, so
/// the same runs give the same numbers in every process.
public final class PangoGlyphs {
  /// The bit Pango sets on a glyph no font has: the rest is the character's code point.
  static let unknownFlag: PangoGlyph = 0x1000_0000
  /// A glyph that draws nothing (a zero-width character).
  static let empty: PangoGlyph = 0x0FFF_FFFF

  /// The fonts every run is set in, or `nil` to choose per run (as ``PangoTextDrawer``).
  public let fixedSource: FontSource?
  /// Every outline traced so far, indexed by ``PlacedGlyph/outline``.
  public private(set) var outlines: [GlyphOutline] = []

  private let tracer = TracedGlyphOutlines.shared
  /// Each font met so far (retained until this value goes), by address, with its number.
  private var fonts: [UnsafeMutableRawPointer: Int] = [:]
  private var glyphsPerFont: [Int] = []
  /// The outline index of each traced glyph, `nil` for one without ink.
  private var traced: [GlyphKey: Int?] = [:]

  private struct GlyphKey: Hashable {
    var font: Int
    var glyph: PangoGlyph
    /// The advance, for unknown glyphs only (their box is as wide); 0 otherwise.
    var width: Int32
  }

  /// Glyphs for one document, from `fixedSource` (`nil`: the source is chosen per run).
  public init(fixedSource: FontSource?) {
    self.fixedSource = fixedSource
  }

  deinit {
    // Releasing the last reference finalizes the font: Pango work, done under the engine's lock.
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    for font in fonts.keys { g_object_unref(font) }
  }

  /// The glyphs of `run` with the left end of its baseline at `run.origin`, in drawing order;
  /// glyphs without ink (spaces) are left out. New outlines are appended to ``outlines``.
  public func glyphs(of run: TextRun) -> [PlacedGlyph] {
    guard !run.text.isEmpty else { return [] }
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    let source = fixedSource ?? engine.source(for: run.text, family: run.font.family)
    guard let layout = engine.line(run.text, spec: run.font, source: source),
      let line = pango_layout_get_line_readonly(layout, 0)
    else { return [] }
    let scale = Double(PANGO_SCALE)
    // As the drawer draws the line: its baseline's left end at the run's origin, the runs in
    // visual order from there (nothing of the layout's alignment or extents).
    var logical = PangoRectangle()
    pango_layout_line_get_extents(line, nil, &logical)
    let lineBaseline = -Int(logical.y)
    let top = run.origin.y - Double(lineBaseline) / scale
    var placed: [PlacedGlyph] = []
    placed.reserveCapacity(run.text.utf8.count)
    var x = 0
    var node = line.pointee.runs
    while let current = node {
      node = current.pointee.next
      guard let data = current.pointee.data else { continue }
      let item = data.assumingMemoryBound(to: PangoGlyphItem.self).pointee
      guard let string = item.glyphs else { continue }
      guard let font = item.item?.pointee.analysis.font else {
        x += Int(pango_glyph_string_get_width(string))
        continue
      }
      let baseline = lineBaseline - Int(item.y_offset)
      for index in 0..<Int(string.pointee.num_glyphs) {
        let info = string.pointee.glyphs[index]
        defer { x += Int(info.geometry.width) }
        guard info.glyph != Self.empty, let outline = outline(of: info, font: font) else { continue }
        placed.append(
          PlacedGlyph(
            outline: outline, x: run.origin.x + Double(x + Int(info.geometry.x_offset)) / scale,
            y: top + Double(baseline + Int(info.geometry.y_offset)) / scale))
      }
    }
    return placed
  }

  /// The outline index of `info`'s glyph in `font`, traced on first use; `nil` when it has no ink.
  private func outline(of info: PangoGlyphInfo, font: UnsafeMutablePointer<PangoFont>) -> Int? {
    let fontNumber = number(of: font)
    let unknown = info.glyph & Self.unknownFlag != 0
    let key = GlyphKey(font: fontNumber, glyph: info.glyph, width: unknown ? info.geometry.width : 0)
    if let known = traced[key] { return known }
    let path = tracer.outline(of: info.glyph, width: info.geometry.width, font: font)
    guard path.elements.contains(where: { if case .move = $0 { false } else { true } }) else {
      traced[key] = .some(nil)
      return nil
    }
    glyphsPerFont[fontNumber] += 1
    outlines.append(GlyphOutline(font: fontNumber, number: glyphsPerFont[fontNumber], path: path))
    traced[key] = outlines.count - 1
    return outlines.count - 1
  }

  /// The document's number for `font`, retaining it the first time.
  private func number(of font: UnsafeMutablePointer<PangoFont>) -> Int {
    let address = UnsafeMutableRawPointer(font)
    if let known = fonts[address] { return known }
    g_object_ref(address)
    fonts[address] = fonts.count
    glyphsPerFont.append(0)
    return fonts.count - 1
  }
}
