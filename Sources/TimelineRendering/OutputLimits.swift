import TimelineScene

/// The largest SVG and PDF documents `timeline` writes: what common viewers still open.
///
/// ```swift
/// try OutputLimits.check(scene, as: .svg, options: RenderOptions())  // throws when too large
/// ```
///
/// Checked before anything is drawn, so a refused document costs no drawing time or memory.
/// PNG has its own pixel limits (``SceneRendering/pixelSize(of:scale:)``).
public enum OutputLimits {
  /// The largest PDF page side, in points: ISO 32000's implementation limit (Acrobat refuses
  /// larger pages).
  public static let maximumPDFPageSide = 14_400.0
  /// The largest SVG side, in pixels: cairo's coordinate limit, as for PNG.
  public static let maximumSVGSide = Double(RenderOptions.maximumPixelSide)
  /// The most SVG elements: librsvg refuses documents of more than 1,000,000
  /// (`MAX_LOADED_ELEMENTS`), and cairo writes one element per glyph and one per path.
  public static let maximumSVGElements = 1_000_000

  /// Throws ``RenderError/documentTooLarge(_:)`` when `scene` as `format` would pass a limit.
  public static func check(_ scene: Scene, as format: OutputFormat, options: RenderOptions) throws(RenderError) {
    switch format {
    case .png:
      return
    case .pdf:
      // A fixed page (A4, Letter) is always small; the timeline is scaled to fit it.
      guard options.page == nil else { return }
      let width = scene.width * SceneRendering.pointsPerUnit
      let height = scene.height * SceneRendering.pointsPerUnit
      guard width.isFinite, height.isFinite, width <= maximumPDFPageSide, height <= maximumPDFPageSide else {
        throw .documentTooLarge(
          "the PDF page would be \(points(width)) × \(points(height)) pt, over the limit of "
            + "\(points(maximumPDFPageSide)) pt per side that PDF viewers open; use a smaller --width, "
            + "--height to fit a horizontal timeline, --page a4 to scale it onto a page, or split the file")
      }
    case .svg:
      guard scene.width.isFinite, scene.height.isFinite, scene.width <= maximumSVGSide,
        scene.height <= maximumSVGSide
      else {
        throw .documentTooLarge(
          "the SVG would be \(points(scene.width)) × \(points(scene.height)) px, over the limit of "
            + "\(points(maximumSVGSide)) px per side; use a smaller --width, --height to fit a horizontal "
            + "timeline, or split the file")
      }
      let elements = elementCount(scene)
      guard elements <= maximumSVGElements else {
        throw .documentTooLarge(
          "the SVG would hold about \(elements) elements (one per letter drawn), over the limit of "
            + "\(maximumSVGElements) that SVG viewers load; use --height to fit the timeline (crowded "
            + "stretches are clustered), shorter texts, or split the file")
      }
    }
  }

  /// Throws when a page `height` units tall (the least the layout will need) would already be
  /// past the limit of `format`: checked before layout, so a vertical list of 10,000 events is
  /// refused without measuring its text.
  public static func checkBeforeLayout(
    width: Double, minimumHeight height: Double, as format: OutputFormat, options: RenderOptions
  ) throws(RenderError) {
    switch format {
    case .png:
      _ = try SceneRendering.pixelSize(
        of: Scene(width: width, height: max(1, height), background: nil), scale: options.scale)
    case .svg, .pdf:
      try check(Scene(width: width, height: height, background: nil), as: format, options: options)
    }
  }

  /// What the SVG writer makes of `scene`: at most one element per path and one per glyph
  /// (counted as Unicode scalars, an upper bound for most scripts). Stops counting past the limit.
  static func elementCount(_ scene: Scene) -> Int {
    var count = 0
    for item in scene.items {
      if case .text(let run) = item { count += run.text.unicodeScalars.count } else { count += 1 }
      if count > maximumSVGElements { break }
    }
    return count
  }

  private static func points(_ value: Double) -> String {
    value.isFinite ? String(Int(value.rounded(.up))) : "∞"
  }
}
