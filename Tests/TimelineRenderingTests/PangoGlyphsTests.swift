import PangoText
import Testing
import TimelineScene

/// Text runs as positioned glyphs with outlines, for the SVG writer.
@Suite struct PangoGlyphsTests {
  static let font = FontSpec(family: "Inter, DejaVu Sans", size: 20)

  static func run(_ text: String, x: Double = 10, y: Double = 40) -> TextRun {
    TextRun(text: text, origin: Point(x: x, y: y), font: font, color: .black, width: 0, ascent: 18, lineHeight: 24)
  }

  @Test func glyphsStartAtTheOriginAndAdvanceOnTheBaseline() {
    let glyphs = PangoGlyphs(fixedSource: nil)
    let placed = glyphs.glyphs(of: Self.run("Hello"))
    #expect(placed.count == 5)
    #expect(placed.first?.x == 10)
    #expect(placed.allSatisfy { $0.y == 40 })
    #expect(zip(placed, placed.dropFirst()).allSatisfy { $0.x < $1.x })
    // The last glyph starts about one letter before the measured width ends.
    let width = PangoTextMeasurer().measure("Hello", font: Self.font, maxWidth: nil).width
    let last = placed[placed.count - 1].x - 10
    #expect(last > width - 15 && last < width)
  }

  @Test func eachGlyphOfAFontIsTracedOnceAndSpacesNotAtAll() throws {
    let glyphs = PangoGlyphs(fixedSource: nil)
    let first = glyphs.glyphs(of: Self.run("level"))
    let second = glyphs.glyphs(of: Self.run("eve l", x: 200))
    #expect(glyphs.outlines.count == 3)  // l, e, v
    #expect(first.map(\.outline) == [0, 1, 2, 1, 0])
    #expect(second.map(\.outline) == [1, 2, 1, 0])
    #expect(glyphs.outlines.map(\.number) == [1, 2, 3])
    #expect(Set(glyphs.outlines.map(\.font)) == [0])
    let bounds = try #require(glyphs.outlines[0].path.bounds)
    // An "l" at 20 px: a tall stem above the baseline, starting a little right of the origin.
    #expect(bounds.minY < -12 && bounds.maxY <= 0.5 && bounds.minX >= 0 && bounds.width < 6)
  }

  @Test func aCharacterNoFontHasIsAHexBoxAsWideAsItsAdvance() throws {
    let glyphs = PangoGlyphs(fixedSource: nil)
    let placed = glyphs.glyphs(of: Self.run("a\u{0378}b"))
    #expect(placed.count == 3)
    let box = try #require(glyphs.outlines[placed[1].outline].path.bounds)
    #expect(box.width > 4 && box.width <= placed[2].x - placed[1].x)
    #expect(box.maxY > -2 && box.minY < -10)
  }

  @Test func aDocumentNumbersItsGlyphsTheSameWhateverCameBefore() {
    _ = PangoGlyphs(fixedSource: nil).glyphs(of: Self.run("zyx wvu"))
    let glyphs = PangoGlyphs(fixedSource: nil)
    _ = glyphs.glyphs(of: Self.run("vu"))
    #expect(glyphs.outlines.map(\.number) == [1, 2])
    #expect(glyphs.outlines.map(\.font) == [0, 0])
  }
}
