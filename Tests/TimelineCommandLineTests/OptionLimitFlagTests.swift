import Foundation
import Testing
import TimelineCommandCore
import TimelineLayout
import TimelineScene

@testable import TimelineCommandLine

/// The command checks numbers against the library's table and names the flag, never the
/// Swift property.
@Suite struct OptionLimitFlagTests {
  private func failure(_ arguments: [String]) throws -> CommandFailure? {
    let command = try #require(try TimelineCommand.parseAsRoot(["render", "x.yaml"] + arguments) as? RenderCommand)
    do {
      _ = try command.options.settings()
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    (["--width", "10"], "error: --width 10 is outside 226…32767 pixels"),
    (["--width", "-5"], "error: --width -5: must be positive"),
    (["--font-size", "100"], "error: --font-size 100 is outside 6…72 pixels"),
    (["--dpi", "5"], "error: --dpi 5 is outside 9.6…960"),
    (["--scale", "11"], "error: --scale 11 is outside 0.1…10"),
    (["--height", "100"], "error: the canvas height 100 px is outside 200…32767 pixels"),
    (["--width", "wide"], "error: --width wide: give pixels (1600) or a length (170mm, 16cm, 6.5in)"),
    (["--height", "tall"], "error: --height tall: give pixels (1600) or a length (170mm, 16cm, 6.5in)"),
    (["--dpi", "lots"], "error: --dpi lots: give a number in 9.6…960"),
    (["--scale", "2x"], "error: --scale 2x: give a number in 0.1…10"),
    (["--font-size", "huge"], "error: --font-size huge: give a number in 6…72 pixels"),
  ])
  func numbersOutsideTheTableNameTheirFlag(arguments: [String], line: String) throws {
    let failure = try #require(try failure(arguments))
    #expect(failure.status == ExitStatus.usage)
    #expect(failure.lines == [line])
  }

  @Test func everyLimitHasAFlagAndTheLibraryTextHasNone() {
    for limit in OptionLimit.allCases {
      #expect(limit.flag.hasPrefix("--"))
      #expect(!OptionRangeError(limit: limit, value: -1).description.contains("--"))
    }
  }

  /// Formats are refused while parsing; an unreadable number or length is kept and refused by
  /// the settings with its range (`numbersOutsideTheTableNameTheirFlag`).
  @Test(arguments: [["-T", "gif"], ["-T", "png,gif"]])
  func anUnreadableValueIsRefusedWhileParsingNamingItsFlag(arguments: [String]) {
    do {
      _ = try TimelineCommand.parseAsRoot(["render", "x.yaml"] + arguments)
      Issue.record("\(arguments) parsed")
    } catch {
      #expect(TimelineCommand.exitCode(for: error).rawValue == ExitStatus.usage)
      let lines = CommandRunner.errorLines(TimelineCommand.message(for: error))
      #expect(lines.count == 1 && lines[0].hasPrefix("error: ") && lines[0].contains(arguments[0]), "\(lines)")
    }
  }

  @Test func theHelpStatesTheRangesOfTheTable() {
    let help = TimelineCommand.helpMessage(for: RenderCommand.self).split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    for limit in OptionLimit.allCases {
      #expect(help.contains(limit.rangeText), "\(limit.flag) \(limit.rangeText)")
    }
  }

  @Test func aManifestReadsEachValueWithTheFlagsType() throws {
    #expect(
      RenderOptionGroup.problem(key: "width", value: "wide")
        == "\"wide\" is not a length: give pixels (1600) or a length (170mm, 16cm, 6.5in)")
    #expect(RenderOptionGroup.problem(key: "height", value: "170mm") == nil)
    #expect(RenderOptionGroup.problem(key: "scale", value: "2") == nil)
    #expect(RenderOptionGroup.problem(key: "font-size", value: "big") == "'big' is not a number")
    let filled = try #require(
      try RenderOptionGroup.parse([]).filling("width", with: "170mm")?.filling("scale", with: "2"))
    #expect(filled.width == LengthArgument(argument: "170mm") && filled.scale == ScaleArgument(value: 2))
    #expect(filled.canonicalDescription == "width=170mm;scale=2.0")
    let outside = try #require(try RenderOptionGroup.parse([]).filling("dpi", with: "5"))
    #expect(throws: CommandFailure(ExitStatus.usage, "error: --dpi 5 is outside 9.6…960")) { try outside.settings() }
  }

  @Test func formatListsKeepTheirOrderOnce() {
    #expect(FormatList(argument: "SVG, png,svg")?.formats == [.svg, .png])
    #expect(
      FormatList(argument: "") == nil && FormatList(argument: "png,") != nil && FormatList(argument: "tiff") == nil)
  }

  @Test func theWidthReadsAsALength() throws {
    #expect(try failure(["--width", "170mm"]) == nil)
    let command = try #require(
      try TimelineCommand.parseAsRoot(["render", "x.yaml", "--width", "170mm"]) as? RenderCommand)
    #expect(abs(try command.options.settings().layout.width - (try Length(parsing: "170mm").pixels)) < 1e-9)
  }
}
