import Cairo
import Foundation
import PangoText
import TimelineLayout
import TimelineModel
import TimelineRendering

/// Renders a `Timeline` to image bytes: layout with Pango's measurements, then cairo.
///
/// ```swift
/// let loaded = try TimelineLoader.load(data: yaml, fileName: "events.yaml")
/// let renderer = TimelineRenderer(layout: LayoutOptions(width: 1200))
/// let png = try renderer.render(loaded.timeline, as: .png)
/// let svg = try renderer.render(loaded.timeline, as: .svg)
/// ```
///
/// The library entry point for report generators: no files are touched, and the same
/// timeline and options always give the same bytes.
public struct TimelineRenderer: Sendable {
  /// Width, theme, orientation and grouping.
  public var layoutOptions: LayoutOptions
  /// Pixel density, PDF page and document date.
  public var renderOptions: RenderOptions

  /// The version of this renderer; bump it whenever the same input would draw differently.
  public static let version = "0.5.0"

  /// This renderer and the libraries that shape its output, e.g.
  /// `timeline 0.5.0, cairo 1.16.0, pango 1.50.12`: what a cached output depends on besides
  /// its input and options.
  public static var fingerprint: String {
    "timeline \(version), cairo \(CairoLibrary.version), pango \(PangoLibrary.version)"
  }

  /// A renderer with these options; nothing is checked until ``render(_:as:)``.
  public init(layout: LayoutOptions = LayoutOptions(), render: RenderOptions = RenderOptions()) {
    layoutOptions = layout
    renderOptions = render
  }

  /// The laid-out scene and its geometry, measured with Pango.
  ///
  /// Pango chooses the fonts: each text is set in the theme's leading families alone (quick
  /// to set up) when they cover every character of it, and with every installed font as
  /// fallback otherwise (`PangoTextMeasurer.fontSource(for:in:)`); drawing chooses the same.
  public func layout(_ timeline: Timeline) -> TimelineLayoutResult {
    TimelineLayoutEngine(measurer: PangoTextMeasurer(), options: layoutOptions).layout(timeline)
  }

  /// The timeline as `format` bytes; a timeline with errors (`Timeline.validate(name:)`)
  /// is refused with them as ``TimelineRenderError/invalidTimeline(_:)``, layout options
  /// outside their limits (`LayoutOptions.check()`) as ``TimelineRenderError/invalidOption(_:)``,
  /// and a failure to draw as ``TimelineRenderError/rendering(_:)``.
  public func render(_ timeline: Timeline, as format: OutputFormat) throws(TimelineRenderError) -> Data {
    if let problem = layoutOptions.problems.first { throw .invalidOption(problem) }
    let errors = timeline.validationErrors()
    guard errors.isEmpty else { throw .invalidTimeline(errors) }
    guard InstalledFonts.available else { throw .rendering(.noFonts) }
    do {
      return try SceneRendering.render(layout(timeline).scene, as: format, options: renderOptions)
    } catch {
      throw .rendering(error)
    }
  }
}
