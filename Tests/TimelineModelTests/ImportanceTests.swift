import Foundation
import Testing
import TimelineModel
import TimelineTestSupport

/// `importance` read from every input format, and its errors.
@Suite struct ImportanceTests {
  func load(_ text: String, _ fileName: String) throws(TimelineLoadError) -> LoadedTimeline {
    try TimelineLoader.load(data: Data(text.utf8), fileName: fileName)
  }

  /// The errors of a file that must not load, as compiler-style lines.
  func errors(_ text: String, _ fileName: String) -> [String] {
    do {
      _ = try load(text, fileName)
    } catch {
      return error.errors.map(\.description)
    }
    Issue.record("\(fileName) loaded without errors")
    return []
  }

  @Test func yamlTakesNumbersWordsAndQuotedNumbers() throws {
    let yaml = """
      events:
        - { date: 2022-01-01, title: a, importance: 1 }
        - { date: 2022-01-02, title: b, importance: 2 }
        - { date: 2022-01-03, title: c, importance: 3 }
        - { date: 2022-01-04, title: d, importance: "1" }
        - { date: 2022-01-05, title: e, importance: '3' }
        - { date: 2022-01-06, title: f, importance: Essential }
        - { date: 2022-01-07, title: g, importance: HIGH }
        - { date: 2022-01-08, title: h, importance: normal }
        - { date: 2022-01-09, title: i, importance: default }
        - { date: 2022-01-10, title: j, importance: detail }
        - { date: 2022-01-11, title: k, importance: low }
        - { date: 2022-01-12, title: l }
        - { date: 2022-01-13, title: m, importance: }
        - { date: 2022-01-14, title: n, importance: " 3 " }
      """
    let loaded = try load(yaml, "i.yaml")
    #expect(
      loaded.timeline.events.map(\.importance) == [
        .essential, .normal, .detail, .essential, .detail, .essential, .essential, .normal, .normal, .detail,
        .detail, .normal, .normal, .detail,
      ])
    #expect(loaded.warnings.isEmpty)
  }

  @Test func jsonTakesNumbersAndWords() throws {
    let json = """
      {"events": [
        {"date": "2022-01-01", "title": "a", "importance": 1},
        {"date": "2022-01-02", "title": "b", "importance": 3},
        {"date": "2022-01-03", "title": "c", "importance": "2"},
        {"date": "2022-01-04", "title": "d", "importance": "detail"},
        {"date": "2022-01-05", "title": "e", "importance": null},
        {"date": "2022-01-06", "title": "f"},
        {"date": "2022-01-07", "title": "g", "importance": 3.0}
      ]}
      """
    let loaded = try load(json, "i.json")
    // 3.0 is the number 3 in JSON (as JSON Schema compares numbers); JSONDecoder reads it as 3.
    #expect(
      loaded.timeline.events.map(\.importance) == [.essential, .detail, .normal, .detail, .normal, .normal, .detail])
    #expect(loaded.warnings.isEmpty)
  }

  @Test func theDefaultIsNormal() throws {
    #expect(Event(index: 0, time: .point(EventDate(year: 2022)), title: "x").importance == .normal)
    let seed = try RepositoryFiles.seedTimeline()
    #expect(seed.events.allSatisfy { $0.importance == .normal })
    let timelineJS = try TimelineLoader.load(
      data: RepositoryFiles.data("Tests/Fixtures/valid/timelinejs.json"), fileName: "timelinejs.json")
    #expect(timelineJS.timeline.events.allSatisfy { $0.importance == .normal })
  }

  @Test func everyFormatReadsTheSameImportance() throws {
    func importance(_ name: String) throws -> [Importance] {
      try TimelineLoader.load(data: RepositoryFiles.data("Tests/Fixtures/valid/" + name), fileName: name)
        .timeline.events.map(\.importance)
    }
    let expected: [Importance] = [.normal, .detail, .essential, .normal]
    #expect(try importance("seed-subset.yaml") == expected)
    #expect(try importance("seed-subset.csv") == expected)
    #expect(try importance("seed-subset.mw") == expected)
  }

  @Test func yamlBadValuesNameLineColumnAndField() {
    let yaml = """
      events:
        - { date: 2022-01-01, title: a, importance: 0 }
        - { date: 2022-01-02, title: b, importance: 4 }
        - { date: 2022-01-03, title: c, importance: urgent }
        - { date: 2022-01-04, title: d, importance: 1.5 }
        - date: 2022-01-05
          title: e
          importance: "one"
      """
    let choices =
      "use 1 (must show), 2 (default) or 3 (detail), or the words essential/high, normal/default, detail/low"
    #expect(
      errors(yaml, "b.yaml") == [
        "error: b.yaml:2:47: events[0].importance: \"0\" is not an importance; \(choices)",
        "error: b.yaml:3:47: events[1].importance: \"4\" is not an importance; \(choices)",
        "error: b.yaml:4:47: events[2].importance: \"urgent\" is not an importance; \(choices)",
        "error: b.yaml:5:47: events[3].importance: \"1.5\" is not an importance; \(choices)",
        "error: b.yaml:8:17: events[4].importance: \"one\" is not an importance; \(choices)",
      ])
  }

  @Test func aListOrABooleanIsATypeError() {
    let yaml = """
      events:
        - { date: 2022-01-01, title: a }
        - { date: 2022-01-02, title: b }
        - { date: 2022-01-03, title: c }
        - { date: 2022-01-04, title: d }
        - date: 2022-01-05
          title: e
          importance: [1, 2]
      """
    #expect(
      errors(yaml, "l.yaml") == [
        "error: l.yaml:8:17: events[4].importance: expected 1 (must show), 2 (default) or 3 (detail) here"
      ])
    #expect(
      errors("events:\n  - { date: 2022-01-05, title: x, importance: yes }\n", "y.yaml") == [
        "error: y.yaml:2:47: events[0].importance: expected 1 (must show), 2 (default) or 3 (detail) here"
      ])
    let json = "{\"events\": [\n  {\"date\": \"2022-01-05\", \"title\": \"x\", \"importance\": {\"level\": 1}}\n]}"
    #expect(
      errors(json, "m.json") == [
        "error: m.json:2:54: events[0].importance: expected 1 (must show), 2 (default) or 3 (detail) here"
      ])
  }

  @Test func jsonBadValuesNameLineColumnAndField() {
    let json = """
      {"events": [
        {"date": "2022-01-01", "title": "a", "importance": 0},
        {"date": "2022-01-02", "title": "b", "importance": 4},
        {"date": "2022-01-03", "title": "c", "importance": "urgent"},
        {"date": "2022-01-04", "title": "d", "importance": 1.5},
        {"date": "2022-01-05", "title": "e", "importance": -1}
      ]}
      """
    let found = errors(json, "b.json")
    #expect(found.count == 5)
    #expect(
      found.map { $0.components(separatedBy: ": \"").first ?? "" } == [
        "error: b.json:2:54: events[0].importance", "error: b.json:3:54: events[1].importance",
        "error: b.json:4:54: events[2].importance", "error: b.json:5:54: events[3].importance",
        "error: b.json:6:54: events[4].importance",
      ])
    #expect(found[2].contains("\"urgent\" is not an importance; use 1 (must show), 2 (default) or 3 (detail)"))
    #expect(found[3].contains("\"1.5\" is not an importance"))
  }

  @Test func csvReadsAnImportanceColumn() throws {
    let csv = "date,title,Importance\n2022-01-01,a,1\n2022-01-02,b,\n2022-01-03,c,detail\n2022-01-04,d, High \n"
    let loaded = try load(csv, "i.csv")
    #expect(loaded.timeline.events.map(\.importance) == [.essential, .normal, .detail, .essential])
    #expect(loaded.warnings.isEmpty)
  }

  @Test func csvBadValuesNameTheRowAndColumn() {
    let csv = "date,title,importance\n2022-01-01,a,1\n2022-01-02,b,urgent\n2022-01-03,c,0\n"
    let choices =
      "use 1 (must show), 2 (default) or 3 (detail), or the words essential/high, normal/default, detail/low"
    #expect(
      errors(csv, "b.csv") == [
        "error: b.csv:3:14: events[1].importance: \"urgent\" is not an importance; \(choices)",
        "error: b.csv:4:14: events[2].importance: \"0\" is not an importance; \(choices)",
      ])
  }

  @Test func markwhenReadsATrailingBang() throws {
    let text = """
      2022-01-01: State of emergency declared !
      2022-01-02: State of emergency declared ! #government
      2022-01-03: Internet restored for an hour !3 #internet
      2022-01-04: Explicitly essential !1
      2022-01-05: Explicitly normal !2
      2022-01-06: Yahoo! reports the outage
      2022-01-07: Yahoo!
      2022-01-08: A ! in the middle stays
      2022-01-09: Two bangs stay !!
      2022-01-10: Not a marker !x
      """
    // `!x` is a Markwhen event id: left out of the title, with a warning (MarkwhenUnsupportedTests).
    let events = try load(text, "i.mw").timeline.events
    #expect(
      events.map(\.importance) == [
        .essential, .essential, .detail, .essential, .normal, .normal, .normal, .normal, .normal, .normal,
      ])
    #expect(
      events.map(\.title) == [
        "State of emergency declared", "State of emergency declared", "Internet restored for an hour",
        "Explicitly essential", "Explicitly normal", "Yahoo! reports the outage", "Yahoo!", "A ! in the middle stays",
        "Two bangs stay !!", "Not a marker",
      ])
    #expect(events[1].category == "government")
    #expect(events[2].tags == ["internet"])
  }

  @Test func markwhenBadNumbersPointAtTheMarker() {
    let text = "2022-01-05: Fine !\n  2022-01-06: Too many !4 #tag\n"
    #expect(
      errors(text, "b.mw") == [
        "error: b.mw:2:24: events[1].importance: \"4\" is not an importance; use 1 (must show), 2 (default) or 3 "
          + "(detail), or the words essential/high, normal/default, detail/low"
      ])
  }

  @Test func importanceIsAKnownField() throws {
    let yaml =
      "events:\n  - { date: 2022-01-05, title: x, importance: 1 }\n  - { date: 2022-01-06, title: y, importanse: 1 }\n"
    let loaded = try load(yaml, "k.yaml")
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: k.yaml:3:35: events[1].importanse: unknown field \"importanse\" is ignored; did you mean \"importance\"?"
      ])
    let json = "{\"events\": [{\"date\": \"2022-01-05\", \"title\": \"x\", \"importance\": 3}]}"
    #expect(try load(json, "k.json").warnings.isEmpty)
  }
}
