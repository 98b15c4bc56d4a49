import CPangoCairo
import Cairo
import Foundation
import Testing
import TimelineScene

@testable import PangoText

/// Lines shaped once, drawn from then on: what measuring keeps, that a kept line draws as a
/// fresh one would, and that the cache stays bounded. Each test holds the engine's (recursive)
/// lock throughout, so that no test running beside it keeps, drops or resets a line meanwhile.
@Suite struct ShapedLinesTests {
  static let font = FontSpec(family: "Inter, DejaVu Sans", size: 18)

  /// Runs `body` with the engine's lock held, as every use of Pango must.
  func locked<T>(_ body: (PangoText.PangoEngine) throws -> T) rethrows -> T {
    let engine = PangoText.PangoEngine.shared
    engine.lock.lock()
    defer { engine.lock.unlock() }
    return try body(engine)
  }

  func isKept(_ text: String) -> Bool {
    locked { engine in
      let source = engine.source(for: text, family: Self.font.family)
      return engine.shapedLines.layout(text, font: Self.font, source: source) != nil
    }
  }

  @Test func measuringKeepsEachWholeLineForDrawing() {
    locked { _ in measuringKeepsEachWholeLine() }
  }

  func measuringKeepsEachWholeLine() {
    // Text no other test measures, so nothing else kept it.
    let tag = UUID().uuidString.prefix(8)
    let single = "Protests spread to Almaty \(tag)"
    let wrapped = "Protesters storm government buildings in Almaty and set them on fire \(tag)"
    let measurer = PangoTextMeasurer()
    _ = measurer.measure(single, font: Self.font, maxWidth: nil)
    #expect(isKept(single))
    let block = measurer.measure(wrapped, font: Self.font, maxWidth: 200)
    #expect(block.lines.count > 1)
    #expect(!isKept(wrapped))
    // A wrapped line without its trailing space was measured alone: kept; the last line was not.
    let trimmed = block.lines.dropLast().map(\.text)
    #expect(!trimmed.isEmpty && trimmed.allSatisfy(isKept), "\(block.lines.map(\.text))")
  }

  /// Left-to-right, Arabic and Hebrew: a kept layout measured with a wrap width wider than the
  /// text aligns right-to-left text to the right of that width, which drawing must ignore.
  @Test(arguments: ["Tokayev asks the CSTO for help", "احتجاجات في ألماتي", "הפגנות באלמטי"])
  func aKeptLineDrawsAsAFreshLayoutDoes(title: String) throws {
    try locked { _ in try keptLineDrawsAsAFreshLayout(title: title) }
  }

  func keptLineDrawsAsAFreshLayout(title: String) throws {
    let text = "\(title) \(UUID().uuidString.prefix(4))"
    let run = TextRun(
      text: text, origin: Point(x: 12.3, y: 30.7), font: Self.font, color: .black, width: 0, ascent: 17,
      lineHeight: 22)
    func drawn() throws -> [UInt8] {
      let surface = try ImageSurface(width: 900, height: 100)
      let context = try Context(surface: surface)
      context.scale(2.37, 2.37)  // a device scale that is not a whole number
      PangoTextDrawer().draw(run, on: context)
      return surface.withPixels { pixels, _, _, _ in Array(pixels) }
    }
    _ = PangoTextMeasurer().measure(text, font: Self.font, maxWidth: 400)
    #expect(isKept(text))
    let fromKept = try drawn()
    locked { $0.shapedLines.forgetAll() }
    #expect(!isKept(text))
    let fresh = try drawn()
    #expect(isKept(text))  // drawing keeps it too
    let inked = fromKept.count { $0 != 0 }
    let differing = zip(fromKept, fresh).count { $0 != $1 }
    #expect(inked > 0 && fromKept.count == fresh.count && differing == 0, "\(differing) bytes differ")
  }

  @Test(arguments: ["Tokayev asks the CSTO for help", "احتجاجات في ألماتي"])
  func aKeptLineGivesTheSVGTheGlyphsAFreshLayoutDoes(title: String) {
    locked { _ in keptLineGivesTheSVGTheGlyphsOfAFreshLayout(title: title) }
  }

  func keptLineGivesTheSVGTheGlyphsOfAFreshLayout(title: String) {
    let text = "\(title) \(UUID().uuidString.prefix(4))"
    let run = TextRun(
      text: text, origin: Point(x: 12.3, y: 30.7), font: Self.font, color: .black, width: 0, ascent: 17,
      lineHeight: 22)
    let measured = PangoTextMeasurer().measure(text, font: Self.font, maxWidth: 500)
    #expect(isKept(text))
    let fromKept = PangoGlyphs(fixedSource: nil).glyphs(of: run)
    locked { $0.shapedLines.forgetAll() }
    let fresh = PangoGlyphs(fixedSource: nil).glyphs(of: run)
    #expect(!fromKept.isEmpty && fromKept == fresh)
    // The glyphs start at the run's origin and end within its measured width, whatever the direction.
    let xs = fromKept.map(\.x)
    #expect((xs.min() ?? 0) >= 12.3 - 1 && (xs.max() ?? 0) <= 12.3 + measured.width)
  }

  @Test func theCacheStartsOverWhenFull() throws {
    let lines = ShapedLines()
    try locked { engine in
      let context = engine.fontMap(.system).context
      let layout = try #require(engine.makeLayout("x", spec: Self.font, context: context))
      defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
      for index in 0..<ShapedLines.limit {
        lines.keep(layout, text: "line \(index)", font: Self.font, source: FontSource.system)
      }
      #expect(lines.count == ShapedLines.limit)
      lines.keep(layout, text: "line 0", font: Self.font, source: FontSource.system)
      #expect(lines.count == ShapedLines.limit)  // kept already
      lines.keep(layout, text: "one more", font: Self.font, source: FontSource.system)
      #expect(lines.count == 1)
      #expect(lines.layout("one more", font: Self.font, source: FontSource.system) == layout)
      lines.forgetAll()
    }
  }
}
