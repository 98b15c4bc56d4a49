import Foundation
import Testing
import TimelineModel
import TimelineTestSupport

/// Markwhen's documented date forms are read, and a line that starts like a date but is not
/// read says so (issue 10, item 10).
@Suite struct MarkwhenDateFormTests {
  func load(_ text: String, name: String = "d.mw") throws -> LoadedTimeline {
    try TimelineLoader.load(data: Data(text.utf8), fileName: name)
  }

  @Test func everyFormReadsAsItsYAMLTwin() throws {
    let mw = try TimelineLoader.load(
      data: RepositoryFiles.data("Tests/Fixtures/valid/markwhen-date-forms.mw"), fileName: "markwhen-date-forms.mw")
    let yaml = try TimelineLoader.load(
      data: RepositoryFiles.data("Tests/Fixtures/valid/markwhen-date-forms.yaml"),
      fileName: "markwhen-date-forms.yaml")
    #expect(mw.warnings.map(\.description) == [])
    #expect(mw.timeline.events.map(\.title) == yaml.timeline.events.map(\.title))
    for (a, b) in zip(mw.timeline.events, yaml.timeline.events) {
      #expect(a.time == b.time, "\(a.title)")
    }
    #expect(mw.timeline.events.count == 20)
  }

  @Test func numericDatesAreMonthFirstUnlessTheHeaderSaysDayFirst() throws {
    let american = try load("01/07/2022: Seventh of January\n")
    #expect(american.timeline.events[0].time == .point(EventDate(year: 2022, month: 1, day: 7)))
    let european = try load("---\ndateFormat: d/M/y\n---\n01/07/2022: First of July\n01/07/2022-03/07/2022: Range\n")
    #expect(european.timeline.events[0].time == .point(EventDate(year: 2022, month: 7, day: 1)))
    #expect(
      european.timeline.events[1].time
        == .range(start: EventDate(year: 2022, month: 7, day: 1), end: EventDate(year: 2022, month: 7, day: 3)))
  }

  /// `01/07/2022` was read as a range from "01" to "07/2022"; it is one day.
  @Test func aSlashedDateIsNotARange() throws {
    let loaded = try load("2022-01-05: Before\n01/07/2022: On the seventh\n")
    #expect(loaded.timeline.events[1].time == .point(EventDate(year: 2022, month: 1, day: 7)))
  }

  @Test func edtfRangesMayRunToNow() throws {
    let loaded = try load("2005/now: Still going\n2022-01/2022-03: First quarter\n")
    #expect(loaded.timeline.events[0].time == .ongoing(since: EventDate(year: 2005)))
    #expect(
      loaded.timeline.events[1].time
        == .range(start: EventDate(year: 2022, month: 1), end: EventDate(year: 2022, month: 3)))
  }

  /// Relative dates are not read; starting with a digit, the line is an event and its date an error.
  @Test func relativeDatesAreErrors() throws {
    #expect {
      try load("2022-01-05: Start\n1 week: A week later\n")
    } throws: { error in
      (error as? TimelineLoadError)?.errors.first?.description.hasPrefix(
        "error: d.mw:2:1: events[1].date: \"1 week\" is not a date") == true
    }
  }

  @Test func linesThatLookLikeDatesButAreNotReadAreWarned() throws {
    let text = """
      2022-01-05: First event
      January 3: No year
        Sept 31st of 2022: Words in between
      Note: an ordinary description line
      """
    let loaded = try load(text)
    let hint =
      "looks like a date but is not one this tool reads (write 2022-01-08, 01/08/2022, Jan 8 2022, 8 Jan 2022 or January 2022, and ranges with -, – or to); the line is kept as description text"
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: d.mw:2:1: \"January 3\" \(hint)",
        "warning: d.mw:3:3: \"Sept 31st of 2022\" \(hint)",
      ])
    #expect(loaded.timeline.events.count == 1)
    #expect(
      loaded.timeline.events[0].description
        == "January 3: No year Sept 31st of 2022: Words in between Note: an ordinary description line")
  }

  @Test func datedLinesWithoutAColonAreWarned() throws {
    let text = "2022-01-05: First event\n8 Jan 2022 Troops arrive\n2022-01-09 Calm returns\n2022 was a hard year\n"
    let loaded = try load(text)
    let tail = "but has no colon after it, so it is kept as description text"
    #expect(
      loaded.warnings.map(\.description) == [
        "warning: d.mw:2:1: the line starts with the date \"8 Jan 2022\" \(tail) (write \"8 Jan 2022: title\" for an event)",
        "warning: d.mw:3:1: the line starts with the date \"2022-01-09\" \(tail) (write \"2022-01-09: title\" for an event)",
      ])
    #expect(loaded.timeline.events.count == 1)
  }

  @Test(arguments: [
    (
      "02/30/2022: Not a day\n",
      "error: d.mw:1:1: events[0].date: \"2022-02-30\" is not a date (February 2022 has 28 days)"
    ),
    (
      "Jan 14 2022 - Jan 32 2022: Past the month\n",
      "error: d.mw:1:15: events[0].end: \"2022-01-32\" is not a date (January 2022 has 31 days)"
    ),
    (
      "13/01/2022: Month first\n",
      "error: d.mw:1:1: events[0].date: \"2022-13-01\" is not a date (month 13 is not 1 to 12)"
    ),
  ])
  func readDatesThatDoNotExistAreErrorsAtTheirColumn(text: String, expected: String) throws {
    #expect {
      try load(text)
    } throws: { error in
      (error as? TimelineLoadError)?.description == expected
    }
  }
}
