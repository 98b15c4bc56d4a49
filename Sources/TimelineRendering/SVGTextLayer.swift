import Foundation
import TextGrammar
import TimelineScene

/// An invisible, selectable text layer over the drawn glyph outlines — the way a scanned PDF gets
/// a text layer — so that find, copy and paste and screen readers work on SVG output.
///
/// Every text run of the scene becomes a `<text>` at its baseline, in its font and size,
/// stretched with `textLength` to the measured width, with `fill-opacity:0`: the drawing
/// stays exactly as it was. Runs inside a ``SceneRegion`` are grouped in a `<g>` with the
/// region's id (prefixed like every other id of the document), its classes, `role="group"`,
/// an `aria-label` and a `<title>` (the browser's tooltip).
enum SVGTextLayer {
  static func insert(for scene: Scene, prefix: String, into svg: [UInt8]) -> [UInt8] {
    insert(Array(layer(for: scene, prefix: prefix).utf8), into: svg)
  }

  /// `layer` inserted before the closing `</svg>` of `svg`.
  static func insert(_ layer: [UInt8], into svg: [UInt8]) -> [UInt8] {
    let close = Array("</svg>".utf8)
    guard svg.count >= close.count,
      let end = (0...(svg.count - close.count)).reversed().first(where: {
        svg[$0..<($0 + close.count)].elementsEqual(close)
      })
    else { return svg }
    return Array(svg[..<end]) + layer + Array(svg[end...])
  }

  /// The layer for `scene`, its region ids starting with `prefix`.
  static func layer(for scene: Scene, prefix: String) -> String {
    template(for: scene).text(prefix: prefix)
  }

  /// The layer with the places of the id prefix left open. The prefix is a hash of the whole
  /// document, this layer included, so the layer is needed before its prefix is known: built
  /// once, it is written twice (without a prefix for the hash, then with it), which costs a join
  /// instead of a second build.
  struct Template {
    /// The layer's text, cut where each prefix goes.
    var pieces: [String]

    /// The layer with `prefix` at each region id.
    func text(prefix: String) -> String { pieces.joined(separator: prefix) }
  }

  static func template(for scene: Scene) -> Template {
    var pieces: [String] = []
    var grouped: [[TextRun]] = Array(repeating: [], count: scene.regions.count)
    var loose: [TextRun] = []
    for run in scene.textRuns where !run.text.allSatisfy(\.isWhitespace) {
      let bounds = run.bounds
      let centre = Point(x: bounds.minX + bounds.width / 2, y: bounds.minY + bounds.height / 2)
      if let index = scene.regions.firstIndex(where: { contains($0.box, centre) }) {
        grouped[index].append(run)
      } else {
        loose.append(run)
      }
    }
    // The family and white-space rule are inherited from the layer; a run in another family
    // names its own.
    let family = scene.textRuns.first?.font.family ?? ""
    var out = "<g class=\"timeline-text\" style=\"fill-opacity:0;font-family:\(cssFamily(family));white-space:pre\">\n"
    func text(_ run: TextRun) -> String { Self.text(run, family: family) }
    for run in loose { out += text(run) }
    for (region, runs) in zip(scene.regions, grouped) {
      let label = XMLText.escaped(region.label)
      if let link = region.link { out += "<a href=\"\(XMLText.escaped(link))\">" }
      out += "<g id=\""
      pieces.append(out)
      out = "-\(XMLText.escaped(region.id))\""
      out += " class=\"\(XMLText.escaped(region.classes.joined(separator: " ")))\""
      out += " role=\"group\" aria-label=\"\(label)\"><title>\(label)</title>\n"
      let box = region.box
      out += "<rect x=\"\(number(box.minX))\" y=\"\(number(box.minY))\" width=\"\(number(box.width))\""
      out += " height=\"\(number(box.height))\"/>\n"
      for run in runs { out += text(run) }
      out += region.link == nil ? "</g>\n" : "</g></a>\n"
    }
    pieces.append(out + "</g>\n")
    return Template(pieces: pieces)
  }

  static func contains(_ box: Rect, _ point: Point) -> Bool {
    point.x >= box.minX - 1 && point.x <= box.maxX + 1 && point.y >= box.minY - 1 && point.y <= box.maxY + 1
  }

  static func text(_ run: TextRun, family: String) -> String {
    var font = " font-size=\"\(number(run.font.size))\""
    if run.font.weight != .regular { font += " font-weight=\"\(weight(run.font.weight))\"" }
    if run.font.italic { font += " font-style=\"italic\"" }
    if run.font.family != family { font += " font-family=\"\(cssFamily(run.font.family))\"" }
    return "<text x=\"\(number(run.origin.x))\" y=\"\(number(run.origin.y))\" textLength=\"\(number(run.width))\""
      + " lengthAdjust=\"spacingAndGlyphs\"\(font)>\(XMLText.escaped(run.text))</text>\n"
  }

  /// A fontconfig family list as CSS: each family quoted, quotes inside dropped.
  static func cssFamily(_ family: String) -> String {
    FontSpec.familyNames(in: family).map { name in
      "'" + name.filter { $0 != "'" && $0 != "\"" && $0 != ";" } + "'"
    }.joined(separator: ",")
  }

  static func weight(_ weight: FontWeight) -> Int {
    switch weight {
    case .regular: 400
    case .medium: 500
    case .semibold: 600
    case .bold: 700
    }
  }

  /// A coordinate with at most two decimals, without exponent or trailing zeros.
  static func number(_ value: Double) -> String { DecimalText.hundredths(value, .asFewAsNeeded) }
}
