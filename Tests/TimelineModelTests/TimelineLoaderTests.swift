import Foundation
import Testing
import TimelineTestSupport

@testable import TimelineModel

@Suite struct TimelineLoaderTests {
  func load(_ path: String) throws -> LoadedTimeline {
    try TimelineLoader.load(data: RepositoryFiles.data("Tests/Fixtures/" + path), fileName: path)
  }

  func errors(_ path: String) throws -> [Diagnostic] {
    do {
      _ = try load(path)
    } catch let error as TimelineLoadError {
      return error.errors
    }
    Issue.record("\(path) loaded without errors")
    return []
  }

  @Test(arguments: ["valid/all-date-forms.yaml", "valid/all-date-forms.json"])
  func loadsEveryDateForm(path: String) throws {
    let timeline = try load(path).timeline
    #expect(timeline.events.count == 10)
    #expect(timeline.timezone == "Asia/Almaty")
    #expect(timeline.events.map(\.index) == Array(0..<10))
    #expect(timeline.events[0].time == .point(EventDate(year: 2022)))
    #expect(timeline.events[6].time.start.utcOffsetMinutes == 360)
    #expect(timeline.events[7].time.start.year == -43)
    #expect(
      timeline.events[9].time
        == .range(start: EventDate(year: 2022, month: 1, day: 2), end: EventDate(year: 2022, month: 1, day: 9)))
    #expect(timeline.categories == [Category(id: "a", label: "Alpha", color: "#d55e00")])
  }

  @Test func yamlAndJSONGiveTheSameTimeline() throws {
    let yaml = try load("valid/all-date-forms.yaml").timeline
    let json = try load("valid/all-date-forms.json").timeline
    #expect(yaml.events == json.events)
    #expect(yaml == json)
  }

  @Test func yamlReportsEveryBadDateWithLineAndPath() throws {
    let found = try errors("invalid/bad-dates.yaml")
    let described = found.map(\.description)
    #expect(
      described == [
        "error: invalid/bad-dates.yaml:5:11: events[1].date: \"2022-02-30\" is not a date (February 2022 has 28 days)",
        "error: invalid/bad-dates.yaml:7:11: events[2].date: \"2022-13-01\" is not a date (month 13 is not 1 to 12)",
        "error: invalid/bad-dates.yaml:9:11: events[3].date: the date is empty (expected YYYY, YYYY-MM or YYYY-MM-DD)",
        "error: invalid/bad-dates.yaml:12:10: events[4].end: the end (2022-01-02) comes before the start (2022-01-09)",
      ])
  }

  @Test func jsonReportsLineAndColumnToo() throws {
    let found = try errors("invalid/bad-dates.json")
    #expect(found.count == 4)
    #expect(found.map(\.path?.description) == ["events[1].date", "events[2].date", "events[3].date", "events[4].end"])
    #expect(
      found.map(\.location) == [
        SourceLocation(line: 5, column: 15), SourceLocation(line: 6, column: 15), SourceLocation(line: 7, column: 15),
        SourceLocation(line: 8, column: 37),
      ])
  }

  @Test func jsonSyntaxErrorsPointAtTheProblem() throws {
    let found = try errors("invalid/syntax.json")
    #expect(found.count == 1)
    #expect(found.first?.location == SourceLocation(line: 5, column: 5))
    #expect(found.first?.message.contains("expected ',' or ']'") == true)
  }

  @Test func yamlSyntaxErrorsCarryTheirMark() throws {
    let found = try errors("invalid/syntax.yaml")
    #expect(found.count == 1)
    #expect(found.first?.location?.line == 6)
    #expect(found.first?.message.hasPrefix("YAML syntax:") == true)
  }

  @Test func missingFieldsAreAllReported() throws {
    let found = try errors("invalid/missing-fields.yaml")
    #expect(
      found.map { "\($0.location?.line ?? 0) \($0.path?.description ?? "")" } == [
        "3 events[0].title", "4 events[1]", "5 events[2].start", "8 events[3].start",
      ])
  }

  @Test func aMissingEventsListIsAnError() throws {
    let found = try errors("invalid/no-events.yaml")
    #expect(found.map(\.message) == ["required: a list of events, each with a date and a title"])
  }

  @Test func wrongTypesNameTheField() throws {
    let found = try errors("invalid/wrong-type.json")
    #expect(found.count == 1)
    #expect(found.first?.path?.description == "events")
    #expect(found.first?.location == SourceLocation(line: 3, column: 13))
  }

  @Test func warningsDoNotStopLoading() throws {
    let yaml = """
      categories:
        - { id: a, label: A, color: "not a colour" }
        - { id: a, label: Again }
      events:
        - { date: 2022-01-05, title: Uses an undefined category, category: b }
      """
    let loaded = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "w.yaml")
    #expect(loaded.timeline.categories == [Category(id: "a", label: "A", color: nil)])
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: w.yaml:2:31: categories[0].color: \"not a colour\" is not a colour like #d55e00; a palette colour is used",
        "warning: w.yaml:3:11: categories[1].id: category \"a\" is defined twice; the first definition is used",
        "warning: w.yaml:5:70: events[0].category: category \"b\" is not defined under categories; it gets the next palette colour",
      ])
  }

  @Test func invalidUTF8IsReportedWithItsPosition() throws {
    var bytes = Array("events:\n  - { date: 2022-01-05, title: caf".utf8)
    bytes += [0xC3, 0x28]
    bytes += Array(" }\n".utf8)
    #expect {
      try TimelineLoader.load(data: Data(bytes), fileName: "bad.yaml")
    } throws: { error in
      (error as? TimelineLoadError)?.description == "error: bad.yaml:2:35: the file is not valid UTF-8 text"
    }
  }

  @Test func theSeedCarriesEvidenceForEveryEvent() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let article = try String(decoding: RepositoryFiles.data("seeds/kazakhstan-2022.txt"), as: UTF8.self)
    #expect(seed.events.count == 8)
    #expect(seed.categories.map(\.id) == ["protests", "government", "humanrights"])
    #expect(seed.notes?.contains("Friday 7 January 2022") == true)
    for event in seed.events {
      let evidence = try #require(event.evidence)
      #expect(article.contains(evidence), "evidence of \(event.title) is not quoted from the article")
    }
    #expect(seed.events.contains { $0.time == .point(EventDate(year: 2022, month: 1, day: 7)) && !$0.approximate })
    #expect(seed.periods.map(\.title) == ["State of emergency"])
    #expect(seed.context.count == 2)
  }

  @Test func theArticleIsKeptUnchanged() throws {
    #expect(try RepositoryFiles.data("seeds/kazakhstan-2022.txt").count > 0)
    let shared = RepositoryFiles.root.deletingLastPathComponent().appendingPathComponent(
      "shared/seeds/000_642a77171b106692.txt")
    if let original = try? Data(contentsOf: shared) {
      #expect(try RepositoryFiles.data("seeds/kazakhstan-2022.txt") == original)
    }
  }
}

