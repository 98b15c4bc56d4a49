import Foundation
import Testing

@testable import TimelineModel

/// Times that the timeline's zone skipped or showed twice load, with a warning that says how
/// they were read (issue 10, item 9).
@Suite struct DaylightSavingWarningTests {
  func warnings(zone: String, dates: [String]) throws -> [String] {
    let events = dates.map { "  - { date: \"\($0)\", title: At \($0) }" }.joined(separator: "\n")
    let yaml = "timezone: \(zone)\nevents:\n\(events)\n"
    return try TimelineLoader.load(data: Data(yaml.utf8), fileName: "d.yaml").warnings.map(\.description)
  }

  @Test(arguments: [
    (
      "Europe/Berlin", "2022-03-27T02:30",
      "warning: d.yaml:3:13: events[0].date: \"2022-03-27T02:30\" never happened in Europe/Berlin (the clocks went forward 1 hour at 02:00); it is read as 2022-03-27T03:30+02:00"
    ),
    (
      "Europe/Berlin", "2022-10-30T02:30",
      "warning: d.yaml:3:13: events[0].date: \"2022-10-30T02:30\" happened twice in Europe/Berlin (the clocks went back 1 hour); the first, at +02:00, is used (write +01:00 for the second)"
    ),
    (
      "America/New_York", "2022-03-13T02:30:15",
      "warning: d.yaml:3:13: events[0].date: \"2022-03-13T02:30:15\" never happened in America/New_York (the clocks went forward 1 hour at 02:00); it is read as 2022-03-13T03:30:15-04:00"
    ),
    (
      "America/New_York", "2022-11-06T01:59",
      "warning: d.yaml:3:13: events[0].date: \"2022-11-06T01:59\" happened twice in America/New_York (the clocks went back 1 hour); the first, at -04:00, is used (write -05:00 for the second)"
    ),
    (
      "Australia/Lord_Howe", "2022-10-02T02:10",
      "warning: d.yaml:3:13: events[0].date: \"2022-10-02T02:10\" never happened in Australia/Lord_Howe (the clocks went forward 30 minutes at 02:00); it is read as 2022-10-02T02:40+11:00"
    ),
    (
      "Australia/Lord_Howe", "2022-04-03T01:30",
      "warning: d.yaml:3:13: events[0].date: \"2022-04-03T01:30\" happened twice in Australia/Lord_Howe (the clocks went back 30 minutes); the first, at +11:00, is used (write +10:30 for the second)"
    ),
  ])
  func skippedAndRepeatedTimesAreWarned(zone: String, date: String, expected: String) throws {
    #expect(try warnings(zone: zone, dates: [date]) == [expected])
  }

  @Test func ordinaryTimesDaysAndOffsetsAreNotWarned() throws {
    let dates = ["2022-03-27", "2022-03-27T01:59", "2022-03-27T03:00", "2022-03-27T02:30+01:00", "2022-10-30T03:00"]
    #expect(try warnings(zone: "Europe/Berlin", dates: dates) == [])
    #expect(try warnings(zone: "UTC", dates: ["2022-03-27T02:30", "2022-10-30T02:30"]) == [])
  }

  /// The order of a range's ends is checked on instants: 02:10 the second time (+01:00) comes
  /// after 02:50 the first time.
  @Test func rangesAcrossAnOverlapCompareInstants() throws {
    let yaml = """
      timezone: Europe/Berlin
      events:
        - { start: "2022-10-30T02:50", end: "2022-10-30T02:10+01:00", title: Across the change }
      """
    let loaded = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "r.yaml")
    #expect(loaded.timeline.events.count == 1)
  }
}
