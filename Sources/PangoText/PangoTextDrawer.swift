import CPangoCairo
import Cairo
import TimelineScene

/// Draws ``TextRun``s onto a cairo ``Context`` with the same fonts and settings the
/// measurer used.
///
/// A drawer made for a document (``init(document:)``) draws every run from one font source,
/// so that a PDF embeds each font once: the quick families when they cover every run (as
/// ``PangoTextMeasurer/fontSource(for:in:)`` then chose for each), every installed font
/// otherwise. Either source gives the same glyphs and advances for the text the quick
/// families cover, so what was measured is what is drawn.
public struct PangoTextDrawer {
  /// The fonts every run is drawn in, or `nil` to choose per run.
  public let fixedSource: FontSource?

  /// A drawer that chooses the fonts per run (`nil`), or always uses `fixedSource`.
  public init(fixedSource: FontSource? = nil) {
    self.fixedSource = fixedSource
  }

  /// A drawer for a document of `runs`: the quick families when each run would be set in
  /// them, every installed font otherwise.
  public init(document runs: some Sequence<TextRun>) {
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    let quick = runs.allSatisfy { engine.source(for: $0.text, family: $0.font.family) == .namedFamilies }
    fixedSource = quick ? .namedFamilies : .system
  }

  /// Draws `run` with its baseline's left end at `run.origin`, in the run's colour.
  public func draw(_ run: TextRun, on context: Context) {
    guard !run.text.isEmpty else { return }
    let engine = PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    context.withUnsafePointer { cr in
      let source = fixedSource ?? engine.source(for: run.text, family: run.font.family)
      guard let layout = engine.line(run.text, spec: run.font, source: source),
        let line = pango_layout_get_line_readonly(layout, 0)
      else { return }
      let c = run.color
      cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
      // The line itself, its baseline's left end at the current point, whatever the alignment
      // of a kept layout measured with a wrap width (which puts right-to-left text at its right
      // end).
      cairo_move_to(cr, run.origin.x, run.origin.y)
      pango_cairo_show_layout_line(cr, line)
    }
  }
}
