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
