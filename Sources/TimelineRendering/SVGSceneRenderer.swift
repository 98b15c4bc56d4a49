import PangoText
import TimelineScene

/// Writes a ``Scene`` as an SVG 1.1 document itself: the SVG backend, in place of cairo's SVG
/// surface (which prints every coordinate through `snprintf`).
///
/// Paths become `<path>` elements with presentation attributes; gradients `<linearGradient>`s
/// (`linear0`, `linear1`, … in drawing order). Text is drawn as glyph outlines, the way cairo's
/// surface drew it, so the picture does not depend on the viewer's fonts: each distinct glyph
/// of each font is defined once (`glyph0-1`: font 0's first glyph, numbered in order of first
/// use by ``PangoGlyphs``) and placed with a `<use>`. Every id depends only on the scene, so
/// the same scene gives the same bytes in every render and process.
///
/// Items with non-finite coordinates are skipped, as ``CairoSceneRenderer`` skips them.
final class SVGSceneRenderer: SceneRenderer {
  typealias Failure = Never

  private let glyphs: PangoGlyphs
  /// Glyph outlines and gradients, written into `<defs>` ahead of the drawing.
  private var definitions = SVGBytes(capacity: 1 << 16)
  private var body: SVGBytes
  private var definedOutlines = 0
  private var gradientCount = 0
  private var width = 0.0
  private var height = 0.0

  /// A renderer whose text is set by `glyphs`, with room reserved for about `items` items.
  init(glyphs: PangoGlyphs, items: Int) {
    self.glyphs = glyphs
    body = SVGBytes(capacity: 256 + items * 160)
  }

  func beginPage(width: Double, height: Double, background: Color?) {
    self.width = width
    self.height = height
    // Cairo's contexts default to a miter limit of 10, SVG's to 4.
    body.append("<g stroke-miterlimit=\"10\">\n")
    guard let background, background.alpha > 0 else { return }
    body.append("<rect width=\"")
    body.append(width)
    body.append("\" height=\"")
    body.append(height)
    body.append("\"")
    appendFill(background)
    body.append("/>\n")
  }

  func fill(_ path: Path, paint: Paint) {
    switch paint {
    case .solid(let color):
      guard color.alpha > 0 else { return }
      let start = body.bytes.count
      body.append("<path")
      appendFill(color)
      guard appendData(path, from: start) else { return }
    case .linearGradient(let gradient):
      guard [gradient.start.x, gradient.start.y, gradient.end.x, gradient.end.y].allSatisfy(\.isFinite) else { return }
      let start = body.bytes.count
      body.append("<path fill=\"url(#linear")
      body.appendDigits(gradientCount)
      body.append(")\"")
      guard appendData(path, from: start) else { return }
      define(gradient)
    }
  }

  func stroke(_ path: Path, style: StrokeStyle) {
    guard style.width.isFinite, style.width > 0, style.color.alpha > 0 else { return }
    let start = body.bytes.count
    body.append("<path fill=\"none\"")
    body.appendColor(style.color, attribute: "stroke", opacity: "stroke-opacity")
    body.append(" stroke-width=\"")
    body.append(style.width)
    body.append("\"")
    let dashes = style.dash.filter { $0.isFinite && $0 >= 0 }
    if dashes.contains(where: { $0 > 0 }) {
      body.append(" stroke-dasharray=\"")
      for (index, dash) in dashes.enumerated() {
        if index > 0 { body.append(",") }
        body.append(dash)
      }
      body.append("\"")
    }
    _ = appendData(path, from: start)
  }

