import Foundation
import Testing
import TimelineLayout
import TimelineModel
import TimelineScene
import TimelineTestSupport

@Suite struct RangeLaneTests {
  func range(_ index: Int, _ start: Int, _ end: Int) -> Event {
    Event(
      index: index,
      time: .range(start: EventDate(year: 2022, month: 1, day: start), end: EventDate(year: 2022, month: 1, day: end)),
      title: "R\(index)")
  }

  @Test func rangesUseTheFewestLanes() {
    // Three ranges overlap on the 10th; a fourth fits after the first.
    let timeline = Timeline(events: [range(0, 1, 12), range(1, 5, 11), range(2, 9, 20), range(3, 14, 28)])
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
    let lanes = result.geometry.rangeBars.sorted { $0.eventIndex < $1.eventIndex }.map(\.lane)
    #expect(lanes.max() == 2)
    #expect(lanes[0] == 0)
    #expect(LayoutInvariants.violations(result, timeline: timeline) == [])
  }

  @Test func aLabelThatDoesNotFitGoesBesideTheBar() {
    let timeline = Timeline(events: [
      Event(
        index: 0,
        time: .range(start: EventDate(year: 2022, month: 1, day: 2), end: EventDate(year: 2022, month: 1, day: 2)),
        title: "A one-day range with a title far too long to fit inside its bar"),
      Event(index: 1, time: .point(EventDate(year: 2022, month: 1, day: 30)), title: "Far away"),
    ])
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
    let bar = result.geometry.rangeBars[0]
    #expect(!bar.labelInside)
    #expect(!bar.label.intersects(bar.bar))
  }

  @Test func sceneDrawsThroughTheRecordingRenderer() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let scene = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(seed).scene
    let recorder = RecordingRenderer()
    scene.draw(to: recorder)
    #expect(recorder.calls.first == .beginPage(width: scene.width, height: scene.height, background: .white))
    #expect(recorder.calls.last == .endPage)
    #expect(recorder.calls.count == scene.items.count + 2)
  }
}

@Suite struct OngoingRangeTests {
  @Test func anOngoingRangeRunsToTheLatestDateAndSaysSince() throws {
    let yaml = """
      events:
        - { date: 2022-01-02, title: Start }
        - { start: 2022-01-07, end: ongoing, title: Crackdown on activists }
        - { date: 2022-01-20, title: Later }
      """
    let timeline = try TimelineLoader.load(data: Data(yaml.utf8), fileName: "o.yaml").timeline
    #expect(timeline.events[1].time == .ongoing(since: EventDate(year: 2022, month: 1, day: 7)))
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
    #expect(LayoutInvariants.violations(result, timeline: timeline) == [])
    let bar = try #require(result.geometry.rangeBars.first)
    let later = try #require(result.geometry.pointLabels.first { $0.eventIndex == 2 })
    #expect(bar.bar.maxX > later.anchor.x)
    #expect(result.scene.textRuns.contains { $0.text == "since 7 Jan" })
  }
}
