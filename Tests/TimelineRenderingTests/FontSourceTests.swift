import Foundation
import PangoText
import Testing
import TimelineModel
import TimelineRendering
import TimelineScene
import TimelineTestSupport
import Timelines

/// The quick font set (the theme's leading families only) against every installed font: the
/// text backend's choice, which the scene and the theme know nothing of.
@Suite struct FontSourceTests {
  let family = "Inter, DejaVu Sans, Noto Sans"

  @Test func latinAndCyrillicUseTheNamedFamiliesOthersFallBackToAllFonts() {
    #expect(
      PangoTextMeasurer.fontSource(for: ["Kazakhstan’s protests — “this past Friday”", "Алматы"]) == .namedFamilies)
    #expect(PangoTextMeasurer.fontSource(for: ["Bangkok", "กรุงเทพ"]) == .system)
    #expect(PangoTextMeasurer.fontSource(for: ["東京"]) == .system)
  }

  @Test func eachTextIsSetInTheQuickFamiliesOnlyWhenTheyCoverItAndLeadTheList() {
    #expect(PangoTextMeasurer.fontSource(for: "Almaty — Алматы", in: family) == .namedFamilies)
    #expect(PangoTextMeasurer.fontSource(for: "Bangkok กรุงเทพ", in: family) == .system)
    #expect(PangoTextMeasurer.fontSource(for: "Almaty", in: "inter,dejavu sans") == .namedFamilies)
    // A list that starts elsewhere may pick other fonts for the same characters.
    #expect(PangoTextMeasurer.fontSource(for: "Almaty", in: "DejaVu Serif, Inter, DejaVu Sans") == .system)
    #expect(PangoTextMeasurer.fontSource(for: "Almaty", in: "Inter") == .system)
  }

  @Test func bothSourcesMeasureCoveredTextAlike() {
    let named = PangoTextMeasurer(fixedSource: .namedFamilies)
    let system = PangoTextMeasurer(fixedSource: .system)
    let chosen = PangoTextMeasurer()
    let text = "Protesters take over Almaty airport · 5 Jan 2022 – Алматы"
    for weight in FontWeight.allCases {
      let font = FontSpec(family: family, size: 18, weight: weight)
      let block = named.measure(text, font: font, maxWidth: 240)
      #expect(block == system.measure(text, font: font, maxWidth: 240), "\(weight)")
      #expect(block == chosen.measure(text, font: font, maxWidth: 240), "\(weight)")
    }
  }

  /// Georgian and Armenian are in DejaVu Sans; Thai is only in Noto.
  @Test func textTheNamedFamiliesLackIsDrawnFromOtherFonts() {
    let thai = "กรุงเทพมหานคร"
    let font = FontSpec(family: family, size: 18)
    #expect(PangoTextMeasurer(fixedSource: .namedFamilies).unknownGlyphCount(thai, font: font) > 0)
    #expect(PangoTextMeasurer(fixedSource: .system).unknownGlyphCount(thai, font: font) == 0)
    #expect(PangoTextMeasurer().unknownGlyphCount(thai, font: font) == 0)
  }

  @Test func aDocumentIsDrawnFromOneSourceSoAPDFEmbedsEachFontOnce() {
    let latin = TextRun(
      text: "Bangkok", origin: Point(x: 0, y: 20), font: FontSpec(family: family, size: 18), color: .black,
      width: 60, ascent: 17, lineHeight: 22)
    var thai = latin
    thai.text = "กรุงเทพ"
    #expect(PangoTextDrawer(document: [latin]).fixedSource == .namedFamilies)
    #expect(PangoTextDrawer(document: [latin, thai]).fixedSource == .system)
  }

  @Test func aTimelineInThaiRendersWithoutMissingGlyphs() throws {
    let yaml = "title: กรุงเทพมหานคร\nevents:\n  - {date: 1782-04-21, title: สถาปนากรุงรัตนโกสินทร์}\n"
    let timeline = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "th.yaml").timeline
    let scene = TimelineRenderer().layout(timeline).scene
    let runs = scene.textRuns
    #expect(!runs.isEmpty)
    #expect(runs.contains { PangoTextMeasurer.fontSource(for: $0.text, in: $0.font.family) == .system })
    let measurer = PangoTextMeasurer()
    #expect(runs.map { measurer.unknownGlyphCount($0.text, font: $0.font) }.reduce(0, +) == 0)
  }
}

/// Drawing in a document of mixed scripts, read back from the PDF.
@Suite struct MixedScriptPDFTests {
  @Test(.enabled(if: Poppler.isInstalled, "needs pdffonts (Debian: poppler-utils)"))
  func aMixedScriptPDFEmbedsEachFontOnce() throws {
    let yaml = """
      title: Bangkok กรุงเทพมหานคร
      events:
        - {date: 1782-04-21, title: สถาปนากรุงรัตนโกสินทร์, description: Founded as the capital}
        - {date: 1800-01-01, title: A Latin title that wraps over more than one line of its label}
      """
    let timeline = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "mixed.yaml").timeline
    let pdf = try TimelineRenderer(render: RenderOptions(documentDate: RenderOptions.fixedDocumentDate))
      .render(timeline, as: .pdf)
    let fonts = try Poppler.fonts(pdf)
    #expect(fonts.contains { $0.hasPrefix("Inter-Regular") } && fonts.contains { $0.hasPrefix("NotoSansThai") })
    #expect(Set(fonts).count == fonts.count, "a font embedded twice: \(fonts.sorted())")
  }
}
