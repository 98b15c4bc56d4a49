import Foundation
import PangoText
import Testing
import TimelineCommandCore
import TimelineLayout
import TimelineModel
import TimelineTestSupport

@testable import TimelineCommandLine

/// `timeline fonts`: the theme's families with the files fontconfig gives them, and for each
/// file the characters no installed font has.
@Suite struct FontsCommandTests: RunsTheBinary {
  @Test func theThemesFamiliesAreListedWithTheirFiles() throws {
    let lines = FontReport.themeLines(family: "DejaVu Sans, No Such Family Anywhere")
    #expect(lines.count == 4, "\(lines)")
    #expect(lines[0].hasPrefix("fonts a render uses (DejaVu Sans, No Such Family Anywhere; "))
    #expect(lines[0].hasSuffix(" font faces installed):"))
    // DejaVu Sans is installed by scripts/install-dependencies.sh: its regular and bold files.
    #expect(lines[1].hasPrefix("  DejaVu Sans: DejaVu Sans Book (/"), "\(lines[1])")
    #expect(lines[1].contains("DejaVuSans.ttf") && lines[1].contains("DejaVuSans-Bold.ttf"), "\(lines[1])")
    #expect(lines[2].hasPrefix("  No Such Family Anywhere: not installed (fontconfig gives "), "\(lines[2])")
    let match = try #require(InstalledFonts.match(family: "DejaVu Sans", bold: true))
    #expect(match.isRequestedFamily && match.style == "Bold")
    #expect(FileManager.default.fileExists(atPath: match.file))
  }

  @Test func aFilesUncoveredCharactersAreNamedWithTheirPackage() {
    func timeline(_ title: String) -> Timeline {
      Timeline(events: [Event(time: .point(EventDate(year: 2022)), title: title)])
    }
    #expect(
      FontReport.coverageLine(for: timeline("Almaty"), file: "a.yaml")
        == "a.yaml: every character is in the theme's fonts")
    // U+0378 is unassigned: no font has it on any machine.
    #expect(
      FontReport.coverageLine(for: timeline("A \u{0378} B"), file: "b.yaml")
        == "b.yaml: no installed font has \u{0378} (U+0378); they are drawn as empty boxes "
        + "(install fonts-noto-core or fonts-noto-extra)")
  }

  @Test func theCommandChecksEachFileAndReportsBadOnes() throws {
    let folder = try temporaryFolder()
    try Data("events:\n  - { date: 2022, title: \"Глава \u{0378}\" }\n".utf8).write(
      to: folder.appendingPathComponent("odd.yaml"))
    let result = try run(["fonts", "odd.yaml", "missing.yaml"], in: folder)
    #expect(result.status == 66, "\(result.stderr)")
    let stdout = String(decoding: result.stdout, as: UTF8.self)
    #expect(stdout.hasPrefix("fonts a render uses ("), "\(stdout)")
    #expect(stdout.contains("odd.yaml: no installed font has \u{0378} (U+0378)"), "\(stdout)")
    #expect(result.stderr.hasPrefix("error: missing.yaml: cannot read the file"), "\(result.stderr)")
    let fine = try run(["fonts", RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path], in: folder)
    #expect(fine.status == 0)
    let fineText = String(decoding: fine.stdout, as: UTF8.self)
    #expect(fineText.hasSuffix("kazakhstan-2022.yaml: every character is in the theme's fonts\n"), "\(fineText)")
  }
}

extension FontsCommandTests {
  /// The install script offers the CJK and emoji fonts as an option and refuses unknown ones
  /// (both answered before it needs root or apt-get).
  @Test func theInstallScriptOffersCJKAndEmojiFonts() throws {
    let script = RepositoryFiles.url("scripts/install-dependencies.sh").path
    let bash = URL(fileURLWithPath: "/bin/bash")
    let folder = try temporaryFolder()
    let help = try run([script, "--help"], in: folder, executable: bash)
    #expect(help.status == 0)
    #expect(String(decoding: help.stdout, as: UTF8.self).contains("--with-cjk-emoji"))
    #expect(try run([script, "--with-emoji-only"], in: folder, executable: bash).status == 64)
    let text = try String(contentsOfFile: script, encoding: .utf8)
    #expect(text.contains("packages+=(fonts-noto-cjk fonts-noto-color-emoji)"))
  }
}
