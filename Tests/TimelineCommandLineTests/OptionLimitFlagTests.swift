import Foundation
import Testing
import TimelineCommandCore
import TimelineLayout

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
    (["--width", "wide"], "error: --width wide: give pixels (1600) or a length (170mm, 16cm, 6.5in)"),
    (["--font-size", "100"], "error: --font-size 100 is outside 6…72 pixels"),
    (["--dpi", "5"], "error: --dpi 5 is outside 9.6…960"),
    (["--scale", "11"], "error: --scale 11 is outside 0.1…10"),
    (["--height", "100"], "error: the canvas height 100 px is outside 200…32767 pixels"),
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

  @Test func theWidthReadsAsALength() throws {
    #expect(try failure(["--width", "170mm"]) == nil)
    let command = try #require(
      try TimelineCommand.parseAsRoot(["render", "x.yaml", "--width", "170mm"]) as? RenderCommand)
    #expect(abs(try command.options.settings().layout.width - (try Length(parsing: "170mm").pixels)) < 1e-9)
  }
}
