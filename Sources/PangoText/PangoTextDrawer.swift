import CPangoCairo
import Cairo
import TimelineScene

/// Draws ``TextRun``s onto a cairo ``Context`` with the same fonts and settings the
/// measurer used.
public struct PangoTextDrawer {
  public init() {}

  /// Draws `run` with its baseline's left end at `run.origin`, in the run's colour.
  public func draw(_ run: TextRun, on context: Context) {
    guard !run.text.isEmpty else { return }
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    context.withUnsafePointer { cr in
      let pangoContext = engine.fontMap(run.font.source).drawing
      pango_cairo_update_context(cr, pangoContext)
      guard let layout = engine.makeLayout(run.text, spec: run.font, context: pangoContext) else { return }
      defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
      let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
      let c = run.color
      cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
      cairo_move_to(cr, run.origin.x, run.origin.y - baseline)
      pango_cairo_show_layout(cr, layout)
    }
  }
}
