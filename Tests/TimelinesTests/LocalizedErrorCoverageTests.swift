import Foundation
import Testing

/// Every public error type in the sources conforms to `LocalizedError`, in its declaration or
/// in an extension: a new one without it fails here.
@Suite struct LocalizedErrorCoverageTests {
  private static let sources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources")

  private func swiftFiles() throws -> [String] {
    let enumerator = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)
    var texts: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      if url.pathExtension == "swift" { texts.append(try String(contentsOf: url, encoding: .utf8)) }
    }
    return texts
  }

  @Test func everyPublicErrorIsALocalizedError() throws {
    let texts = try swiftFiles()
    #expect(texts.count > 100)
    let lines = texts.flatMap { $0.split(separator: "\n").map(String.init) }
    let declaration = /^public (?:struct|enum|final class|class) (\w+)(?:<[^>]*>)?: ([^{]*)\{/
    let errors = lines.compactMap { line -> (name: String, conformances: String)? in
      guard let match = line.firstMatch(of: declaration) else { return nil }
      let conformances = String(match.output.2)
      let list = conformances.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      return list.contains("Error") || list.contains("LocalizedError") ? (String(match.output.1), conformances) : nil
    }
    #expect(errors.count >= 8, "\(errors.map(\.name))")
    for error in errors where !error.conformances.contains("LocalizedError") {
      let extended = lines.contains { $0.hasPrefix("extension \(error.name): ") && $0.contains("LocalizedError") }
      #expect(extended, "\(error.name) is a public Error without LocalizedError")
    }
  }
}
