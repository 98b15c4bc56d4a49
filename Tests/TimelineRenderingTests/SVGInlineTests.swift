import Foundation
import Testing
import TimelineModel
import TimelineRendering
import TimelineTestSupport
import Timelines

/// SVGs meant to be inlined in HTML: each document's ids are its own.
@Suite struct SVGInlineTests {
  static func load(_ name: String) throws -> Timeline {
    let path = "seeds/\(name).yaml"
    return try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
  }

  static func svg(_ name: String) throws -> Data {
    try TimelineRenderer().render(load(name), as: .svg)
  }

  /// The part of an id before its first hyphen.
  static func prefix(_ id: String) -> Substring { id.prefix { $0 != "-" } }

  @Test func everyIdCarriesTheDocumentsPrefixAndEveryReferenceResolves() throws {
    let reader = try #require(SVGIdentifierReader.read(try Self.svg("kazakhstan-2022")))
    #expect(reader.ids.count > 100)
    #expect(reader.references.count > 500)
    let prefixes = Set(reader.ids.map(Self.prefix))
    #expect(prefixes.count == 1)
    let prefix = try #require(prefixes.first)
    #expect(prefix.count == 9 && prefix.first == "t" && prefix.dropFirst().allSatisfy(\.isHexDigit))
    #expect(Set(reader.ids).count == reader.ids.count, "duplicate ids")
    let known = Set(reader.ids)
    #expect(reader.references.allSatisfy { known.contains($0) })
    // The writer's own names (glyph outlines, gradients) survive behind the prefix.
    #expect(reader.ids.contains { $0.hasPrefix("\(prefix)-glyph0-") })
    #expect(reader.ids.contains { $0.hasPrefix("\(prefix)-linear") })
  }

  @Test(arguments: [("kazakhstan-2022", "apollo-13"), ("berlin-wall-1989", "romanian-revolution-1989")])
  func twoDifferentTimelinesShareNoId(first: String, second: String) throws {
    let a = try #require(SVGIdentifierReader.read(try Self.svg(first)))
    let b = try #require(SVGIdentifierReader.read(try Self.svg(second)))
    #expect(Set(a.ids).isDisjoint(with: Set(b.ids)))
    // Each document's references resolve inside it, never in the other.
    #expect(a.references.allSatisfy { Set(a.ids).contains($0) && !Set(b.ids).contains($0) })
    #expect(b.references.allSatisfy { Set(b.ids).contains($0) && !Set(a.ids).contains($0) })
  }

  @Test func theSameTimelineGetsTheSamePrefixAndAChangeGetsAnother() throws {
    var timeline = try Self.load("apollo-11-landing")
    let first = try TimelineRenderer().render(timeline, as: .svg)
    #expect(first == (try TimelineRenderer().render(timeline, as: .svg)))
    timeline.title = (timeline.title ?? "") + " (revised)"
    let revised = try TimelineRenderer().render(timeline, as: .svg)
    let before = try #require(SVGIdentifierReader.read(first)?.ids.first)
    let after = try #require(SVGIdentifierReader.read(revised)?.ids.first)
    #expect(Self.prefix(before) != Self.prefix(after))
  }
}
