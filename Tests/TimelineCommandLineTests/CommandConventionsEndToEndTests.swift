import Foundation
import Testing
import TimelineTestSupport

/// The command-line conventions as a user meets them, parsed and run as the binary does but in
/// this process (what needs the binary itself: ``CommandConventionsBinaryTests``).
@Suite struct CommandConventionsEndToEndTests: RunsInProcess {
  var seedPath: String { RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path }

  @Test func bareTimelinePrintsHelpAndWritesNothing() throws {
    let folder = try temporaryFolder()
    let result = try run([], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let help = String(decoding: result.stdout, as: UTF8.self)
    #expect(help.contains("USAGE: timeline"))
    #expect(help.contains("demo"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func versionPrintsTheLibraries() throws {
    let result = try run(["--version"], in: try temporaryFolder())
    #expect(result.status == 0, "\(result.stderr)")
    let text = String(decoding: result.stdout, as: UTF8.self)
    #expect(text.hasPrefix("timeline "))
    #expect(text.contains("\ncairo 1."))
    #expect(text.contains("\npango 1."))
    // The theme's first family that is installed, with its version and file.
    #expect(text.contains("\nfont Inter ") || text.contains("\nfont DejaVu Sans "), "\(text)")
    #expect(text.split(separator: "\n").contains { $0.hasPrefix("font ") && $0.hasSuffix("tf") })
  }

  @Test(arguments: [
    ["render", "x.yaml", "--width"], ["render", "x.yaml", "--no-such-flag"], ["render"],
    ["validate", "--format", "xml", "a"],
    ["nosuchcommand"],
  ])
  func everyArgumentErrorLineStartsWithError(arguments: [String]) throws {
    let result = try run(arguments, in: try temporaryFolder())
    #expect(result.status == 64)
    let lines = result.stderr.split(separator: "\n")
    #expect(!lines.isEmpty)
    #expect(lines.allSatisfy { $0.hasPrefix("error: ") }, "\(result.stderr)")
  }

  @Test func quietKeepsErrorsAndDropsWarnings() throws {
    let folder = try temporaryFolder()
    let warned = "title: T\nevents:\n  - date: 2022-01-02\n    title: A\n    colour: red\n"
    try Data(warned.utf8).write(to: folder.appendingPathComponent("w.yaml"))
    let loud = try run(["render", "w.yaml", "-o", "w.svg"], in: folder)
    #expect(loud.status == 0)
    #expect(loud.stderr.contains("warning: "))
    let quiet = try run(["render", "w.yaml", "-o", "w.svg", "-q"], in: folder)
    #expect(quiet.status == 0)
    #expect(quiet.stderr == "")
    let missing = try run(["render", "missing.yaml", "-o", "m.svg", "-q"], in: folder)
    #expect(missing.status == 66)
    #expect(missing.stderr.hasPrefix("error: missing.yaml"))
  }
}

/// The conventions that need the binary: a closed stdout pipe, and file names in JSON on stdout
/// as given on the command line (relative to the folder it runs in).
@Suite struct CommandConventionsBinaryTests: RunsTheBinary {
  var seedPath: String { RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path }

  @Test func aClosedPipeEndsQuietlyWithStatusZero() throws {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = ["render", seedPath, "-T", "svg", "-o", "-"]
    let out = Pipe()
    let err = Pipe()
    // Nobody reads stdout: its reading end is closed before the render starts.
    try out.fileHandleForReading.close()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    try out.fileHandleForWriting.close()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: stderr, as: UTF8.self) == "")
  }

  @Test func validateWritesJSONForEditors() throws {
    let folder = try temporaryFolder()
    try Data("events:\n  - date: 2022-13-01\n    title: A\n".utf8).write(to: folder.appendingPathComponent("bad.yaml"))
    let result = try run(["validate", "--format", "json", "bad.yaml"], in: folder)
    #expect(result.status == 65)
    #expect(result.stderr == "")
    let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    #expect(json["errors"] as? Int == 1)
    let first = try #require((json["diagnostics"] as? [[String: Any]])?.first)
    #expect(first["file"] as? String == "bad.yaml")
    #expect(first["line"] as? Int == 2)
    #expect(first["path"] as? String == "events[0].date")
  }
}
