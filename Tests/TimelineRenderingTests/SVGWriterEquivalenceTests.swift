import Cairo
import Foundation
import Testing
import TimelineModel
import TimelineScene
import TimelineTestSupport
import Timelines

@testable import TimelineRendering

/// librsvg's command-line rasterizer.
enum SVGRasterizer {
  static let executable = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
  static let isInstalled = FileManager.default.isExecutableFile(atPath: executable.path)
}

/// The SVG writer draws what cairo's SVG surface drew for the same scene: both documents
/// rasterized by librsvg (`rsvg-convert`, from librsvg2-bin) differ only where antialiasing
/// rounds an edge differently.
@Suite(
  .enabled(
    if: SVGRasterizer.isInstalled,
    "needs rsvg-convert (Debian: librsvg2-bin; scripts/install-dependencies.sh installs it)"))
struct SVGWriterEquivalenceTests {
  /// The scene drawn by ``CairoSceneRenderer`` onto cairo's SVG surface: the writer's yardstick.
  static func cairoSVG(_ scene: Scene) throws -> Data {
    let sink = ByteSink()
    let surface = try SVGSurface(width: scene.width, height: scene.height, sink: sink)
    let context = try Context(surface: surface)
    try scene.draw(
      to: CairoSceneRenderer(context: context, scale: 1, textDrawer: SceneRendering.textDrawer(for: scene)))
    try surface.finish()
    return sink.data
  }

  static func writerSVG(_ scene: Scene) throws -> Data {
    var options = RenderOptions()
    options.svgTextLayer = false
    return try SceneRendering.render(scene, as: .svg, options: options)
  }

  static func rasterized(_ svg: Data) throws -> ImageSurface {
    let result = try Subprocess.run(SVGRasterizer.executable, ["--format", "png"], input: svg)
    #expect(result.status == 0, "rsvg-convert: \(result.stderr)")
    return try ImageSurface(png: result.stdout)
  }

  /// Asserts that the two rasterizations have one size and differ by more than `tolerance`
  /// (of 255) in at most one pixel in 10,000.
  static func expectEquivalent(_ scene: Scene, _ name: String) throws {
    let cairo = try rasterized(try cairoSVG(scene))
    let written = try rasterized(try writerSVG(scene))
    let difference = try #require(try PixelDifference(golden: cairo, actual: written, tolerance: 32), "sizes differ")
    #expect(difference.share <= 0.0001, "\(name): \(difference.differing) pixels differ")
  }

  static func scene(of name: String) throws -> Scene {
    let path = "seeds/\(name).yaml"
    let timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
    return TimelineRenderer().layout(timeline).scene
  }

  @Test(arguments: ["kazakhstan-2022", "apollo-13", "software-releases"])
  func examplesLookAsCairoDrewThem(name: String) throws {
    try Self.expectEquivalent(try Self.scene(of: name), name)
  }

  @Test func missingGlyphsRightToLeftTextAndLigaturesLookAsCairoDrewThem() throws {
    var scene = Scene(width: 640, height: 200, background: .white)
    let texts = [
      "Unassigned \u{0378} and \u{1F389} in boxes", "שלום and سلام from right to left", "office, affine — ligatures",
      "Kazakh Қазақстан, Greek αβγ",
    ]
    for (index, text) in texts.enumerated() {
      let font = FontSpec(
        family: "Inter, DejaVu Sans", size: 16 + Double(index) * 2, weight: index == 1 ? .bold : .regular)
      scene.items.append(
        .text(
          TextRun(
            text: text, origin: Point(x: 12.3, y: 40 + Double(index) * 42.7), font: font,
            color: Color(red: 0.1, green: 0.2, blue: 0.6, alpha: index == 2 ? 0.6 : 1), width: 0, ascent: 16,
            lineHeight: 24)))
    }
    try Self.expectEquivalent(scene, "text")
  }
}
