import Foundation
import Testing

/// The hidden `TIMELINE_BENCHMARK_LIMITS` raises the input limits for a benchmark only.
@Suite struct BenchmarkLimitsEndToEndTests: RunsTheBinary {
  /// Runs `timeline validate FILE` in `folder` with `extra` added to the environment.
  private func validate(_ file: String, in folder: URL, extra: [String: String]) throws -> Int32 {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = ["validate", file]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["TIMELINE_BENCHMARK_LIMITS"] = nil
    environment.merge(extra) { _, new in new }
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test func moreThanTenThousandEventsPassOnlyWithTheVariable() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = "date,title\n"
    for index in 0..<10_001 { text += "2022-01-01,E\(index)\n" }
    try Data(text.utf8).write(to: folder.appendingPathComponent("many.csv"))
    #expect(try validate("many.csv", in: folder, extra: [:]) == 65)
    #expect(try validate("many.csv", in: folder, extra: ["TIMELINE_BENCHMARK_LIMITS": "2"]) == 0)
    #expect(try validate("many.csv", in: folder, extra: ["TIMELINE_BENCHMARK_LIMITS": "not a number"]) == 65)
  }
}
