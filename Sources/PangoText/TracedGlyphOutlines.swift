import CPangoCairo
import TimelineScene

/// The glyph outlines traced in this process, kept across documents, so that a batch traces
/// each glyph of each font once rather than once per file (FreeType's loading of an outline is
/// most of a glyph's cost).
///
/// Keyed by font (retained while its outlines are kept, so its address stays its own), glyph
/// and, for unknown glyphs, advance. At most ``limit`` outlines are kept; the cache then starts
/// over. Use with ``PangoEngine/lock`` held.
final class TracedGlyphOutlines: @unchecked Sendable {
  static let shared = TracedGlyphOutlines()
  /// The most outlines kept (a few hundred per font and size in practice).
  static let limit = 20_000

  private let tracer = GlyphOutlineTracer()
  private var outlines: [Key: Path] = [:]
  private var fonts: Set<UnsafeMutableRawPointer> = []

  private struct Key: Hashable {
    var font: UnsafeMutableRawPointer
    var glyph: PangoGlyph
    /// The advance, for unknown glyphs only (their box is as wide); 0 otherwise.
    var width: Int32
  }

  private init() {}

  /// The outline of `glyph` of `font` at the origin (``GlyphOutlineTracer/outline(of:width:font:)``),
  /// traced on first use.
  func outline(of glyph: PangoGlyph, width: Int32, font: UnsafeMutablePointer<PangoFont>) -> Path {
    let address = UnsafeMutableRawPointer(font)
    let key = Key(font: address, glyph: glyph, width: glyph & PangoGlyphs.unknownFlag != 0 ? width : 0)
    if let known = outlines[key] { return known }
    if outlines.count >= Self.limit { forgetAll() }
    if fonts.insert(address).inserted { g_object_ref(address) }
    let path = tracer.outline(of: glyph, width: width, font: font)
    outlines[key] = path
    return path
  }

  private func forgetAll() {
    outlines.removeAll()
    for font in fonts { g_object_unref(font) }
    fonts.removeAll()
  }
}
