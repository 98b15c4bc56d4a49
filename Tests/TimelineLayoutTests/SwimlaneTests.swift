import Testing
import TimelineLayout
import TimelineModel
import TimelineScene
import TimelineSynthetic
import TimelineTestSupport

@Suite struct SwimlaneTests {
  func engine(width: Double = 1600) -> TimelineLayoutEngine {
    TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: width, groupBy: .category))
  }

  @Test func theSeedGetsOneLanePerCategory() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let result = engine().layout(seed)
    #expect(LayoutInvariants.violations(result, timeline: seed) == [])
    let laneTitles = result.geometry.texts.filter { $0.role == .legend }
    let titles = result.scene.textRuns.map(\.text)
    for name in ["Protests", "Government response", "Human rights"] { #expect(titles.filter { $0 == name }.count == 2) }
    #expect(laneTitles.count > 3)
    // Every label hangs below its lane's marker line, and lanes follow the legend order.
    for label in result.geometry.pointLabels { #expect(label.box.minY > label.anchor.y) }
    let protestY = result.geometry.pointLabels.filter { seed.events[$0.eventIndex].category == "protests" }.map(
      \.anchor.y)
    let governmentY = result.geometry.pointLabels.filter { seed.events[$0.eventIndex].category == "government" }.map(
      \.anchor.y)
    #expect((protestY.max() ?? 0) < (governmentY.min() ?? 0))
  }

  @Test(arguments: Array(UInt64(500)...UInt64(540)))
  func randomTimelinesInLanesKeepEveryInvariant(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let timeline = SyntheticTimeline.make(events: [2, 9, 30, 120][Int(seed % 4)], using: &rng)
    let result = engine(width: [1600.0, 800][Int(seed % 2)]).layout(timeline)
    #expect(LayoutInvariants.violations(result, timeline: timeline) == [], "seed \(seed)")
    #expect(LayoutInvariants.crossingLabels(result) == 0)
  }
}
