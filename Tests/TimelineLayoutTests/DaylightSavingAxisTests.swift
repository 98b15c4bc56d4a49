import Foundation
import Testing
import TimeAxis
import TimelineLayout
import TimelineModel
import TimelineScene

/// Across a clock change the axis places events on instants and labels its ticks in real
/// local time: no tick at a time that never existed, no hour labelled twice (issue 10, item 9).
@Suite struct DaylightSavingAxisTests {
  /// The clock labels ("03:00") the axis draws, left to right.
  static func clockLabels(_ scene: Scene) -> [String] {
    scene.items.compactMap { item -> (Double, String)? in
      guard case .text(let run) = item, run.text.count == 5, run.text.dropFirst(2).first == ":",
        run.text.allSatisfy({ $0.isNumber || $0 == ":" })
      else { return nil }
      return (run.origin.x, run.text)
    }.sorted { $0.0 < $1.0 }.map(\.1)
  }

  static func night(zone: String, times: [String]) throws -> TimelineLayoutResult {
    let events = try times.enumerated().map { index, time in
      Event(index: index, time: .point(try EventDate(parsing: time)), title: "Event \(index)")
    }
    let timeline = Timeline(timezone: zone, events: events)
    return TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
  }

  /// zone, events over a night with a change, readings that must not be drawn.
  @Test(arguments: [
    ("Europe/Berlin", ["2022-03-27T00:10", "2022-03-27T05:50"], ["02:00", "02:15", "02:30", "02:45"]),
    ("America/New_York", ["2022-03-13T00:10", "2022-03-13T05:50"], ["02:00", "02:15", "02:30", "02:45"]),
    ("Australia/Lord_Howe", ["2022-10-02T00:10", "2022-10-02T04:50"], ["02:00", "02:15"]),
  ])
  func noTickAtATimeThatNeverExisted(zone: String, times: [String], missing: [String]) throws {
    let labels = Self.clockLabels(try Self.night(zone: zone, times: times).scene)
    #expect(labels.count >= 4, "\(labels)")
    #expect(labels.allSatisfy { !missing.contains($0) }, "\(labels)")
    #expect(labels.contains("01:30") && labels.contains("03:00"), "\(labels)")
  }

  @Test(arguments: [
    ("Europe/Berlin", ["2022-10-30T00:10", "2022-10-30T05:50"]),
    ("America/New_York", ["2022-11-06T00:10", "2022-11-06T04:50"]),
    ("Australia/Lord_Howe", ["2022-04-03T00:10", "2022-04-03T03:50"]),
  ])
  func noHourIsLabelledTwice(zone: String, times: [String]) throws {
    let labels = Self.clockLabels(try Self.night(zone: zone, times: times).scene)
    #expect(labels.count >= 4, "\(labels)")
    #expect(Set(labels).count == labels.count, "\(labels)")
    #expect(labels.contains("01:30") && labels.contains("02:00"), "\(labels)")
  }

  /// 01:30 and 03:30 in Berlin on the spring night are one real hour apart, as are 01:30 and
  /// 02:30 on the autumn night (02:30 being its first, summer-time reading): the stems stand
  /// an hour's width apart, the same as 03:30 to 04:30.
  @Test(arguments: [
    ["2022-03-27T01:30", "2022-03-27T03:30", "2022-03-27T04:30"],
    ["2022-10-30T01:30", "2022-10-30T02:30", "2022-10-30T03:30"],
  ])
  func eventsStandOnInstants(times: [String]) throws {
    let result = try Self.night(zone: "Europe/Berlin", times: times)
    let x = (0..<3).compactMap { index in result.geometry.pointLabels.first { $0.eventIndex == index }?.anchor.x }
    try #require(x.count == 3)
    let firstHour = x[1] - x[0]
    let secondHour = x[2] - x[1]
    if times[1].hasPrefix("2022-10-30") {
      // 02:30 CEST to 03:30 CET is two real hours.
      #expect(abs(secondHour - 2 * firstHour) < 0.01, "\(x)")
    } else {
      #expect(abs(firstHour - secondHour) < 0.01, "\(x)")
    }
  }

  /// The two 02:30s of Berlin's autumn night are told apart by their offsets; times outside
  /// the repeated hour carry none.
  @Test func repeatedReadingsShowTheirOffsets() throws {
    let result = try Self.night(
      zone: "Europe/Berlin", times: ["2022-10-30T02:30", "2022-10-30T02:30+01:00", "2022-10-30T04:40"])
    let lines = (0..<3).map { index in
      result.geometry.pointLabels.first { $0.members.contains(index) }?.lines.first ?? ""
    }
    #expect(lines[0].hasSuffix("02:30 +02:00"), "\(lines)")
    #expect(lines[1].hasSuffix("02:30 +01:00"), "\(lines)")
    #expect(lines[2].hasSuffix("04:40"), "\(lines)")
  }

  /// A skipped time is labelled as the time it was moved to, where its stem stands.
  @Test func aSkippedTimeIsLabelledWhereItStands() throws {
    let result = try Self.night(zone: "Europe/Berlin", times: ["2022-03-27T02:30", "2022-03-27T06:00"])
    let label = try #require(result.geometry.pointLabels.first { $0.members.contains(0) })
    #expect(label.lines.first?.hasSuffix("03:30") == true, "\(label.lines)")
  }
}
