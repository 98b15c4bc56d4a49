import Foundation
import Testing
import Timelines

/// Events built in code need no index: a timeline numbers them in order, layout and
/// validation number the ones appended later, and two hand-set indexes alike are an error.
@Suite struct EventNumberingTests {
  private func day(_ day: Int) -> EventTime { .point(EventDate(year: 2022, month: 1, day: day)) }

  @Test func aTimelineNumbersItsEventsInOrder() {
    let timeline = Timeline(events: [Event(time: day(3), title: "C"), Event(time: day(1), title: "A")])
    #expect(timeline.events.map(\.index) == [0, 1])
    #expect(Event(time: day(1), title: "A").index == Event.unnumbered)
    #expect(!Event(time: day(1), title: "A").isNumbered)
  }

  @Test func eventsAppendedLaterAreNumberedByLayoutAndValidation() throws {
    var timeline = Timeline(events: [Event(time: day(2), title: "Second day")])
    timeline.events.append(Event(time: day(2), title: "Same day, later"))
    #expect(timeline.events[1].index == Event.unnumbered)
    #expect(timeline.validationErrors().isEmpty)
    #expect(timeline.numberingEvents().events.map(\.index) == [0, 1])
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
    let json = LayoutExport.json(result, timeline: timeline)
    #expect(json.contains("\"index\": 0") && json.contains("\"index\": 1"), "\(json)")
    #expect(!json.contains("\"index\": -1"))
    // The same timeline numbered by hand lays out the same.
    var numbered = timeline
    numbered.numberEvents()
    #expect(TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(numbered) == result)
  }

  @Test func handSetIndexesAreKeptAndDuplicatesAreAnError() {
    let timeline = Timeline(events: [
      Event(index: 7, time: day(1), title: "A"), Event(index: 7, time: day(2), title: "B"),
      Event(time: day(3), title: "C"),
    ])
    #expect(timeline.events.map(\.index) == [7, 7, 2])
    let errors = timeline.validationErrors().map { "\($0.path?.description ?? ""): \($0.message)" }
    #expect(
      errors == [
        "events[1].index: index 7 is also the index of events[0]; every event needs its own "
          + "(or none: a timeline numbers the events it is given in order)"
      ])
  }

  @Test func theLoaderNumbersAFilesEventsAsBefore() throws {
    let yaml = "events:\n  - { date: 2022-01-02, title: A }\n  - { date: 2022-01-01, title: B }\n"
    let timeline = try Timeline(data: Data(yaml.utf8), format: .yaml)
    #expect(timeline.events.map(\.index) == [0, 1])
  }
}
