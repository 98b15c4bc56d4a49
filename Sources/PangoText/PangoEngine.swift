import CPangoCairo
import Foundation
import TimelineScene

/// Pango font maps and contexts, set up once per process, shared by measuring and drawing:
/// one over every installed font (``FontSource/system``) and one over the quick families
/// only (``FontSource/namedFamilies``), each made when first asked for; which one a text uses
/// is ``source(for:family:)``'s choice.
///
/// Text is laid out at 72 dpi (a point is a layout unit) with hinting of metrics turned off,
/// so widths do not depend on the output format or the `--scale`: what layout measured is
/// what the backends draw. Pango objects are not thread-safe, so every use holds `lock`.
final class PangoEngine: @unchecked Sendable {
  static let shared = PangoEngine()

  /// Recursive, so that a whole render can hold it (see ``FontEngine/withExclusiveAccess(_:)``)
  /// while the text drawer takes it again for each run.
  let lock = NSRecursiveLock()
  private var fontMaps: [FontSource: FontMap] = [:]
  private var descriptions: [FontSpec: FontDescription] = [:]
  /// Measured text, see ``PangoTextMeasurer``; call with `lock` held.
  private(set) var measured: [MeasuredText: TextBlock] = [:]
  /// The most measurements kept; the cache starts over when it is full.
  static let measuredLimit = 50_000
  private var verticalMetrics: [SourcedFont: (ascent: Double, lineHeight: Double)] = [:]
  /// Whether each family list seen leads with ``namedFamilies``; call with `lock` held.
  var quickFamilyLists: [String: Bool] = [:]

  /// Extra leading added to Pango's line height, as a fraction of the font size.
  static let leading = 0.12

  /// The families of ``FontSource/namedFamilies``: what the default theme's list leads with.
  static let namedFamilies = ["Inter", "DejaVu Sans"]

  /// A font map and the one context that measures and draws with it.
  ///
  /// The context is never updated from the cairo context it draws on: its transformation stays
  /// the identity, so text is shaped at layout size on every surface, with the fonts (and
  /// glyph metrics) measuring already loaded, and cairo scales the glyphs it draws by the
  /// surface's transformation (a PNG's `--scale`, a PDF page's fitting). Unhinted metrics
  /// make that the same as shaping at the device size, but for rounding: what was measured is
  /// what is drawn.
  final class FontMap {
    let map: UnsafeMutablePointer<PangoFontMap>?
    let context: OpaquePointer

    init(config: OpaquePointer?) {
      map = pango_cairo_font_map_new()
      if let config, let map {
        // A PangoCairoFcFontMap is a PangoFcFontMap (which Swift sees as an opaque type).
        pango_fc_font_map_set_config(OpaquePointer(map), config)
      }
      context = pango_font_map_create_context(map)
      PangoEngine.configure(context)
    }
  }

  private init() {}

  /// The font map for `source`; call with `lock` held. Falls back to the system's when the
  /// named families are not installed.
  func fontMap(_ source: FontSource) -> FontMap {
    if let made = fontMaps[source] { return made }
    // Before Pango's first font map: Pango loads fontconfig's current configuration on a
    // thread and waits for it; the quick families' own makes that nearly free.
    SystemFontConfig.installCurrent(namedFontConfig?.config ?? SystemFontConfig.config)
    let config = source == .namedFamilies ? namedFontConfig?.config : SystemFontConfig.config
    let made = source == .namedFamilies && namedFontConfig == nil ? fontMap(.system) : FontMap(config: config)
    fontMaps[source] = made
    return made
  }

  /// Empties the measurement cache; call with `lock` held.
  func forgetMeasurements() {
    measured.removeAll()
    shapedLines.forgetAll()
  }

  /// Layouts of single lines, kept for drawing them (see ``ShapedLines``); use with `lock` held.
  let shapedLines = ShapedLines()

  /// The layout of `text` as one line in `spec` from `source`: the one kept, or a new one,
  /// kept. Borrowed: valid while `lock` is held and nothing else is kept.
  func line(_ text: String, spec: FontSpec, source: FontSource) -> OpaquePointer? {
    if let kept = shapedLines.layout(text, font: spec, source: source) { return kept }
    guard let layout = makeLayout(text, spec: spec, context: fontMap(source).context) else { return nil }
    shapedLines.keep(layout, text: text, font: spec, source: source)
    g_object_unref(UnsafeMutableRawPointer(layout))
    return shapedLines.layout(text, font: spec, source: source)
  }

  /// Keeps `block` as the measurement for `key`; call with `lock` held.
  func remember(_ block: TextBlock, for key: MeasuredText) {
    if measured.count >= Self.measuredLimit { measured.removeAll(keepingCapacity: true) }
    measured[key] = block
  }

  /// The private configuration of ``namedFamilies``, made on first use (`nil` when none of
  /// them is installed); use with `lock` held.
  private(set) lazy var namedFontConfig = NamedFontConfig.forFamilies(Self.namedFamilies)

  /// 72 dpi, no metric hinting, grey antialiasing: the same on every surface.
  static func configure(_ context: OpaquePointer) {
    pango_cairo_context_set_resolution(context, 72)
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_context_set_round_glyph_positions(context, 0)
  }

  /// The cached description for `spec`; call with `lock` held.
  func description(_ spec: FontSpec) -> FontDescription? {
    if let cached = descriptions[spec] { return cached }
    let made = FontDescription(spec)
    descriptions[spec] = made
    return made
  }

  /// A new layout on `context` with `spec` and `text`; the caller unrefs it. Call with `lock` held.
  func makeLayout(_ text: String, spec: FontSpec, context: OpaquePointer) -> OpaquePointer? {
    guard let layout = pango_layout_new(context) else { return nil }
    if let description = description(spec) { pango_layout_set_font_description(layout, description.pointer) }
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        pango_layout_set_text(layout, $0.baseAddress, Int32(clamping: buffer.count))
      }
    }
    return layout
  }

  /// Ascent and line height for `spec` from `source`'s fonts, leading included; call with
  /// `lock` held.
  func metrics(_ spec: FontSpec, source: FontSource) -> (ascent: Double, lineHeight: Double) {
    let key = SourcedFont(font: spec, source: source)
    if let cached = verticalMetrics[key] { return cached }
    var result = (ascent: spec.size * 0.95, lineHeight: spec.size * 1.25)
    if let layout = makeLayout("Hg", spec: spec, context: fontMap(source).context) {
      defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
      if let line = pango_layout_get_line_readonly(layout, 0) {
        // The line's own extents, the same as the layout's for one line.
        var logical = PangoRectangle()
        pango_layout_line_get_extents(line, nil, &logical)
        let scale = Double(PANGO_SCALE)
        let extra = spec.size * Self.leading
        result = (ascent: Double(-logical.y) / scale + extra / 2, lineHeight: Double(logical.height) / scale + extra)
      }
    }
    verticalMetrics[key] = result
    return result
  }
}

/// A font request and the fonts it is looked up in.
struct SourcedFont: Hashable {
  var font: FontSpec
  var source: FontSource
}

/// What a measurement depends on: the text, the font, the wrap width in Pango units (-1 for
/// no wrapping) and the measurer's fixed font source (`nil`: chosen from text and font).
struct MeasuredText: Hashable {
  var text: ExactText
  var font: FontSpec
  var wrapWidth: Int
  var fixedSource: FontSource?
}
