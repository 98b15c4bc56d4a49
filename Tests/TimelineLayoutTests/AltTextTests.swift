import Testing
import TimelineModel
import TimelineSynthetic

@testable import TimelineLayout

/// The plain-language summary, and the text cleaning it and the labels share.
@Suite struct AltTextTests {
  @Test func sentencesEndWithOneStopAndKeepTheWritersPunctuation() {
    #expect(AltText.sentence("2 Jan 2022: Protests break out") == "2 Jan 2022: Protests break out.")
    #expect(AltText.sentence("5 Jan 2022: The U.S. responds.") == "5 Jan 2022: The U.S. responds.")
    #expect(AltText.sentence("7 Jan 2022: Is it over?") == "7 Jan 2022: Is it over?")
    #expect(AltText.sentence("8 Jan 2022: Wait...") == "8 Jan 2022: Wait...")
    #expect(AltText.sentence("") == "")
  }

  @Test func aSummaryNamesEveryEventInOrderWithoutDoubledStops() {
    var timeline = Timeline(title: "Test.")
    timeline.events = [
      Event(index: 0, time: .point(EventDate(year: 2022, month: 1, day: 5)), title: "Second..."),
      Event(index: 1, time: .point(EventDate(year: 2022, month: 1, day: 2)), title: "First."),
    ]
    let summary = AltText.summary(of: timeline)
    #expect(summary.hasPrefix("Timeline: Test. From 2 Jan 2022 to 5 Jan 2022, 2 events."), "\(summary)")
    #expect(summary.contains("2 Jan 2022: First. 5 Jan 2022: Second..."), "\(summary)")
    #expect(!summary.contains("First.."))
  }

  /// The quick check must only pass text that the full cleaning would leave as it is.
  @Test func theQuickCheckAgreesWithTheFullCleaning() {
    var rng = SplitMix64(seed: 11)
    let pieces = [
      "a", "Алматы", " ", "  ", "\t", "\n", "\u{85}", "\u{7}", "\u{2028}", "é", "\u{FFFF}", "…", "x y", "\u{2029}",
      "\u{9F}", "\u{A0}", "\u{FFFE}", "\u{FFFD}", "\u{7F}", "😀", "\u{2027}", "\u{202A}",
    ]
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
      let rebuilt = TextSanitizer.rebuilt(text)
      #expect(TextSanitizer.isClean(text) == (rebuilt == text), "\(text.unicodeScalars.map(\.value))")
      #expect(TextSanitizer.clean(text) == rebuilt)
    }
    let long = String(repeating: "a", count: TextSanitizer.maximumScalars + 1)
    #expect(!TextSanitizer.isClean(long))
    // Scalars are counted, not bytes.
    #expect(TextSanitizer.isClean(String(repeating: "é", count: TextSanitizer.maximumScalars)))
    #expect(!TextSanitizer.isClean(String(repeating: "é", count: TextSanitizer.maximumScalars + 1)))
    #expect(TextSanitizer.clean(long).hasSuffix("…"))
  }
}
