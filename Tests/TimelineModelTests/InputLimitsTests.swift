import Foundation
import Testing

@testable import TimelineModel

/// Issue 10 items 6 and 11: every format's nesting limit with line and column, event counts
/// stopped while reading, and the quadratic loops that are linear now (checked by what they
/// produce; their cost is checked under a memory cap by `WorstCaseUnderCapTests`).
@Suite struct InputLimitsTests {
  /// The first error of loading `text` as `fileName`; records an issue when it loads.
  func firstError(_ text: String, _ fileName: String) throws -> Diagnostic {
    do {
      _ = try TimelineLoader.load(data: Data(text.utf8), fileName: fileName)
    } catch {
      return try #require(error.errors.first)
    }
    Issue.record("\(fileName) loaded")
    throw CancellationError()
  }

  @Test func jsonNestingPastTheLimitIsAnErrorAtTheBracket() throws {
    let depth = InputLimits.maximumNesting
    // The document is one level; `x` nests the rest, the last bracket one too many.
    let text =
      "{\"events\": [],\n  \"x\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
      + "}"
    let error = try firstError(text, "deep.json")
    #expect(error.location == SourceLocation(line: 2, column: 8 + depth - 1))
    #expect(error.message.contains("nest more than 256 levels"))
  }

  @Test func jsonNestingAtTheLimitLoads() throws {
    let depth = InputLimits.maximumNesting - 1
    let text =
      #"{"events": [{"date": "2022-01-05", "title": "a"}], "x": "# + String(repeating: "[", count: depth)
      + String(repeating: "]", count: depth) + "}"
    let loaded = try TimelineLoader.load(data: Data(text.utf8), fileName: "deep.json")
    #expect(loaded.timeline.events.count == 1)
  }

  /// A long run of brackets once took memory quadratic in its length (13 KB, 528 MB); now the
  /// scanner stops at the limit, wherever in a long file it is.
  @Test func aLongRunOfBracketsStopsAtTheLimit() throws {
    let error = try firstError(String(repeating: "[", count: 200_000), "deep.json")
    #expect(error.location == SourceLocation(line: 1, column: InputLimits.maximumNesting + 1))
  }

  /// Item 11: YAML nested 513–999 levels read "not valid JSON"; every depth past the limit
  /// now gets the nesting message.
  @Test(arguments: [300, 600, 999, 1_200])
  func yamlNestingPastTheLimitIsNamed(depth: Int) throws {
    let text = "events: []\nx: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    let error = try firstError(text, "deep.yaml")
    #expect(error.message.contains("nest more than 256 levels"), "\(error)")
    #expect(!error.message.contains("JSON"))
    #expect(error.location?.line == 2)
  }

  @Test func yamlBlockNestingIsCountedLikeFlowNesting() throws {
    var text = "events: []\nx:\n"
    for level in 0..<300 { text += String(repeating: " ", count: level) + "- \n" }
    let error = try firstError(text.replacingOccurrences(of: "- \n", with: "-\n"), "deep.yaml")
    #expect(error.message.contains("nest more than 256 levels"), "\(error)")
    #expect(error.path?.description.hasPrefix("x[0][0]") == true)
  }

  @Test func csvStopsReadingAtTheEventPastTheLimit() throws {
    var text = "date,title\n"
    for index in 0..<(InputLimits.maximumEvents + 5) { text += "2022-01-01,E\(index)\n" }
    let error = try firstError(text, "many.csv")
    // The header is line 1, so event 10,001 is on line 10,002.
    #expect(error.location == SourceLocation(line: InputLimits.maximumEvents + 2, column: 1))
    #expect(error.path == FieldPath([.key("events"), .index(InputLimits.maximumEvents)]))
    #expect(error.message.contains("more than 10000 events"))
  }

  @Test func csvAtTheLimitLoads() throws {
    var text = "date,title\n"
    for index in 0..<InputLimits.maximumEvents { text += "2022-01-01,E\(index)\n" }
    #expect(try TimelineLoader.load(data: Data(text.utf8), fileName: "many.csv").timeline.events.count == 10_000)
  }

  @Test func markwhenStopsReadingAtTheEventPastTheLimit() throws {
    var text = "// many\n"
    for index in 0..<(InputLimits.maximumEvents + 5) { text += "  2022-01-01: E\(index)\n" }
    let error = try firstError(text, "many.mw")
    #expect(error.location == SourceLocation(line: InputLimits.maximumEvents + 2, column: 3))
    #expect(error.message.contains("more than 10000 events"))
  }

