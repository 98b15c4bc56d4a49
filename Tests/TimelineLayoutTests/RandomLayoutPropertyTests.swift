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

  static let denseCases: [(events: Int, seed: UInt64, width: Double)] = [
    (100, 11, 1600), (250, 12, 1200), (400, 13, 900), (700, 14, 1600), (1000, 15, 1600), (2000, 16, 1600),
    (2000, 17, 640), (10_000, 18, 1600),
  ]

  /// Dense timelines degrade into clusters: still no overlaps, every event accounted for,
  /// and the canvas stays within what PNG can hold.
  @Test(arguments: denseCases)
  func denseTimelinesClusterInsteadOfOverlapping(events: Int, seed: UInt64, width: Double) {
    var rng = SplitMix64(seed: seed)
    let timeline = SyntheticTimeline.make(events: events, using: &rng)
    let engine = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: width))
    let result = engine.layout(timeline)
    #expect(LayoutInvariants.violations(result, timeline: timeline) == [])
    #expect(LayoutInvariants.crossingLabels(result) == 0)
    #expect(result.scene.height < 32_767, "\(events) events make a \(result.scene.height) px tall canvas")
    #expect(engine.layout(timeline) == result, "layout is not deterministic for \(events) events")
    if events >= 400 {
      #expect(result.geometry.pointLabels.contains { $0.clusterID != nil })
      #expect(result.report.contains { $0.hasPrefix("too crowded to label every event") })
    }
  }
}
