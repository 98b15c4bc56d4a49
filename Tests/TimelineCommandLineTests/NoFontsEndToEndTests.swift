import Foundation
import Testing
import TimelineTestSupport

/// With no fonts at all (a slim container), rendering stops with a clear error and exit 69
/// (EX_UNAVAILABLE), not with a canvas-size error about an absurd height.
@Suite struct NoFontsEndToEndTests: RunsTheBinary {
  /// Runs the binary with a fontconfig configuration that names no font folders.
  private func runWithoutFonts(_ arguments: [String], in folder: URL) throws -> Run {
    let config = folder.appendingPathComponent("fonts.conf")
    let cache = folder.appendingPathComponent("fontconfig-cache").path
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
      <fontconfig><cachedir>\(cache)</cachedir></fontconfig>
      """
    try Data(xml.utf8).write(to: config)
    return try run(
      arguments, in: folder, environment: ["FONTCONFIG_FILE": config.path, "FONTCONFIG_PATH": folder.path])
  }

  @Test func renderWithoutFontsExits69NamingTheProblem() throws {
    let folder = try temporaryFolder()
    let seed = RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path
    let result = try runWithoutFonts(["render", seed, "-o", "out.png"], in: folder)
    #expect(result.status == 69, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("error: no fonts are installed"), "\(result.stderr)")
    #expect(!result.stderr.contains("pixels"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.png").path))
  }

  @Test func fontsWithoutFontsExits69() throws {
    let folder = try temporaryFolder()
    let result = try runWithoutFonts(["fonts"], in: folder)
    #expect(result.status == 69, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("error: no fonts are installed"), "\(result.stderr)")
  }

  @Test func anInvalidFileIsStillReportedAsSuchWithoutFonts() throws {
    let folder = try temporaryFolder()
    try Data("events:\n  - date: 2022-02-30\n    title: A\n".utf8).write(to: folder.appendingPathComponent("bad.yaml"))
    let result = try runWithoutFonts(["render", "bad.yaml", "-o", "out.png"], in: folder)
    #expect(result.status == 65, "\(result.stderr)")
  }
}
