import Foundation
import PangoText
import Testing
import TimelineModel
import TimelineRendering
import TimelineScene
import Timelines

/// The quick font set (the theme's named families only) against every installed font.
@Suite struct FontSourceTests {
  let family = "Inter, DejaVu Sans, Noto Sans"

  @Test func latinAndCyrillicUseTheNamedFamiliesOthersFallBackToAllFonts() {
    #expect(
      PangoTextMeasurer.fontSource(for: ["Kazakhstan’s protests — “this past Friday”", "Алматы"]) == .namedFamilies)
    #expect(PangoTextMeasurer.fontSource(for: ["Bangkok", "กรุงเทพ"]) == .system)
    #expect(PangoTextMeasurer.fontSource(for: ["東京"]) == .system)
  }

  @Test func bothSourcesMeasureCoveredTextAlike() {
    let measurer = PangoTextMeasurer()
    let text = "Protesters take over Almaty airport · 5 Jan 2022 – Алматы"
    for weight in FontWeight.allCases {
      let named = measurer.measure(
        text, font: FontSpec(family: family, size: 18, weight: weight, source: .namedFamilies), maxWidth: 240)
      let system = measurer.measure(
        text, font: FontSpec(family: family, size: 18, weight: weight, source: .system), maxWidth: 240)
      #expect(named == system, "\(weight)")
    }
  }

  /// Georgian and Armenian are in DejaVu Sans; Thai is only in Noto.
  @Test func textTheNamedFamiliesLackIsDrawnFromOtherFonts() {
    let measurer = PangoTextMeasurer()
    let thai = "กรุงเทพมหานคร"
    let named = FontSpec(family: family, size: 18, source: .namedFamilies)
    let system = FontSpec(family: family, size: 18, source: .system)
    #expect(measurer.unknownGlyphCount(thai, font: named) > 0)
    #expect(measurer.unknownGlyphCount(thai, font: system) == 0)
  }

  @Test func aTimelineInThaiRendersWithoutMissingGlyphs() throws {
    let yaml = "title: กรุงเทพมหานคร\nevents:\n  - {date: 1782-04-21, title: สถาปนากรุงรัตนโกสินทร์}\n"
    let timeline = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "th.yaml").timeline
    let scene = TimelineRenderer().layout(timeline).scene
    let runs = scene.textRuns
    #expect(!runs.isEmpty)
    #expect(runs.allSatisfy { $0.font.source == .system })
    let measurer = PangoTextMeasurer()
    #expect(runs.map { measurer.unknownGlyphCount($0.text, font: $0.font) }.reduce(0, +) == 0)
  }
}
