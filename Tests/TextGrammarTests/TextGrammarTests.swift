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
