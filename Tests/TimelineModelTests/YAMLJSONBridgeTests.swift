import Foundation
import Testing
import Yams

@testable import TimelineModel

/// The YAML-to-JSON bridge the loader decodes through: same meaning, the user's own text.
@Suite struct YAMLJSONBridgeTests {
  func json(_ yaml: String, budget: Int = 10_000) throws -> Any? {
    let node = try #require(try Yams.compose(yaml: yaml, .basic))
    guard let data = try? YAMLJSONBridge.json(from: node, budget: budget) else { return nil }
    return try JSONSerialization.jsonObject(with: data)
  }

  @Test func scalarsKeepTheirTextAndOnlyNullsAndBoolsChangeType() throws {
    let value = try json(
      """
      a: 2.50
      b: 007
      c: 2022-01-05
      d: ~
      e:
      f: yes
      g: "yes"
      h: !!bool "false"
      i: "line\\nbreak \\"quoted\\" \\t tab"
      j: .inf
      """)
    let object = try #require(value as? [String: Any])
    #expect(object["a"] as? String == "2.50")
    #expect(object["b"] as? String == "007")
    #expect(object["c"] as? String == "2022-01-05")
    #expect(object["d"] is NSNull && object["e"] is NSNull)
    #expect(object["f"] as? Bool == true)
    #expect(object["g"] as? String == "yes")
    #expect(object["h"] as? Bool == false)
    #expect(object["i"] as? String == "line\nbreak \"quoted\" \t tab")
    #expect(object["j"] as? String == ".inf")
  }

  @Test func aliasesAreCopiedWithinTheBudgetAndRefusedBeyondIt() throws {
    let yaml = "base: &b [1, 2, 3]\nuse: [*b, *b]\n"
    let object = try #require(try json(yaml) as? [String: Any])
    #expect((object["use"] as? [[String]])?.count == 2)
    #expect(try json(yaml, budget: 8) == nil)
  }

  @Test func loadingAYAMLFileGivesTheSameTimelineAsItsJSONTwin() throws {
    let yaml = "title: T\nevents:\n  - {date: 2022-01-05, title: 2.50, approximate: yes}\n"
    let json = #"{"title": "T", "events": [{"date": "2022-01-05", "title": "2.50", "approximate": true}]}"#
    let fromYAML = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "t.yaml").timeline
    let fromJSON = try TimelineLoader.load(data: Data(json.utf8), fileName: "t.json").timeline
    #expect(fromYAML == fromJSON)
    #expect(fromYAML.events.first?.title == "2.50")
  }

  @Test func mergeKeysBringInTheirFieldsAndTheMappingsOwnWin() throws {
    let yaml = """
      defaults: &d {category: protests, approximate: true, title: Default}
      more: &m {description: From the second, category: ignored}
      events:
        - <<: [*d, *m]
          date: 2022-01-05
          title: Merged
      """
    let loaded = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "m.yaml")
    let event = try #require(loaded.timeline.events.first)
    #expect(event.title == "Merged")
    #expect(event.category == "protests")
    #expect(event.approximate)
    #expect(event.description == "From the second")
    #expect(!loaded.warnings.contains { $0.message.contains("<<") })
  }

  /// Aliases that expand past the file's size but within the 10 MiB expansion limit decode
  /// through the bridge like any other document.
  @Test func aliasHeavyDocumentsWithinTheExpansionLimitDecode() throws {
    let tags = (0..<200).map { "t\($0)" }.joined(separator: ", ")
    var yaml = "tagset: &t [\(tags)]\nevents:\n"
    for index in 0..<200 {
      yaml += "  - {date: 2022-01-\(10 + index % 9), title: E\(index), approximate: true, tags: *t}\n"
    }
    let timeline = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "a.yaml").timeline
    #expect(timeline.events.count == 200)
    #expect(timeline.events.allSatisfy { $0.approximate && $0.tags.count == 200 })
  }

  /// What aliases repeat counts against the 10 MiB limit: 1,200 aliases of a 10 KB string
  /// (a 74 KB file) would expand to 12 MB, and are refused at the alias that crosses it.
  @Test func aliasesOfLongStringsAreCountedAgainstTheInputLimit() throws {
    var yaml = "long: &s \(String(repeating: "x", count: 10_000))\nevents:\n"
    for index in 0..<1_200 { yaml += "  - {date: 2022-01-05, title: *s, description: E\(index)}\n" }
    #expect(yaml.utf8.count < 80_000)
    do {
      _ = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "a.yaml")
      Issue.record("an expansion past 10 MiB loaded")
    } catch {
      let first = try #require(error.errors.first)
      #expect(first.message.contains("aliases expand this document past 10 MiB"), "\(first)")
      let path = try #require(first.path)
      #expect(path.components.prefix(1) == [.key("events")])
      #expect(first.location != nil)
    }
  }

  /// Merges of merges double at each level; each merged mapping is worked out once, so a
  /// 40-level chain (2^40 merges if expanded) costs 40, well within a small budget.
  @Test func mergeKeyChainsAreWorkedOutOncePerMapping() throws {
    var yaml = "a0: &a0 {title: x}\n"
    for level in 1...40 { yaml += "a\(level): &a\(level) {<<: [*a\(level - 1), *a\(level - 1)]}\n" }
    let object = try #require(try json(yaml, budget: 100_000) as? [String: Any])
    #expect((object["a40"] as? [String: String]) == ["title": "x"])
  }
}
