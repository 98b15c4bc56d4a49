import Foundation
import PangoText
import Testing
import TimelineScene

/// Lines broken inside a word carry the hyphen Pango draws there, since each line is drawn on
/// its own; lines broken between words do not.
@Suite struct HyphenatedBreakTests {
  let measurer = PangoTextMeasurer()
  let font = FontSpec(family: "Inter, DejaVu Sans", size: 16)

  @Test func aWordTooLongForTheLineIsSplitWithHyphens() throws {
    let word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze"
    let block = measurer.measure("\(word) ordered \(UUID().uuidString.prefix(4))", font: font, maxWidth: 150)
    #expect(block.lines.count >= 3)
    // Every line but the one that finishes the word ends with a hyphen, and the pieces without
    // their hyphens spell the word.
    var spelled = ""
    var pieces = 0
    for line in block.lines where spelled.count < word.count {
      pieces += 1
      let rest = word.dropFirst(spelled.count)
      if line.text.hasSuffix("-"), rest.hasPrefix(line.text.dropLast()), line.text.count - 1 < rest.count {
        spelled += line.text.dropLast()
      } else {
        #expect(line.text.hasPrefix(rest), "\(block.lines.map(\.text))")
        spelled = word
      }
    }
    #expect(spelled == word && pieces >= 2, "\(block.lines.map(\.text))")
    #expect(block.lines.allSatisfy { $0.width <= 150 + 0.5 }, "\(block.lines.map(\.width))")
    // Each line measures as drawn: its width is the width of its text on one line.
    for line in block.lines {
      let alone = measurer.measure(line.text, font: font, maxWidth: nil)
      #expect(abs(alone.lines[0].width - line.width) < 0.01, "\(line.text)")
    }
  }

  @Test func lineBreaksBetweenWordsGetNoHyphen() {
    let text = "Protesters storm government buildings in Almaty \(UUID().uuidString.prefix(4))"
    let block = measurer.measure(text, font: font, maxWidth: 160)
    #expect(block.lines.count > 1)
    #expect(block.lines.allSatisfy { !$0.text.hasSuffix("-") }, "\(block.lines.map(\.text))")
  }

  @Test func aSoftHyphenWhereTheLineBreaksIsShown() {
    let text = "Extra\u{AD}ordinarily\u{AD}long\u{AD}compound\u{AD}words \(UUID().uuidString.prefix(4))"
    let block = measurer.measure(text, font: font, maxWidth: 110)
    let broken = block.lines.dropLast()
    #expect(!broken.isEmpty)
    #expect(broken.allSatisfy { $0.text.hasSuffix("-") && !$0.text.contains("\u{AD}-") }, "\(block.lines.map(\.text))")
  }
}
