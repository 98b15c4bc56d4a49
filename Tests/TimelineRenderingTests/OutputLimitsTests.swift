import Foundation
import Testing
import TimelineRendering
import TimelineScene

/// Issue 10 item 6: SVG and PDF documents past what viewers open are refused before drawing,
/// with a message saying what to change; documents at the limits render.
@Suite struct OutputLimitsTests {
  let options = RenderOptions(scale: 1, documentDate: RenderOptions.fixedDocumentDate)

  func scene(width: Double, height: Double, letters: Int = 0) -> Scene {
    var scene = Scene(width: width, height: height, background: .white)
    scene.items.append(.fill(.rect(Rect(x: 0, y: 0, width: 10, height: 10)), .solid(.black)))
    if letters > 0 {
      let run = TextRun(
        text: String(repeating: "a", count: letters), origin: Point(x: 0, y: 20),
        font: FontSpec(family: "DejaVu Sans", size: 12), color: .black, width: 10, ascent: 10, lineHeight: 14)
      scene.items.append(.text(run))
    }
    return scene
  }

  func refusal(_ scene: Scene, _ format: OutputFormat, options: RenderOptions? = nil) -> String? {
    do {
      _ = try SceneRendering.render(scene, as: format, options: options ?? self.options)
      return nil
    } catch {
      guard case .documentTooLarge(let message) = error else {
        Issue.record("unexpected error \(error)")
        return nil
      }
      return message
    }
  }

  @Test func aPDFPageTallerThan14400PointsIsRefusedWithWhatToChange() throws {
    // 19,201 layout units are 14,400.75 pt.
    let message = try #require(refusal(scene(width: 800, height: 19_201), .pdf))
    #expect(message.contains("600 × 14401 pt"))
    #expect(message.contains("14400 pt per side"))
    #expect(message.contains("--page a4"))
  }

  @Test func aPDFPageAtTheLimitRenders() throws {
    let pdf = try SceneRendering.render(scene(width: 800, height: 19_200), as: .pdf, options: options)
    #expect(pdf.starts(with: Array("%PDF".utf8)))
  }

  @Test func aTallSceneStillFitsOntoAFixedPage() throws {
    var fixed = options
    fixed.page = .a4
    let pdf = try SceneRendering.render(scene(width: 800, height: 100_000), as: .pdf, options: fixed)
    #expect(pdf.starts(with: Array("%PDF".utf8)))
  }

  @Test func anSVGPastCairosCoordinateLimitIsRefused() throws {
    let message = try #require(refusal(scene(width: 800, height: 40_000), .svg))
    #expect(message.contains("800 × 40000 px"))
    #expect(message.contains("--height"))
  }

  @Test func anSVGOfMoreThanAMillionElementsIsRefused() throws {
    let message = try #require(refusal(scene(width: 800, height: 800, letters: 1_000_000), .svg))
    #expect(message.contains("1000001 elements"))
  }

  @Test func anSVGAtTheElementLimitPassesTheCheck() throws {
    // One path and 999,999 letters: the limit exactly (checked, not drawn).
    try OutputLimits.check(scene(width: 800, height: 800, letters: 999_999), as: .svg, options: options)
    #expect(refusal(scene(width: 800, height: 800, letters: 1_000_000), .svg) != nil)
  }

  @Test func pngKeepsItsOwnPixelLimit() throws {
    try OutputLimits.check(scene(width: 800, height: 40_000), as: .png, options: options)
    #expect(throws: RenderError.canvasTooLarge(width: 800, height: 40_000)) {
      try SceneRendering.pixelSize(of: scene(width: 800, height: 40_000), scale: 1)
    }
  }

  /// A vertical list's least height is known before layout; past a format's limit it is refused
  /// then, without measuring text.
  @Test func theLeastHeightIsCheckedBeforeLayout() throws {
    #expect(throws: RenderError.self) {
      try OutputLimits.checkBeforeLayout(width: 1600, minimumHeight: 20_000, as: .pdf, options: options)
    }
    #expect(throws: RenderError.canvasTooLarge(width: 1600, height: 40_000)) {
      try OutputLimits.checkBeforeLayout(width: 1600, minimumHeight: 40_000, as: .png, options: options)
    }
    try OutputLimits.checkBeforeLayout(width: 1600, minimumHeight: 20_000, as: .svg, options: options)
    var fixed = options
    fixed.page = .letter
    try OutputLimits.checkBeforeLayout(width: 1600, minimumHeight: 100_000, as: .pdf, options: fixed)
  }
}
