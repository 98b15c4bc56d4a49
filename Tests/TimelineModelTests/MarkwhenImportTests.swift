import Foundation
import Testing
import TimelineModel
import TimelineTestSupport

@Suite struct MarkwhenImportTests {
  @Test func markwhenTextGivesTheSameEventsAsYAML() throws {
    let mw = try TimelineLoader.load(
      data: RepositoryFiles.data("Tests/Fixtures/valid/seed-subset.mw"), fileName: "seed-subset.mw"
    ).timeline
    let yaml = try TimelineLoader.load(
      data: RepositoryFiles.data("Tests/Fixtures/valid/seed-subset.yaml"), fileName: "seed-subset.yaml"
    ).timeline
    // Markwhen has no "approximate" flag; compare everything else.
    #expect(mw.events.map(\.time) == yaml.events.map(\.time))
    #expect(mw.events.map(\.title) == yaml.events.map(\.title))
    #expect(mw.events.map(\.category) == yaml.events.map(\.category))
    #expect(mw.events.map(\.importance) == yaml.events.map(\.importance))
    #expect(mw.events.map(\.importance) == [.normal, .detail, .essential, .normal])
    #expect(mw.categories.map(\.id) == ["protests", "government"])
    #expect(mw.events[0].tags == ["protests", "petroleum"])
  }

  @Test func headerDescriptionsTimesAndRanges() throws {
    let text = """
      ---
      title: A night in Berlin
      description: Hour by hour
      timezone: Europe/Berlin
      ---
      1989-11-09T18:53: Schabowski: “immediately, without delay” #politics
        He reads from a note.
      1989-11-09T23:30 - 1989-11-10T01:00: Crossings open #border
      """
    let timeline = try TimelineLoader.load(data: Data(text.utf8), fileName: "night.mw").timeline
    #expect(timeline.title == "A night in Berlin")
    #expect(timeline.subtitle == "Hour by hour")
    #expect(timeline.timezone == "Europe/Berlin")
    #expect(timeline.events[0].title == "Schabowski: “immediately, without delay”")
    #expect(timeline.events[0].description == "He reads from a note.")
    #expect(timeline.events[0].time.start.minute == 53)
    #expect(
      timeline.events[1].time
        == .range(
          start: EventDate(year: 1989, month: 11, day: 9, hour: 23, minute: 30),
          end: EventDate(year: 1989, month: 11, day: 10, hour: 1, minute: 0)))
  }

  @Test func badDatesNameTheLine() throws {
    let text = "2022-01-05: Fine\n2022-02-30: Not a day\n"
    #expect {
      try TimelineLoader.load(data: Data(text.utf8), fileName: "bad.mw")
    } throws: { error in
      (error as? TimelineLoadError)?.description
        == "error: bad.mw:2:1: events[1].date: \"2022-02-30\" is not a date (February 2022 has 28 days)"
    }
  }
}

@Suite struct FormatSniffingTests {
  @Test(arguments: [
    ("{\"events\": []}", InputFormat.json),
    ("events:\n  - { date: 2022-01-05, title: x }", .yaml),
    ("---\ntitle: x\nevents: []", .yaml),
    ("date,title\n2022-01-05,x", .csv),
    ("// notes\n2022-01-05: An event #tag", .markwhen),
    ("Jan 8 2022: An event in words", .markwhen),
    ("timezone: Europe/Berlin\nevents: []", .yaml),
    ("---\ntitle: T\n---\n2022-01-05: x", .markwhen),
    ("", .yaml),
  ])
  func guessesTheFormatOfUnnamedInput(text: String, format: InputFormat) {
    #expect(InputFormat(sniffing: Array(text.utf8)) == format)
  }
}
