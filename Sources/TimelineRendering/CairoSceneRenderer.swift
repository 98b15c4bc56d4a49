import Cairo
import PangoText
import TimelineScene

/// Draws a ``Scene`` onto a cairo ``Context``: the backend behind PNG and PDF (SVG is written by
/// ``SVGSceneRenderer``).
///
/// Items with non-finite coordinates are skipped rather than handed to cairo, which would
/// accept them silently and draw garbage.
final class CairoSceneRenderer: SceneRenderer {
  let context: Context
  /// One for the whole document (``SceneRendering/textDrawer(for:)``), pages included.
  let textDrawer: PangoTextDrawer
  /// Layout units to device units (2 for a `--scale 2` PNG, 0.75 for PDF points).
  let scale: Double

  init(context: Context, scale: Double, textDrawer: PangoTextDrawer) {
    self.context = context
    self.scale = scale
    self.textDrawer = textDrawer
  }

  func beginPage(width: Double, height: Double, background: Color?) throws(CairoError) {
    context.scale(scale, scale)
    if let background {
      context.setSource(red: background.red, green: background.green, blue: background.blue, alpha: background.alpha)
      context.paint()
    }
  }

  func fill(_ path: Path, paint: Paint) throws(CairoError) {
    guard trace(path) else { return }
    switch paint {
    case .solid(let c):
      context.setSource(red: c.red, green: c.green, blue: c.blue, alpha: c.alpha)
    case .linearGradient(let g):
      guard [g.start.x, g.start.y, g.end.x, g.end.y].allSatisfy(\.isFinite) else { return context.newPath() }
      context.setLinearGradient(
        x0: g.start.x, y0: g.start.y, x1: g.end.x, y1: g.end.y,
        stops: g.stops.map { ($0.offset, $0.color.red, $0.color.green, $0.color.blue, $0.color.alpha) })
    }
    context.fill()
  }

  func stroke(_ path: Path, style: StrokeStyle) throws(CairoError) {
    guard style.width.isFinite, style.width > 0, trace(path) else { return context.newPath() }
    let c = style.color
    context.setSource(red: c.red, green: c.green, blue: c.blue, alpha: c.alpha)
    context.setLineWidth(style.width)
    context.setDash(style.dash.filter { $0.isFinite && $0 >= 0 })
    context.stroke()
    context.setDash([])
  }

  func draw(_ run: TextRun) throws(CairoError) {
    guard run.origin.x.isFinite, run.origin.y.isFinite, run.font.size.isFinite, run.font.size > 0 else { return }
    textDrawer.draw(run, on: context)
  }

  func endPage() throws(CairoError) {
    try context.checkStatus()
  }

  /// Builds the path on the context; returns false (and builds nothing) if any point is not finite.
  private func trace(_ path: Path) -> Bool {
    context.newPath()
    for element in path.elements {
      switch element {
      case .move(let p):
        guard p.x.isFinite, p.y.isFinite else { return abandon() }
        context.move(toX: p.x, y: p.y)
      case .line(let p):
        guard p.x.isFinite, p.y.isFinite else { return abandon() }
        context.line(toX: p.x, y: p.y)
      case .curve(let a, let b, let p):
        guard [a.x, a.y, b.x, b.y, p.x, p.y].allSatisfy(\.isFinite) else { return abandon() }
        context.curve(x1: a.x, y1: a.y, x2: b.x, y2: b.y, x3: p.x, y3: p.y)
      case .close:
        context.closePath()
      }
    }
    return true
  }

  private func abandon() -> Bool {
    context.newPath()
    return false
  }
}