@Suite struct FieldNameAndLimitTests {
  @Test func unknownFieldsWarnWithASuggestion() throws {
    let path = "Tests/Fixtures/invalid/unknown-fields.yaml"
    let loaded = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: "unknown-fields.yaml")
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: unknown-fields.yaml:1:1: titel: unknown field \"titel\" is ignored; did you mean \"title\"?",
        "warning: unknown-fields.yaml:5:5: events[0].catgory: unknown field \"catgory\" is ignored; did you mean \"category\"?",
        "warning: unknown-fields.yaml:6:5: events[0].colour: unknown field \"colour\" is ignored",
      ])
  }

  @Test func aSuggestionIsWithinTwoEditsWhateverTheKeysLength() {
    #expect(TimelineValidator.nearest("Titel", among: TimelineValidator.eventFields) == "title")
    #expect(TimelineValidator.nearest("descripton", among: TimelineValidator.eventFields) == "description")
    #expect(TimelineValidator.nearest("dat", among: TimelineValidator.eventFields) == "date")
    #expect(TimelineValidator.nearest("colour", among: TimelineValidator.eventFields) == nil)
    let huge = String(repeating: "title", count: 2_000)
    #expect(TimelineValidator.nearest(huge, among: TimelineValidator.eventFields) == nil)
    #expect(TimelineValidator.nearest("tïtle", among: TimelineValidator.eventFields) == "title")
  }

  @Test func theSameMisspellingOnEveryEventGetsTheSameWarning() throws {
    let events = (0..<50).map { "  - { date: 2022-01-05, title: E\($0), titel: x }" }.joined(separator: "\n")
    let loaded = try TimelineLoader.load(data: Data("events:\n\(events)\n".utf8), fileName: "t.yaml")
    #expect(loaded.warnings.count == 50)
    #expect(loaded.warnings.allSatisfy { $0.description.hasSuffix("did you mean \"title\"?") })
  }

  @Test func jsonFieldNamesAreCheckedToo() throws {
    let json = "{\n  \"events\": [\n    { \"date\": \"2022-01-05\", \"titel\": \"x\", \"title\": \"y\" }\n  ]\n}\n"
    let loaded = try TimelineLoader.load(data: Data(json.utf8), fileName: "f.json")
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: f.json:3:29: events[0].titel: unknown field \"titel\" is ignored; did you mean \"title\"?"
      ])
  }

  /// Reading stops at the first event past the limit, and the message names it.
  @Test func tooManyEventsIsAClearError() throws {
    let events = (0...10_000).map { "  - { date: 2022-01-05, title: E\($0) }" }.joined(separator: "\n")
    #expect {
      try TimelineLoader.load(data: Data("events:\n\(events)\n".utf8), fileName: "many.yaml")
    } throws: { error in
      (error as? TimelineLoadError)?.description
        == "error: many.yaml:10002:5: events[10000]: more than 10000 events; a timeline is limited to 10000 "
        + "(split it, or filter the file)"
    }
  }

  @Test func overlongTextIsAnError() throws {
    let long = String(repeating: "x", count: 10_001)
    #expect {
      try TimelineLoader.load(
        data: Data("events:\n  - { date: 2022-01-05, title: \(long) }\n".utf8), fileName: "l.yaml")
    } throws: { error in
      (error as? TimelineLoadError)?.errors.map(\.message)
        == ["the text is 10001 characters long; fields are limited to 10000"]
    }
  }
}

