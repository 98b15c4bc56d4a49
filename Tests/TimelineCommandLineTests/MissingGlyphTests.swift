import Foundation
import PangoText
import Testing
import TimelineCommandCore
import TimelineModel
import TimelineTestSupport

@testable import TimelineCommandLine

/// A render warns about characters no installed font has, naming them and a Debian package.
@Suite struct MissingGlyphTests: RunsInProcess {
  /// U+0378 is unassigned in the Greek block: no font has it, on any machine.
  private let unassigned = "\u{0378}"

  @Test func uncoveredCharactersAreFoundOnceInOrder() {
    let texts = ["Athens \(unassigned)", "again \(unassigned)", "plain ASCII", "joiner \u{200D} and \u{FE0F}"]
    #expect(GlyphCoverage.uncovered(in: texts) == ["\u{0378}"])
    #expect(GlyphCoverage.uncovered(in: ["Kazakhstan, 2022"]).isEmpty)
    // Order of first appearance across texts, ASCII and controls in between.
    let two = ["abc\u{1}\u{0379}", "xyz\t", "\u{0378}ab\u{0379}\u{0378}~"]
    #expect(GlyphCoverage.uncovered(in: two) == ["\u{0379}", "\u{0378}"])
  }

  /// Each character is looked at once, however many texts repeat it: the uncovered ones of
  /// many texts are those of their distinct scalars, in order of first appearance.
  @Test func repeatedCharactersAreLookedAtOnce() {
    let texts = [
      "Athens \(unassigned) é", "again \(unassigned)\u{301}", "", "plain ASCII ~\u{7F}\u{0}", "中\u{0378}文 👩‍👩‍👧",
      "joiner \u{200D} and \u{FE0F} \u{E0100}",
    ]
    var seen: Set<Unicode.Scalar> = []
    let distinct = String(String.UnicodeScalarView(texts.flatMap(\.unicodeScalars).filter { seen.insert($0).inserted }))
    #expect(GlyphCoverage.uncovered(in: [distinct]) == GlyphCoverage.uncovered(in: texts))
    #expect(GlyphCoverage.uncovered(in: texts + texts) == GlyphCoverage.uncovered(in: texts))
  }

  @Test func theHintNamesTheDebianPackageForTheScript() {
    #expect(GlyphCoverage.debianPackage(for: "中") == "fonts-noto-cjk")
    #expect(GlyphCoverage.debianPackage(for: "한") == "fonts-noto-cjk")
    #expect(GlyphCoverage.debianPackage(for: "🎉") == "fonts-noto-color-emoji")
    #expect(GlyphCoverage.debianPackage(for: "ߊ") == "fonts-noto-core or fonts-noto-extra")
  }

  @Test func theWarningNamesTheCharacters() {
    let timeline = Timeline(events: [
      Event(index: 0, time: .point(EventDate(year: 2022)), title: "A \(unassigned) title")
    ])
    #expect(
      MissingGlyphs.warning(for: timeline, file: "x.yaml")
        == "warning: x.yaml: no installed font has \(unassigned) (U+0378); they are drawn as empty boxes "
        + "(install fonts-noto-core or fonts-noto-extra)")
    #expect(
      MissingGlyphs.warning(
        for: Timeline(events: [Event(index: 0, time: .point(EventDate(year: 2022)), title: "Fine")]), file: "x.yaml")
        == nil)
  }

  @Test func aRenderWarnsUnlessQuiet() throws {
    let folder = try temporaryFolder()
    try Data("events:\n  - date: 2022-01-02\n    title: \"Odd \(unassigned)\"\n".utf8)
      .write(to: folder.appendingPathComponent("odd.yaml"))
    let loud = try run(["render", "odd.yaml", "-o", "odd.svg"], in: folder)
    #expect(loud.status == 0)
    #expect(loud.stderr.contains("warning: odd.yaml: no installed font has"), "\(loud.stderr)")
    #expect(loud.stderr.contains("(U+0378)"))
    let quiet = try run(["render", "odd.yaml", "-o", "odd.svg", "-q"], in: folder)
    #expect(quiet.stderr == "")
  }
}
