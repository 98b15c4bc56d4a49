import Testing
import TimelineLayout
import TimelineModel
import TimelineScene
import TimelineSynthetic
import TimelineTestSupport

@Suite struct AxisBreakTests {
  func engine(breaks: AxisBreakMode, width: Double = 1600) -> TimelineLayoutEngine {
    TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: width, breaks: breaks))
  }

  @Test func thirtyQuietYearsAndOneDenseWeekGetBreaks() throws {
    let path = "seeds/kazakhstan-1991-2022.yaml"
    let timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
    let plain = engine(breaks: .none).layout(timeline)
    let broken = engine(breaks: .auto).layout(timeline)
    #expect(plain.geometry.axisBreaks.isEmpty)
    #expect(broken.geometry.axisBreaks.count == 2)
    #expect(LayoutInvariants.violations(broken, timeline: timeline) == [])
    // The January 2022 week gets room: its anchors are far apart once the gaps are cut.
    let week = broken.geometry.pointLabels.filter { timeline.events[$0.eventIndex].time.start.year == 2022 }
      .map(\.anchor.x).sorted()
    let plainWeek = plain.geometry.pointLabels.filter { timeline.events[$0.eventIndex].time.start.year == 2022 }
      .map(\.anchor.x).sorted()
    #expect(week.count == 4)
    #expect((week.last ?? 0) - (week.first ?? 0) > 200)
    #expect((plainWeek.last ?? 0) - (plainWeek.first ?? 0) < 5)
    // Nothing is drawn inside a break but the break mark and whatever passes across it.
    for gap in broken.geometry.axisBreaks {
      for label in broken.geometry.pointLabels {
        #expect(!gap.contains(Rect(x: label.anchor.x, y: gap.midY, width: 0, height: 0)))
      }
    }
  }

  /// Long ranges across the quiet years (two presidencies) do not keep them from being cut:
  /// the bars are drawn across the break.
  @Test func longRangesAcrossAQuietStretchStillAllowABreak() throws {
    let path = "seeds/kazakhstan-1991-2022.yaml"
    var timeline = try TimelineLoader.load(data: RepositoryFiles.data(path), fileName: path).timeline
    let first = timeline.events.count
    timeline.events.append(
      Event(
        index: first,
        time: .range(start: EventDate(year: 1991, month: 12, day: 16), end: EventDate(year: 2019, month: 3, day: 19)),
        title: "Nursultan Nazarbayev is president"))
    timeline.events.append(
      Event(
        index: first + 1, time: .ongoing(since: EventDate(year: 2019, month: 3, day: 20)), title: "Tokayev is president"
      ))
    let plain = engine(breaks: .none).layout(timeline)
    let broken = engine(breaks: .auto).layout(timeline)
    #expect(!broken.geometry.axisBreaks.isEmpty)
    #expect(broken.scene != plain.scene)
    #expect(LayoutInvariants.violations(broken, timeline: timeline) == [])
    let presidency = try #require(broken.geometry.rangeBars.first { $0.eventIndex == first })
    #expect(broken.geometry.axisBreaks.contains { $0.minX > presidency.bar.minX && $0.maxX < presidency.bar.maxX })
  }

  @Test func evenlySpreadTimelinesKeepOneAxis() throws {
    let seed = try RepositoryFiles.seedTimeline()
    #expect(engine(breaks: .auto).layout(seed).geometry.axisBreaks.isEmpty)
  }

  @Test(arguments: Array(UInt64(300)...UInt64(360)))
  func randomTimelinesWithBreaksKeepEveryInvariant(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let timeline = SyntheticTimeline.make(events: [3, 8, 21, 60][Int(seed % 4)], using: &rng)
    let result = engine(breaks: .auto, width: [1600.0, 900][Int(seed % 2)]).layout(timeline)
    #expect(LayoutInvariants.violations(result, timeline: timeline) == [], "seed \(seed)")
  }
}
