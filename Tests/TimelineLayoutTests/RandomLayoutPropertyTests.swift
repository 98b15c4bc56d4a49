import Testing
import TimelineLayout
import TimelineModel
import TimelineScene
import TimelineSynthetic
import TimelineTestSupport

/// Property tests: for random timelines of many shapes, the layout keeps its promises.
@Suite struct RandomLayoutPropertyTests {
  static let seeds = Array(UInt64(1)...UInt64(240))

  @Test(arguments: seeds)
  func randomTimelinesKeepEveryInvariant(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let size = [1, 2, 3, 5, 8, 13, 21, 40, 60][Int(seed % 9)]
    let timeline = SyntheticTimeline.make(events: size, using: &rng)
    let width = [1600.0, 1200, 900, 640][Int(seed / 9 % 4)]
    let engine = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: width))
    let result = engine.layout(timeline)
    let problems = LayoutInvariants.violations(result, timeline: timeline)
    #expect(problems.isEmpty, "seed \(seed), \(size) events, width \(width): \(problems.prefix(3))")
    #expect(LayoutInvariants.crossingLabels(result) == 0, "seed \(seed): a stem had to cross some text")
    #expect(engine.layout(timeline) == result, "layout is not deterministic for seed \(seed)")
  }

  @Test func aLargeTimelineStillHasNoOverlaps() {
    var rng = SplitMix64(seed: 2022)
    let timeline = SyntheticTimeline.make(events: 400, using: &rng)
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
    #expect(LayoutInvariants.violations(result, timeline: timeline) == [])
  }
}
