import Foundation
import Testing
import TimelineTestSupport

/// The Dockerfile's build stage copies everything the manifest and the sources need: no Docker
/// daemon runs here, so `scripts/run-dockerfile-steps.sh` builds its steps by hand (slowly);
/// this catches a missing `COPY` in a second.
@Suite struct DockerfileContextTests {
  /// The top-level paths the build stage copies: `COPY Sources Sources` gives `Sources`.
  private func copiedPaths() throws -> [String] {
    let text = try String(contentsOf: RepositoryFiles.url("Dockerfile"), encoding: .utf8)
    let buildStage = text.components(separatedBy: "\nFROM ").dropFirst().first ?? ""
    return buildStage.split(separator: "\n").filter { $0.hasPrefix("COPY ") && !$0.contains("--from") }
      .flatMap { line -> [String] in
        let parts = line.split(separator: " ").dropFirst().map(String.init)
        return Array(parts.dropLast())
      }
  }

  private func isCopied(_ path: String, by copied: [String]) -> Bool {
    copied.contains { path == $0 || path.hasPrefix($0 + "/") }
  }

  @Test func everyPathTheManifestNamesIsCopied() throws {
    let copied = try copiedPaths()
    #expect(copied.contains("Package.swift") && copied.contains("Package.resolved"), "\(copied)")
    let manifest = try String(contentsOf: RepositoryFiles.url("Package.swift"), encoding: .utf8)
    let explicit = manifest.matches(of: /path: "([^"]+)"/).map { String($0.output.1) }
    #expect(explicit.contains("Tests/TimelineTestSupport"))
    for path in explicit { #expect(isCopied(path, by: copied), "\(path) is not copied into the image's build stage") }
    // Test targets without a path live under Tests/NAME: the manifest does not load without them.
    if manifest.contains(".testTarget(") { #expect(isCopied("Tests/TimelineModelTests", by: copied)) }
  }

  @Test func everyLinkUnderSourcesPointsAtACopiedFile() throws {
    let copied = try copiedPaths()
    let sources = RepositoryFiles.url("Sources")
    let enumerator = FileManager.default.enumerator(atPath: sources.path)
    var links = 0
    while let relative = enumerator?.nextObject() as? String {
      let full = sources.appendingPathComponent(relative)
      guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: full.path) else { continue }
      links += 1
      let target = full.deletingLastPathComponent().appendingPathComponent(destination).standardizedFileURL.path
      let root = RepositoryFiles.root.standardizedFileURL.path + "/"
      #expect(target.hasPrefix(root), "\(relative) leaves the repository")
      #expect(isCopied(String(target.dropFirst(root.count)), by: copied), "\(relative) → \(destination) is not copied")
    }
    #expect(links >= 1)
  }
}