@Suite struct SuspiciousDateTests {
  @Test func aYearCenturiesAwayFromTheRestIsFlagged() throws {
    let yaml = """
      events:
        - { date: 2022-01-02, title: a }
        - { date: 2202-01-05, title: b }
        - { date: 2022-01-07, title: c }
        - { date: 2022-01-09, title: d }
      """
    let loaded = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "s.yaml")
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: s.yaml:3:13: events[1].date: year 2202 is far from the other dates (around 2022); is it a typo?"
      ])
  }

  @Test func aYearBeforeChristIsNamedWithItsEraToo() throws {
    // -0043 is 44 BC (astronomical numbering): the warning gives both, as the file and the axis write it.
    let yaml = """
      events:
        - { date: -0043-03-15, title: a }
        - { date: 2022-01-05, title: b }
        - { date: -0044-01-07, title: c }
        - { date: -0045-01-09, title: d }
      """
    let loaded = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "s.yaml")
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: s.yaml:3:13: events[1].date: year 2022 is far from the other dates (around 44 BC); is it a typo?"
      ])
    let zero = try TimelineLoader.load(
      data: Data(yaml.replacingOccurrences(of: "2022-01-05", with: "0000-01-05").utf8), fileName: "s.yaml")
    #expect(zero.warnings.isEmpty)  // year 0 (1 BC) is within a century of 44 BC
    let early = try TimelineLoader.load(
      data: Data(
        yaml.replacingOccurrences(of: "-0043-03-15", with: "2020-03-15")
          .replacingOccurrences(of: "-0045-01-09", with: "2021-01-09").replacingOccurrences(of: "-0044", with: "2019")
          .utf8), fileName: "s.yaml")
    #expect(early.warnings.isEmpty)
    let far = try TimelineLoader.load(
      data: Data(
        yaml.replacingOccurrences(of: "-0043-03-15", with: "2020-03-15")
          .replacingOccurrences(of: "-0045-01-09", with: "2021-01-09")
          .replacingOccurrences(of: "b }", with: "b }\n  - { date: 2023-01-01, title: e }")
          .utf8), fileName: "s.yaml")
    #expect(
      far.warnings.map(\.description) == [
        "warning: s.yaml:5:13: events[3].date: year -44 (45 BC) is far from the other dates (around 2021); is it a typo?"
      ])
  }

  @Test func longHistoriesAreNotFlagged() throws {
    let path = "seeds/roman-history.yaml"
    #expect(try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).warnings.isEmpty)
  }
}
