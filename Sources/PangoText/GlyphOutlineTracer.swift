import CPangoCairo
import TimelineScene

/// Traces single glyphs into ``Path``s on a scratch cairo context, as Pango would draw them at
/// a glyph origin of (0, 0): a font's outline for a real glyph, Pango's hex box for a
/// character no font has (``PangoGlyphs/unknownFlag``).
///
/// The context draws on a recording surface with the identity transformation, so a glyph is
/// traced in the font Pango shaped it with (``PangoEngine/FontMap``: layout size, no hinting),
/// in layout units. Use with ``PangoEngine/lock`` held.
final class GlyphOutlineTracer {
  /// The scratch context (`nil` only if cairo could not allocate one); replaced when cairo
  /// flags an error on it.
  private var context: OpaquePointer?
  private var surface: OpaquePointer?

  init() {
    (surface, context) = Self.makeContext()
  }

  deinit {
    cairo_destroy(context)
    cairo_surface_destroy(surface)
  }

  private static func makeContext() -> (surface: OpaquePointer?, context: OpaquePointer?) {
    let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nil)
    return (surface, cairo_create(surface))
  }

  /// The outline of `glyph` of `font` with the glyph origin at (0, 0), `width` being its
  /// advance in Pango units (the hex box of an unknown glyph is as wide as its advance);
  /// an empty path for a glyph with no ink or one cairo cannot trace (a bitmap glyph).
  func outline(of glyph: PangoGlyph, width: Int32, font: UnsafeMutablePointer<PangoFont>) -> Path {
    guard let context else { return Path() }
    cairo_new_path(context)
    cairo_move_to(context, 0, 0)
    guard let string = pango_glyph_string_new() else { return Path() }
    defer { pango_glyph_string_free(string) }
    pango_glyph_string_set_size(string, 1)
    string.pointee.glyphs[0] = PangoGlyphInfo(
      glyph: glyph, geometry: PangoGlyphGeometry(width: width, x_offset: 0, y_offset: 0), attr: PangoGlyphVisAttr())
    pango_cairo_glyph_string_path(context, font, string)
    guard cairo_status(context) == CAIRO_STATUS_SUCCESS, let copied = cairo_copy_path(context) else {
      return recovered()
    }
    defer { cairo_path_destroy(copied) }
    guard copied.pointee.status == CAIRO_STATUS_SUCCESS else { return recovered() }
    let path = Self.path(from: copied.pointee)
    cairo_new_path(context)
    return path
  }

  /// A fresh context after cairo flagged an error on the old one; an empty path for the glyph.
  private func recovered() -> Path {
    cairo_destroy(context)
    cairo_surface_destroy(surface)
    (surface, context) = Self.makeContext()
    return Path()
  }

  /// The elements of cairo's path, without a leading lone move (the origin Pango starts from)
  /// or moves that draw nothing.
  static func path(from path: cairo_path_t) -> Path {
    var elements: [PathElement] = []
    var index = 0
    let count = Int(path.num_data)
    while index < count {
      let header = path.data[index].header
      let length = max(1, Int(header.length))
      func point(_ offset: Int) -> Point {
        let p = path.data[index + offset].point
        return Point(x: p.x, y: p.y)
      }
      switch header.type {
      case CAIRO_PATH_MOVE_TO where length >= 2:
        if case .move = elements.last { elements.removeLast() }
        elements.append(.move(to: point(1)))
      case CAIRO_PATH_LINE_TO where length >= 2:
        elements.append(.line(to: point(1)))
      case CAIRO_PATH_CURVE_TO where length >= 4:
        elements.append(.curve(control1: point(1), control2: point(2), to: point(3)))
      case CAIRO_PATH_CLOSE_PATH:
        elements.append(.close)
      default:
        break
      }
      index += length
    }
    if case .move = elements.last { elements.removeLast() }
    return Path(elements)
  }
}
