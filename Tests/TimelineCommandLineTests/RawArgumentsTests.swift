import Foundation
import Testing
import TimelineCommandCore
import TimelineTestSupport

@testable import TimelineCommandLine

/// Arguments that are not UTF-8 are refused with the bytes shown, instead of being read with
/// U+FFFD in place of them (a different file name).
@Suite struct RawArgumentsTests: RunsTheBinary {
  @Test func validArgumentsPass() {
    #expect(RawArguments.problem([Array("render".utf8), Array("événements.yaml".utf8), Array("-o".utf8)]) == nil)
    #expect(RawArguments.problem([]) == nil)
  }

  @Test func theFirstArgumentThatIsNotUTF8IsNamedWithItsBytes() throws {
    let problem = try #require(
      RawArguments.problem([Array("render".utf8), Array("bad".utf8) + [0xFF] + Array(".yaml".utf8), [0xC3]]))
    #expect(problem.hasPrefix("error: argument 2 is not UTF-8 (bad\\xFF.yaml): "))
    #expect(RawArguments.shown([0x61, 0xC3, 0xA9, 0xE2, 0x82, 0x0A, 0xF0, 0x9F, 0x98, 0x80]) == "aé\\xE2\\x82\\x0A😀")
    #expect(RawArguments.shown([0xC0, 0xAF]) == "\\xC0\\xAF")  // an overlong "/"
    #expect(RawArguments.shown([0xED, 0xA0, 0x80]) == "\\xED\\xA0\\x80")  // a UTF-16 surrogate
  }

  @Test func theBinaryRefusesThemAndWritesNothing() throws {
    let folder = try temporaryFolder()
    let seed = RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path
    // The shell passes the bytes as they are; Foundation's Process would need a String.
    let script = "\"$0\" render '\(seed)' -o \"$(printf 'o\\376.png')\""
    let result = try Subprocess.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script, Self.binary.path], in: folder)
    #expect(result.status == ExitStatus.usage)
    #expect(result.stderr.hasPrefix("error: argument 4 is not UTF-8 (o\\xFE.png)"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