  @Test func markwhenDescriptionLinesAreJoinedInOrder() throws {
    var text = "2022-01-01: first\n"
    for index in 0..<1_000 { text += "line \(index)\n" }
    text += "2022-01-02: second\n  only line\n"
    let timeline = try TimelineLoader.load(data: Data(text.utf8), fileName: "d.mw").timeline
    #expect(timeline.events[0].description == (0..<1_000).map { "line \($0)" }.joined(separator: " "))
    #expect(timeline.events[1].description == "only line")
  }

  @Test func markwhenGroupsAreCategoriesInFirstAppearanceOrder() throws {
    var text = ""
    for index in 0..<3_000 { text += "group g\(index % 999)\nendGroup\n" }
    text += "group g7\n2022-01-01: in g7\nendGroup\n2022-01-02: tagged #t\n"
    let timeline = try TimelineLoader.load(data: Data(text.utf8), fileName: "g.mw").timeline
    #expect(timeline.categories.map(\.id) == (0..<999).map { "g\($0)" } + ["t"])
    #expect(timeline.events.map(\.category) == ["g7", "t"])
  }

  @Test func duplicateCategoryDefinitionsAreStillFoundAmongMany() throws {
    var text = "events: [{date: 2022-01-01, title: a}]\ncategories:\n"
    for index in 0..<999 { text += "  - {id: c\(index)}\n" }
    text += "  - {id: c42}\n"
    let loaded = try TimelineLoader.load(data: Data(text.utf8), fileName: "c.yaml")
    #expect(loaded.timeline.categories.count == 999)
    let warning = try #require(loaded.warnings.first { $0.message.contains("defined twice") })
    #expect(warning.location?.line == 1_002)
  }

  @Test func csvAndTimelineJSCategoriesAreUniqueInFirstAppearanceOrder() throws {
    var csv = "date,title,category\n"
    for index in 0..<3_000 { csv += "2022-01-01,E\(index),c\(index % 700)\n" }
    let table = try TimelineLoader.load(data: Data(csv.utf8), fileName: "c.csv").timeline
    #expect(table.categories.map(\.id) == (0..<700).map { "c\($0)" })
    let slides = (0..<3_000).map {
      #"{"start_date":{"year":2022},"text":{"headline":"E\#($0)"},"group":"g\#($0 % 700)"}"#
    }
    let json = #"{"events":["# + slides.joined(separator: ",") + "]}"
    let timelineJS = try TimelineLoader.load(data: Data(json.utf8), fileName: "t.json").timeline
    #expect(timelineJS.categories.map(\.id) == (0..<700).map { "g\($0)" })
  }

  @Test(arguments: ["json", "yaml"])
  func aCategoryListPastTheLimitStopsAtItsEntry(format: String) throws {
    let entries = (0...InputLimits.maximumCategories).map { "{\"id\": \"c\($0)\"}" }
    let text = "{\"events\": [],\n\"categories\": [\n" + entries.joined(separator: ",\n") + "]}"
    let error = try firstError(text, "c.\(format)")
    #expect(error.path == FieldPath([.key("categories"), .index(1_000)]))
    #expect(error.location?.line == 1_003)
    #expect(error.message.contains("more than 1000 categories"))
  }

  @Test func yamlEventsPastTheLimitStopBeforeAnyNodeIsBuilt() throws {
    let text = "events:\n" + String(repeating: "  - {date: 2022-01-01, title: e}\n", count: 10_005)
    let error = try firstError(text, "many.yaml")
    #expect(error.location == SourceLocation(line: 10_002, column: 5))
    #expect(error.path == FieldPath([.key("events"), .index(10_000)]))
  }

  @Test func moreThanHalfAMillionValuesAreRefusedWhereTheyPassIt() throws {
    let text = "{\"events\": [], \"x\": [" + Array(repeating: "0", count: 500_001).joined(separator: ",") + "]}"
    let error = try firstError(text, "v.json")
    #expect(error.message.contains("more than 500000 values"))
    // The document, `events` and `x` are the first three values.
    #expect(error.path == FieldPath([.key("x"), .index(499_997)]))
  }

  @Test(arguments: [("periods", "json"), ("context", "yaml"), ("eras", "json")])
  func periodAndContextListsPastTheLimitStopAtTheirEntry(key: String, format: String) throws {
    let entry = key == "context" ? #"{"title": "c"}"# : #"{"start": "2022", "end": "2023", "title": "p"}"#
    let entries = Array(repeating: entry, count: 1_001).joined(separator: ",\n")
    let text = "{\"events\": [],\n\"\(key)\": [\n" + entries + "]}"
    let error = try firstError(text, "p.\(format)")
    #expect(error.path == FieldPath([.key(key), .index(1_000)]))
    #expect(error.location?.line == 1_003)
    #expect(error.message.contains("a timeline is limited to 1000"))
  }
}
