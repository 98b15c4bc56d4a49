import Foundation
import Testing
import TimelineModel
import TimelineRendering
import TimelineTestSupport
import Timelines

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every file in `Tests/Fixtures/hostile/` with its expected outcome (`EXPECTED.tsv`): it
/// renders (and its SVG is well-formed XML whatever the text held), or it fails with its
/// first error at the expected line and field. Nothing may crash or hang.
@Suite struct HostileInputTests {
  static let cases: [(file: String, expected: String)] = {
    let url = RepositoryFiles.url("Tests/Fixtures/hostile/EXPECTED.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
      return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
  }()

  @Test func theCorpusIsThere() {
    #expect(Self.cases.count >= 20)
  }

  @Test(arguments: cases)
  func eachInputGivesItsExpectedOutcome(file: String, expected: String) throws {
    let data = try RepositoryFiles.data("Tests/Fixtures/hostile/" + file)
    if expected == "ok" {
      let timeline = try TimelineLoader.load(data: data, fileName: file).timeline
      let renderer = TimelineRenderer()
      let svg = try renderer.render(timeline, as: .svg)
      let parser = XMLParser(data: svg)
      #expect(parser.parse(), "\(file): the SVG is not well-formed: \(String(describing: parser.parserError))")
      #expect(try renderer.render(timeline, as: .png).count > 1000)
      return
    }
    let parts = expected.split(separator: " ").map(String.init)
    do {
      _ = try TimelineLoader.load(data: data, fileName: file)
      Issue.record("\(file) loaded, but \(expected) was expected")
    } catch {
      let first = try #require(error.errors.first)
      #expect(first.location?.line == Int(parts[1]), "\(file): \(first)")
      let path = first.path.map { $0.components.isEmpty ? "-" : $0.description } ?? "-"
      #expect(path == parts[2], "\(file): \(first)")
    }
  }
}
