import Testing

@testable import TextGrammar

@Suite struct HexColorDigitsTests {
  @Test func shortLongAndAlphaFormsGiveBytes() {
    #expect(HexColorDigits.bytes("#f80") == [255, 136, 0])
    #expect(HexColorDigits.bytes("0072B2") == [0, 114, 178])
    #expect(HexColorDigits.bytes("#0072b280") == [0, 114, 178, 128])
  }

  @Test(arguments: ["", "#", "#ff", "#ffff", "#fffff", "#fffffff", "#fffffffff", "red", "#ggg", "# fff", "##fff"])
  func anythingElseIsRefused(_ text: String) {
    #expect(HexColorDigits.bytes(text) == nil)
  }
}

@Suite struct XMLTextTests {
  @Test func markupIsEscapedAndForbiddenCharactersDropped() {
    #expect(XMLText.escaped("Tom & \"Jerry\" <3>") == "Tom &amp; &quot;Jerry&quot; &lt;3&gt;")
    #expect(XMLText.escaped("a\u{0}b\u{1B}c\u{FFFE}d\te\nf") == "abcd\te\nf")
    #expect(XMLText.escaped("Алматы 🔥") == "Алматы 🔥")
    #expect(XMLText.escaped("\u{FFFF}\u{FFFD}\u{EFFF}x\u{7F}") == "\u{FFFD}\u{EFFF}x\u{7F}")
    #expect(XMLText.escaped("") == "")
  }

  /// The byte-level escaper agrees with the grammar read scalar by scalar, on random texts
  /// mixing markup, controls, the two non-characters and their UTF-8 neighbours.
  @Test func agreesWithAScalarByScalarReadingOnRandomTexts() {
    let pieces: [Unicode.Scalar] = [
      "a", "&", "<", ">", "\"", "'", "\u{0}", "\u{8}", "\t", "\n", "\r", "\u{1F}", "\u{7F}", "\u{85}", "é",
      "\u{EFFF}", "\u{F000}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10000}", "🔥", "Ж",
    ]
    var generator = SplitMix(seed: 2026)
    for _ in 0..<500 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int(generator.next() % 40) { text.append(pieces[Int(generator.next() % UInt64(pieces.count))]) }
      let string = String(text)
      #expect(XMLText.escaped(string) == Self.reference(string), "\(Array(string.unicodeScalars))")
    }
  }

  private static func reference(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        let v = scalar.value
        if v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
          || v >= 0x10000
        {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}

/// A small deterministic generator for the property tests.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct DecimalTextTests {
  @Test func theThreeStylesRoundToHundredths() {
    let values = [2.0, 1.5, 0.25, -0.004, -1.005, 12.345, 1e20, .nan]
    #expect(
      values.map { DecimalText.hundredths($0, .two, nonFinite: "nan") } == [
        "2.00", "1.50", "0.25", "0.00", "-1.00", "12.35", "nan", "nan",
      ])
    #expect(
      values.map { DecimalText.hundredths($0, .twoUnlessWhole) } == [
        "2", "1.50", "0.25", "0", "-1", "12.35", "0", "0",
      ])
    #expect(
      values.map { DecimalText.hundredths($0, .asFewAsNeeded) } == [
        "2", "1.5", "0.25", "0", "-1", "12.35", "0", "0",
      ])
  }

  @Test func printedValuesReadBackWithinHalfAHundredth() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<1000 {
      let value = Double.random(in: -100_000...100_000, using: &generator)
      for style in [DecimalText.Decimals.two, .twoUnlessWhole, .asFewAsNeeded] {
        let text = DecimalText.hundredths(value, style)
        #expect(!text.contains("e"))
        #expect(abs((Double(text) ?? .infinity) - value) <= 0.005 + 1e-9)
      }
    }
  }
}

@Suite struct TrailingWhitespaceTests {
  @Test func onlyTheEndIsTrimmed() {
    #expect(" a b \t\n".trimmingTrailingWhitespace == " a b")
    #expect("   ".trimmingTrailingWhitespace == "")
    #expect("abc".trimmingTrailingWhitespace == "abc")
  }
}
