import Cairo
import Foundation
import PNGEncoding
import PangoText
import TimelineScene

/// Turns a `Scene` into PNG, SVG or PDF bytes.
///
/// ```swift
/// let png = try SceneRendering.render(scene, as: .png, options: RenderOptions(scale: 2))
/// ```
///
/// Guarantees: the same scene and options give byte-identical output (SVG ids are
/// numbered by ``SVGSceneRenderer`` in drawing order, then prefixed with a hash of the document
/// so that inlined SVGs never clash;
/// PDF dates come from ``RenderOptions/documentDate``); nothing is returned unless cairo
/// reported success at every checkpoint. PNGs record their density (96 × `scale` dpi).
public enum SceneRendering {
  /// PDF points per layout unit: layout units are CSS pixels, 96 to the inch.
  public static let pointsPerUnit = 0.75

  /// `scene` as `format` bytes, or a ``RenderError``; what `TimelineRenderer.render(_:as:)`
  /// does after layout.
  public static func render(_ scene: Scene, as format: OutputFormat, options: RenderOptions) throws(RenderError)
    -> Data
  {
    guard format == .png else {
      return try FontEngine.withExclusiveAccess { () throws(RenderError) -> Data in
        try renderExclusively(scene, as: format, options: options)
      }
    }
    return try drawPNG(scene, options: options).encoded()
  }

  /// A PNG drawn but not yet encoded: what ``drawPNG(_:options:)`` returns, so that a caller
  /// can compress it on another thread while the font engine draws the next format.
  public struct DrawnPNG: @unchecked Sendable {
    fileprivate let image: ImageSurface
    fileprivate let scale: Double

    /// The PNG bytes; needs no font engine, and may run on any one thread.
    public func encoded() throws(RenderError) -> Data {
      try SceneRendering.encodePNG(image, scale: scale)
    }
  }

  /// `scene` drawn for a PNG, holding the font engine only while drawing: the first half of
  /// ``render(_:as:options:)`` for `.png`.
  public static func drawPNG(_ scene: Scene, options: RenderOptions) throws(RenderError) -> DrawnPNG {
    let image = try FontEngine.withExclusiveAccess { () throws(RenderError) -> ImageSurface in
      try OutputLimits.check(scene, as: .png, options: options)
      return try mappingCairoErrors { () throws -> ImageSurface in try drawImage(scene, scale: options.scale) }
    }
    return DrawnPNG(image: image, scale: options.scale)
  }

  /// Runs `body`, turning cairo's errors into ``RenderError/cairo(_:)``.
  private static func mappingCairoErrors<T>(_ body: () throws -> T) throws(RenderError) -> T {
    do {
      return try body()
    } catch let error as RenderError {
      throw error
    } catch let error as CairoError {
      throw .cairo(error)
    } catch {
      throw .cairo(CairoError.unknown)
    }
  }

  private static func renderExclusively(_ scene: Scene, as format: OutputFormat, options: RenderOptions)
    throws(RenderError) -> Data
  {
    try OutputLimits.check(scene, as: format, options: options)
    return try mappingCairoErrors { () throws -> Data in
      switch format {
      case .png: return try encodePNG(drawImage(scene, scale: options.scale), scale: options.scale)
      case .svg:
        let renderer = SVGSceneRenderer(
          glyphs: PangoGlyphs(fixedSource: textDrawer(for: scene).fixedSource), items: scene.items.count)
        scene.draw(to: renderer)
        let normalized = renderer.document()
        let layer = options.svgTextLayer ? SVGTextLayer.template(for: scene) : nil
        let unprefixed = layer.map { Array($0.text(prefix: "").utf8) } ?? []
        let prefix = SVGIdentifierPrefix.prefix(
          for: normalized + unprefixed + Array("\(scene.title)\u{0}\(scene.summary)".utf8))
        let svg = SVGIdentifierPrefix.apply(prefix, to: normalized)
        let described = SVGMetadata.insert(title: scene.title, description: scene.summary, into: svg)
        guard let layer else { return Data(described) }
        return Data(SVGTextLayer.insert(Array(layer.text(prefix: prefix).utf8), into: described))
      case .pdf:
        let sink = ByteSink()
        guard let page = options.page else {
          let surface = try PDFSurface(
            width: scene.width * pointsPerUnit, height: scene.height * pointsPerUnit, sink: sink)
          surface.setMetadata(title: scene.title, date: options.documentDate)
          try draw(scene, on: surface, scale: pointsPerUnit, links: true)
          return sink.data
        }
        // A list too long for the page continues on further pages (``PagedFit``); anything
        // else is scaled down (never up) to fit inside the margins, and centred there (``PageFit``).
        if let paged = PagedFit(scene: scene, page: page) {
          return try pagedPDF(scene, fit: paged, page: page, options: options)
        }
        let surface = try PDFSurface(width: page.width, height: page.height, sink: sink)
        surface.setMetadata(title: scene.title, date: options.documentDate)
        let fit = PageFit(scene: scene, page: page)
        let context = try Context(surface: surface)
        context.translate(fit.originX, fit.originY)
        try scene.draw(to: CairoSceneRenderer(context: context, scale: fit.scale, textDrawer: textDrawer(for: scene)))
        addLinks(scene, on: context)
        try surface.finish()
        return sink.data
      }
    }
  }

