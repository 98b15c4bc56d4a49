import Foundation
import PangoText
import Testing
import TimelineScene

/// The per-process measurement cache must never hand one request another's answer.
@Suite struct MeasurementCacheTests {
  @Test func wrapWidthFontAndTextEachKeepTheirOwnMeasurement() {
    let measurer = PangoTextMeasurer()
    let text = "Protesters storm government buildings in Almaty and set them on fire"
    let font = FontSpec(family: "Inter, DejaVu Sans", size: 18)
    let unwrapped = measurer.measure(text, font: font, maxWidth: nil)
    let narrow = measurer.measure(text, font: font, maxWidth: 160)
    let wide = measurer.measure(text, font: font, maxWidth: 400)
    #expect(unwrapped.lines.count == 1)
    #expect(narrow.lines.count > wide.lines.count)
    #expect(narrow.lines.allSatisfy { $0.width <= 160 })
    #expect(measurer.measure(text, font: font, maxWidth: 160) == narrow)
    var bold = font
    bold.weight = .bold
    #expect(measurer.measure(text, font: bold, maxWidth: nil).lines[0].width > unwrapped.lines[0].width)
    var larger = font
    larger.size = 24
    #expect(measurer.measure(text, font: larger, maxWidth: nil).lineHeight > unwrapped.lineHeight)
    #expect(measurer.measure(text + "!", font: font, maxWidth: nil).lines[0].width > unwrapped.lines[0].width)
  }
}

/// Canonically equivalent texts are different texts to the caches: each is measured, and its
/// lines given back, as its own characters.
@Suite struct ExactTextCacheTests {
  @Test(arguments: [
    ("Unit \u{2126} \(UUID().uuidString.prefix(4))", "Unit \u{03A9}"),  // OHM SIGN, GREEK CAPITAL LETTER OMEGA
    ("Cafe\u{301} \(UUID().uuidString.prefix(4))", "Caf\u{E9}"),  // decomposed, composed
  ])
  func equivalentTextsKeepTheirOwnCharacters(first: String, secondStem: String) {
    let second = secondStem + first.suffix(5)
    #expect(first == second)  // Swift's String calls them equal
    let measurer = PangoTextMeasurer()
    let font = FontSpec(family: "Inter, DejaVu Sans", size: 18)
    for text in [first, second] {
      let block = measurer.measure(text, font: font, maxWidth: nil)
      #expect(block.lines.map { Array($0.text.utf8) } == [Array(text.utf8)], "\(text.unicodeScalars.map(\.value))")
    }
    for text in [first, second] {  // from the caches now
      let block = measurer.measure(text, font: font, maxWidth: 400)
      #expect(block.lines.map { Array($0.text.utf8) } == [Array(text.utf8)])
    }
  }
}
