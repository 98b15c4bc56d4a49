import Foundation
import Testing
import Timelines

/// One table of limits: the library refuses what the command refuses, in its own terms.
@Suite struct OptionLimitTests {
  private let timeline = Timeline(events: [Event(time: .point(EventDate(year: 2022, month: 1)), title: "A")])

  @Test func layoutOptionsKeepTheirNumbersAndCheckThem() {
    let narrow = LayoutOptions(width: 10)
    #expect(narrow.width == 10)
    #expect(narrow.problems == [OptionRangeError(limit: .width, value: 10)])
    do {
      try narrow.check()
      Issue.record("width 10 passed")
    } catch {
      let text = (error as any Error).localizedDescription
      #expect(text == "LayoutOptions.width 10 is outside 226…32767 pixels")
      #expect(!text.contains("--"))
    }
    var tall = LayoutOptions()
    tall.height = 100_000
    tall.theme = tall.theme.scalingText(by: 10)
    #expect(tall.problems.map(\.limit) == [.height, .fontSize])
    #expect(LayoutOptions(width: .nan).problems.map(\.limit) == [.width])
    #expect(LayoutOptions(width: 320).problems.isEmpty && LayoutOptions(width: 32_767).problems.isEmpty)
    #expect(!LayoutOptions(width: 32_768).problems.isEmpty)
  }

  @Test func theRendererRefusesAndTheEngineSaysWhatItDid() throws {
    do {
      _ = try TimelineRenderer(layout: LayoutOptions(width: 10)).render(timeline, as: .svg)
      Issue.record("rendered at width 10")
    } catch {
      #expect(error == .invalidOption(OptionRangeError(limit: .width, value: 10)))
      #expect((error as any Error).localizedDescription == "LayoutOptions.width 10 is outside 226…32767 pixels")
    }
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: 10))
      .layout(timeline)
    #expect(result.scene.width == 226)
    #expect(result.report.first == "LayoutOptions.width 10 is outside 226…32767 pixels; laid out at the nearest limit")
  }

  @Test func theTableIsTheRendererScaleRangeAndDPI() throws {
    #expect(RenderOptions.scaleRange == OptionLimit.scale.range)
    #expect(LayoutOptions.widthRange == OptionLimit.width.range)
    #expect(try RenderOptions(dpi: 96).scale == 1)
    #expect(try RenderOptions(dpi: 300).scale == 3.125)
    #expect(throws: OptionRangeError(limit: .dpi, value: 5)) { try RenderOptions(dpi: 5) }
    #expect(OptionLimit.dpi.rangeText == "9.6…960")
  }

  @Test func lengthsReadAsTheCommandReadsThem() throws {
    #expect(try Length(parsing: "1600").pixels == 1600)
    #expect(try Length(parsing: "1600PX").pixels == 1600)
    #expect(try Length(parsing: " 6.5in ").pixels == 624)
    #expect(abs(try Length(parsing: "170mm").pixels - 642.52) < 0.01)
    #expect(abs(try Length(parsing: "16cm").pixels - 604.72) < 0.01)
    #expect(throws: LengthParseError(text: "-5", reason: .negative)) { try Length(parsing: "-5") }
    for bad in ["", "inf", "nan", "1e3", "0x200", "12 furlongs", "mm", "-"] {
      #expect(throws: LengthParseError(text: bad, reason: .notALength)) { try Length(parsing: bad) }
    }
    do {
      _ = try Length(parsing: "wide")
    } catch {
      #expect(
        (error as any Error).localizedDescription
          == "\"wide\" is not a length: give pixels (1600) or a length (170mm, 16cm, 6.5in)")
    }
  }

  @Test func theSchemaIsTheCommandsAndParses() throws {
    let object = try JSONSerialization.jsonObject(with: TimelineSchema.data) as? [String: Any]
    #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(TimelineSchema.text.contains("\"events\""))
  }
}