  /// The pixel size of a PNG of `scene` at `scale`, checked against the limits.
  public static func pixelSize(of scene: Scene, scale: Double) throws(RenderError) -> (width: Int, height: Int) {
    guard scale.isFinite, RenderOptions.scaleRange.contains(scale) else { throw .invalidScale(scale) }
    let w = (scene.width * scale).rounded(.up)
    let h = (scene.height * scale).rounded(.up)
    guard w.isFinite, h.isFinite, w >= 1, h >= 1, w <= Double(RenderOptions.maximumPixelSide),
      h <= Double(RenderOptions.maximumPixelSide), w * h <= Double(RenderOptions.maximumPixelArea)
    else {
      let clampedW = w.isFinite ? Int(min(w, 1e9)) : 0
      let clampedH = h.isFinite ? Int(min(h, 1e9)) : 0
      throw .canvasTooLarge(width: clampedW, height: clampedH)
    }
    return (Int(w), Int(h))
  }

  /// `scene` drawn into a new image surface at `scale` device pixels per unit.
  private static func drawImage(_ scene: Scene, scale: Double) throws -> ImageSurface {
    let size = try pixelSize(of: scene, scale: scale)
    let surface = try ImageSurface(width: size.width, height: size.height)
    try draw(scene, on: surface, scale: scale, finish: false)
    return surface
  }

  /// The PNG bytes of a drawn image surface; needs no font engine.
  private static func encodePNG(_ surface: ImageSurface, scale: Double) throws(RenderError) -> Data {
    try surface.withPixels { (pixels, width, height, stride) throws(RenderError) -> Data in
      do throws(PNGError) {
        // A layout unit is a CSS pixel (1/96 in), so `scale` device pixels per unit is
        // 96 × scale dpi: `--dpi` gives back its value, `--scale 2` stays the same size in print.
        return try PNGEncoder(pixelsPerInch: 96 * scale).encode(
          pixels: pixels, width: width, height: height, stride: stride)
      } catch {
        throw .encoding(error.description)
      }
    }
  }

  /// Draws and checks; vector surfaces are finished here (writing their bytes), image
  /// surfaces stay open for the PNG writer.
  private static func draw(
    _ scene: Scene, on surface: Surface, scale: Double, finish: Bool = true, links: Bool = false
  ) throws(CairoError) {
    let context = try Context(surface: surface)
    try scene.draw(to: CairoSceneRenderer(context: context, scale: scale, textDrawer: textDrawer(for: scene)))
    if links { addLinks(scene, on: context) }
    if finish { try surface.finish() } else { try surface.checkStatus() }
  }

  /// The text drawer for `scene`'s document: one font source for all its runs, the page
  /// headings of a paged PDF included.
  static func textDrawer(for scene: Scene) -> PangoTextDrawer {
    let headings = scene.pageBreaks.map { breaks in breaks.runningHead + breaks.places.flatMap(\.heading) } ?? []
    let runs = (scene.items + headings).lazy.compactMap { item -> TextRun? in
      if case .text(let run) = item { run } else { nil }
    }
    return PangoTextDrawer(document: runs)
  }

  /// A PDF link annotation over each linked region; the context is still in layout units
  /// (the renderer scaled it), so the boxes go in as they are.
  static func addLinks(_ scene: Scene, on context: Context, within band: ClosedRange<Double>? = nil) {
    for region in scene.regions {
      if let band, !band.contains(region.box.midY) { continue }
      guard let link = region.link else { continue }
      let box = region.box
      context.addLink(uri: link, x: box.minX, y: box.minY, width: box.width, height: box.height)
    }
  }
}
