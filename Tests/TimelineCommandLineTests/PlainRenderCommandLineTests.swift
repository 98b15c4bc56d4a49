import Foundation
import Testing
import TimelineCommandCore
import TimelineTestSupport

@testable import TimelineCommandLine

/// `render IN -o OUT…` read without ArgumentParser: it reads exactly what ArgumentParser reads,
/// and leaves every other command line to it.
@Suite struct PlainRenderCommandLineTests: RunsInProcess {
  var seedPath: String { RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path }

  /// ArgumentParser's request for `arguments`.
  func parsedRequest(_ arguments: [String]) throws -> RenderRequest {
    let command = try #require(try TimelineCommand.parseAsRoot(arguments) as? RenderCommand)
    return try command.request()
  }

  @Test(arguments: [
    ["render", "a.yaml", "-o", "b.png"],
    ["render", "in/a.json", "--output", "out/b.svg", "-o", "c.PDF", "-o", "d.layout.json"],
    ["render", "a b.csv", "-o", "picture of it.png", "-o", "picture of it.png"],
    ["render", "a.mw", "-o", "/tmp/x.svg"],
  ])
  func readsWhatArgumentParserReads(arguments: [String]) throws {
    let plain = try #require(PlainRenderCommandLine.request(arguments))
    #expect(plain == (try parsedRequest(arguments)))
    #expect(plain.outputs == stride(from: 3, to: arguments.count, by: 2).map { arguments[$0] })
  }

  @Test func theDefaultsAreArgumentParsersDefaults() throws {
    #expect(RenderOptionValues() == (try RenderOptionGroup.parse([]).values))
    #expect(try RenderOptionValues().settings() == (try RenderOptionGroup.parse([]).settings()))
  }

  @Test(arguments: [
    ["render", "a.yaml"],  // no output: stdout or a usage error
    ["render", "a.yaml", "-o"],
    ["render", "a.yaml", "-o", "b.png", "--scale", "2"],
    ["render", "a.yaml", "-o", "b.png", "-q"],
    ["render", "a.yaml", "-o", "b.png", "-o"],
    ["render", "-", "-o", "b.png"],  // stdin
    ["render", "a.yaml", "-o", "-"],  // stdout needs -T
    ["render", "a.yaml", "-ob.png", "-o", "c.svg"],
    ["render", "a.yaml", "-o", "b.txt"],  // no format from the extension
    ["render", "a.yaml", "-o", "b"],
    ["render", "a.yaml", "-o", ""],
    ["render", "", "-o", "b.png"],
    ["render", "help", "-o", "b.png"],
    ["render", "--help", "-o", "b.png"],
    ["render", "a.yaml", "-o", "-h.png"],
    ["render", "a.yaml", "-T", "png"],
    ["render", "a.yaml", "--width=800", "-o", "b.png"],
    ["validate", "a.yaml", "-o", "b.png"],
    ["batch", "a.yaml", "-o", "b.png"],
    ["render", "a.yaml", "b.png", "-o", "c.png"],
  ])
  func leavesEverythingElseToArgumentParser(arguments: [String]) {
    #expect(PlainRenderCommandLine.request(arguments) == nil)
  }

  @Test func rendersAndFailsAsTheFullCommandLineDoes() throws {
    let folder = try temporaryFolder()
    // The plain form, and the same request through ArgumentParser (`-q` only quiets warnings).
    let plain = try run(["render", seedPath, "-o", "a.png", "-o", "a.svg"], in: folder)
    let parsed = try run(["render", seedPath, "-o", "b.png", "-o", "b.svg", "-q"], in: folder)
    #expect(plain.status == 0 && parsed.status == 0, "\(plain.stderr) \(parsed.stderr)")
    for format in ["png", "svg"] {
      let a = try Data(contentsOf: folder.appendingPathComponent("a.\(format)"))
      let b = try Data(contentsOf: folder.appendingPathComponent("b.\(format)"))
      #expect(!a.isEmpty && a == b, "\(format)")
    }
    let missingPlain = try run(["render", "missing.yaml", "-o", "c.png"], in: folder)
    let missingParsed = try run(["render", "missing.yaml", "-o", "c.png", "-q"], in: folder)
    #expect(missingPlain.status == missingParsed.status && missingPlain.status != 0)
    #expect(missingPlain.stderr == missingParsed.stderr && missingPlain.stderr.hasPrefix("error: missing.yaml"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("c.png").path))
  }
}
