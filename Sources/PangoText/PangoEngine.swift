import CPangoCairo
import Foundation
import TimelineScene

/// One Pango font map and context, set up once, shared by measuring and drawing.
///
/// Text is laid out at 72 dpi (a point is a layout unit) with hinting of metrics turned off,
/// so widths do not depend on the output format or the `--scale`: what layout measured is
/// what the backends draw. Pango objects are not thread-safe, so every use holds `lock`.
final class PangoEngine: @unchecked Sendable {
  static let shared = PangoEngine()

  /// Recursive, so that a whole render can hold it (see ``FontEngine/withExclusiveAccess(_:)``)
  /// while the text drawer takes it again for each run.
  let lock = NSRecursiveLock()
  private let fontMap: UnsafeMutablePointer<PangoFontMap>?
  let context: OpaquePointer
  private var descriptions: [FontSpec: FontDescription] = [:]
  private var verticalMetrics: [FontSpec: (ascent: Double, lineHeight: Double)] = [:]

  /// Extra leading added to Pango's line height, as a fraction of the font size.
  static let leading = 0.12

  private init() {
    fontMap = pango_cairo_font_map_new()
    context = pango_font_map_create_context(fontMap)
    Self.configure(context)
  }

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

  /// Ascent and line height for `spec`, leading included; call with `lock` held.
  func metrics(_ spec: FontSpec) -> (ascent: Double, lineHeight: Double) {
    if let cached = verticalMetrics[spec] { return cached }
    var result = (ascent: spec.size * 0.95, lineHeight: spec.size * 1.25)
    if let layout = makeLayout("Hg", spec: spec, context: context) {
      var logical = PangoRectangle()
      pango_layout_get_extents(layout, nil, &logical)
      let scale = Double(PANGO_SCALE)
      let extra = spec.size * Self.leading
      result = (
        ascent: Double(pango_layout_get_baseline(layout)) / scale + extra / 2,
        lineHeight: Double(logical.height) / scale + extra
      )
      g_object_unref(UnsafeMutableRawPointer(layout))
    }
    verticalMetrics[spec] = result
    return result
  }
}