  func draw(_ run: TextRun) {
    guard run.origin.x.isFinite, run.origin.y.isFinite, run.font.size.isFinite, run.font.size > 0,
      run.color.alpha > 0
    else { return }
    let placed = glyphs.glyphs(of: run)
    guard !placed.isEmpty else { return }
    defineNewOutlines()
    body.append("<g")
    appendFill(run.color)
    body.append(">\n")
    for glyph in placed {
      let outline = glyphs.outlines[glyph.outline]
      body.append("<use xlink:href=\"#glyph")
      body.appendDigits(outline.font)
      body.append("-")
      body.appendDigits(outline.number)
      body.append("\" x=\"")
      body.append(glyph.x)
      body.append("\" y=\"")
      body.append(glyph.y)
      body.append("\"/>\n")
    }
    body.append("</g>\n")
  }

  func endPage() {
    body.append("</g>\n")
  }

  /// The whole document: the root element with the page's size, the definitions, the drawing.
  func document() -> [UInt8] {
    var out = SVGBytes(capacity: definitions.bytes.count + body.bytes.count + 512)
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"")
    out.append(width)
    out.append("px\" height=\"")
    out.append(height)
    out.append("px\" viewBox=\"0 0 ")
    out.append(width)
    out.append(" ")
    out.append(height)
    out.append("\" version=\"1.1\">\n")
    if !definitions.bytes.isEmpty {
      out.append("<defs>\n")
      out.append(definitions.bytes)
      out.append("</defs>\n")
    }
    out.append(body.bytes)
    out.append("</svg>\n")
    return out.bytes
  }

  /// ` fill="#rrggbb"`, and its opacity when it is not opaque.
  private func appendFill(_ color: Color) {
    body.appendColor(color, attribute: "fill", opacity: "fill-opacity")
  }

  /// ` d="…"/>` closing the element begun at `start`; or, when a point is not finite or the
  /// path draws nothing, the element taken back and false.
  private func appendData(_ path: Path, from start: Int) -> Bool {
    guard path.elements.contains(where: { if case .move = $0 { false } else { true } }) else {
      body.truncate(to: start)
      return false
    }
    body.append(" d=\"")
    guard body.appendPathData(path) else {
      body.truncate(to: start)
      return false
    }
    body.append("\"/>\n")
    return true
  }

  /// Writes the outlines ``PangoGlyphs`` traced since the last call into the definitions.
  private func defineNewOutlines() {
    let outlines = glyphs.outlines
    while definedOutlines < outlines.count {
      let outline = outlines[definedOutlines]
      definitions.append("<path id=\"glyph")
      definitions.appendDigits(outline.font)
      definitions.append("-")
      definitions.appendDigits(outline.number)
      definitions.append("\" d=\"")
      _ = definitions.appendPathData(outline.path)
      definitions.append("\"/>\n")
      definedOutlines += 1
    }
  }

  /// Defines the next `linear` gradient: cairo's pad extension (SVG's default), its stops in
  /// order of offset (clamped to 0…1, equal offsets in the order given), as cairo keeps them.
  private func define(_ gradient: LinearGradient) {
    definitions.append("<linearGradient id=\"linear")
    definitions.appendDigits(gradientCount)
    definitions.append("\" gradientUnits=\"userSpaceOnUse\" x1=\"")
    definitions.append(gradient.start.x)
    definitions.append("\" y1=\"")
    definitions.append(gradient.start.y)
    definitions.append("\" x2=\"")
    definitions.append(gradient.end.x)
    definitions.append("\" y2=\"")
    definitions.append(gradient.end.y)
    definitions.append("\">\n")
    let stops = gradient.stops.enumerated().map { (index: $0.offset, stop: $0.element) }
      .map {
        (index: $0.index, offset: $0.stop.offset.isNaN ? 0 : min(1, max(0, $0.stop.offset)), color: $0.stop.color)
      }
      .sorted { ($0.offset, $0.index) < ($1.offset, $1.index) }
    for stop in stops {
      definitions.append("<stop offset=\"")
      definitions.append(stop.offset, decimals: 6)
      definitions.append("\"")
      definitions.appendColor(stop.color, attribute: "stop-color", opacity: "stop-opacity")
      definitions.append("/>\n")
    }
    definitions.append("</linearGradient>\n")
    gradientCount += 1
  }
}
