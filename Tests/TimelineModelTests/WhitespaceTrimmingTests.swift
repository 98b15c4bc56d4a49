import Foundation
import Testing

@testable import TimelineModel

/// The validator trims field texts itself; it must trim exactly what Foundation trimmed.
@Suite struct WhitespaceTrimmingTests {
  /// Every Unicode scalar is trimmed or kept as Foundation's character sets say.
  @Test func theTrimmedScalarsAreExactlyFoundationsSets() {
    var differences: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if String.isWhitespace(scalar) != CharacterSet.whitespaces.contains(scalar) {
        differences.append("whitespace U+\(String(value, radix: 16))")
      }
      if String.isWhitespaceOrNewline(scalar) != CharacterSet.whitespacesAndNewlines.contains(scalar) {
        differences.append("whitespace or newline U+\(String(value, radix: 16))")
      }
    }
    #expect(differences.isEmpty, "\(differences.prefix(20))")
  }

  /// Random texts of spaces, line breaks, combining marks, emoji and letters trim as
  /// `trimmingCharacters(in:)` trims them.
  @Test func randomTextsTrimAsFoundationTrims() {
    let pieces = [
      " ", "\t", "\n", "\r\n", "\u{85}", "\u{A0}", "\u{200B}", "\u{2028}", "\u{3000}", "\u{301}", "\u{FEFF}", "a", "Z",
      "é", "Алматы", "中", "👩‍👩‍👧", "🇰🇿", "-", "\u{0}", "\u{7F}", "~",
    ]
    var state: UInt64 = 0x1234_5678
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<20_000 {
      let text = (0..<next(7)).map { _ in pieces[next(pieces.count)] }.joined()
      #expect(
        text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines),
        "\(text.debugDescription)")
      #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
      // Same scalars, not only equal as Swift compares strings (canonically).
      #expect(
        Array(text.trimmingWhitespaceAndNewlines.unicodeScalars)
          == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
    }
  }

  @Test func aTextWithVisibleEndsIsReturnedAsItIs() {
    #expect("2022-01-05".trimmingWhitespaceAndNewlines == "2022-01-05")
    #expect(" \u{301}x ".trimmingWhitespaceAndNewlines.unicodeScalars.map(\.value) == [0x301, 0x78])
    #expect(" \t\n ".trimmingWhitespaceAndNewlines.isEmpty)
    #expect("\n x \n".trimmingWhitespace == "\n x \n")
    #expect("".trimmingWhitespace.isEmpty)
  }

  /// Trimming is linear: a long text with long runs of spaces at both ends costs no more than
  /// a few passes over it.
  @Test func trimmingALongTextIsLinear() {
    let padding = String(repeating: " \u{3000}\n", count: 100_000)
    let text = padding + String(repeating: "word ", count: 100_000) + "end" + padding
    let start = ContinuousClock.now
    let trimmed = text.trimmingWhitespaceAndNewlines
    let elapsed = ContinuousClock.now - start
    #expect(trimmed.hasPrefix("word") && trimmed.hasSuffix("end"))
    #expect(elapsed < .seconds(2))
  }
}
