import CCairo

/// An owned cairo drawing context on a ``Surface``.
///
/// The context keeps its surface alive. Drawing calls do not throw: cairo records the first
/// error and ignores later calls, so callers check ``checkStatus()`` once after drawing.
public final class Context {
  let pointer: OpaquePointer
  public let surface: Surface

  public init(surface: Surface) throws(CairoError) {
    guard let pointer = cairo_create(surface.pointer) else { throw CairoError.unknown }
    if let error = CairoError(cairo_status(pointer)) {
      cairo_destroy(pointer)
      throw error
    }
    self.pointer = pointer
    self.surface = surface
  }

  deinit {
    cairo_destroy(pointer)
  }

  /// Throws the context's sticky error, if any.
  public func checkStatus() throws(CairoError) {
    try CairoError.check(cairo_status(pointer))
  }

  /// Lends the raw `cairo_t *` to `body`, for libraries such as Pango that draw on it.
  /// The pointer must not escape `body`.
  public func withUnsafePointer<R, E: Error>(_ body: (OpaquePointer) throws(E) -> R) throws(E) -> R {
    try body(pointer)
  }

  /// Saves the drawing state (transform, clip, source) until the matching ``restore()``.
  public func save() { cairo_save(pointer) }
  /// Returns to the state of the last ``save()``.
  public func restore() { cairo_restore(pointer) }

  public func scale(_ sx: Double, _ sy: Double) { cairo_scale(pointer, sx, sy) }
  public func translate(_ dx: Double, _ dy: Double) { cairo_translate(pointer, dx, dy) }

  public func setSource(red: Double, green: Double, blue: Double, alpha: Double) {
    cairo_set_source_rgba(pointer, red, green, blue, alpha)
  }

  /// Sets a linear gradient from (x0, y0) to (x1, y1) as the source.
  /// `stops` are (offset, red, green, blue, alpha).
  public func setLinearGradient(
    x0: Double, y0: Double, x1: Double, y1: Double,
    stops: [(offset: Double, red: Double, green: Double, blue: Double, alpha: Double)]
  ) {
    guard let pattern = cairo_pattern_create_linear(x0, y0, x1, y1) else { return }
    for stop in stops {
      cairo_pattern_add_color_stop_rgba(pattern, stop.offset, stop.red, stop.green, stop.blue, stop.alpha)
    }
    cairo_set_source(pointer, pattern)
    cairo_pattern_destroy(pattern)
  }

  public func newPath() { cairo_new_path(pointer) }
  public func move(toX x: Double, y: Double) { cairo_move_to(pointer, x, y) }
  public func line(toX x: Double, y: Double) { cairo_line_to(pointer, x, y) }
  public func curve(x1: Double, y1: Double, x2: Double, y2: Double, x3: Double, y3: Double) {
    cairo_curve_to(pointer, x1, y1, x2, y2, x3, y3)
  }
  public func closePath() { cairo_close_path(pointer) }
  public func fill() { cairo_fill(pointer) }
  public func stroke() { cairo_stroke(pointer) }
  public func paint() { cairo_paint(pointer) }
  /// Restricts later drawing to the rectangle (in user space) until the next ``restore()``.
  public func clip(x: Double, y: Double, width: Double, height: Double) {
    cairo_rectangle(pointer, x, y, width, height)
    cairo_clip(pointer)
  }
  /// Ends the current page of a paged surface (PDF) and starts the next one.
  public func showPage() { cairo_show_page(pointer) }
  public func setLineWidth(_ width: Double) { cairo_set_line_width(pointer, width) }
  public func setDash(_ dashes: [Double]) { cairo_set_dash(pointer, dashes, Int32(dashes.count), 0) }
  public func setAntialiasBest() { cairo_set_antialias(pointer, CAIRO_ANTIALIAS_BEST) }
}
