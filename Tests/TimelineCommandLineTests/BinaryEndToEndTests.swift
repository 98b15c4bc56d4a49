import Cairo
import Foundation
import Testing
import TimelineTestSupport

/// What only the built `timeline` binary can show: that it is built, the demo's relative
/// output folder, stdin, and the same bytes from two processes.
@Suite struct BinaryEndToEndTests: RunsTheBinary {
  var seedPath: String { RepositoryFiles.url("seeds/kazakhstan-2022.yaml").path }

  @Test func theBinaryIsBuilt() {
    #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build first: swift build")
  }

  @Test func demoRendersTheSeedIntoOutput() throws {
    let folder = try temporaryFolder()
    let result = try run(["demo"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let png = try Data(contentsOf: folder.appendingPathComponent("output/kazakhstan-2022.png"))
    #expect(try ImageSurface(png: png).width == 1600)
    let svg = try Data(contentsOf: folder.appendingPathComponent("output/kazakhstan-2022.svg"))
    #expect(String(decoding: svg.prefix(5), as: UTF8.self) == "<?xml")
    let pdf = try Data(contentsOf: folder.appendingPathComponent("output/kazakhstan-2022.pdf"))
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    #expect(png == (try RepositoryFiles.data("output/kazakhstan-2022.png")), "the committed demo PNG is stale")
  }

  @Test func readsStdin() throws {
    let folder = try temporaryFolder()
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = ["render", "-", "-o", "in.png"]
    process.currentDirectoryURL = folder
    process.standardInput = try FileHandle(forReadingFrom: RepositoryFiles.url("seeds/kazakhstan-2022.yaml"))
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try ImageSurface(png: Data(contentsOf: folder.appendingPathComponent("in.png"))).width == 1600)
  }

  /// Determinism across processes, which a comparison inside one process cannot show: each
  /// process hashes with its own random seed (so a `Set` or `Dictionary` iterated into the
  /// output would differ), and the first run fixes its seed to 0 with
  /// `SWIFT_DETERMINISTIC_HASHING`, so the two seeds surely differ.
  @Test func twoProcessesWriteIdenticalBytes() throws {
    let folder = try temporaryFolder()
    for (name, environment) in [("one", ["SWIFT_DETERMINISTIC_HASHING": "1"]), ("two", [:])] {
      let result = try run(
        ["render", seedPath, "-o", "\(name).png", "-o", "\(name).svg", "-o", "\(name).pdf"], in: folder,
        environment: environment)
      #expect(result.status == 0, "\(result.stderr)")
    }
    for ext in ["png", "svg", "pdf"] {
      let one = try Data(contentsOf: folder.appendingPathComponent("one.\(ext)"))
      let two = try Data(contentsOf: folder.appendingPathComponent("two.\(ext)"))
      #expect(one == two, "\(ext) differs between processes")
    }
  }
}
