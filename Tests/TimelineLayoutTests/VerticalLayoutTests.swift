import Testing
import TimelineLayout
import TimelineModel
import TimelineScene
import TimelineSynthetic
import TimelineTestSupport

@Suite struct VerticalLayoutTests {
  func engine(width: Double) -> TimelineLayoutEngine {
    TimelineLayoutEngine(
      measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: width, orientation: .vertical))
  }

  @Test func theSeedAsAListKeepsEveryInvariant() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let result = engine(width: 900).layout(seed)
    #expect(LayoutInvariants.violations(result, timeline: seed) == [])
    // Rows run down the page in date order, file order on the same day.
    let rows = result.geometry.pointLabels
    #expect(rows.map(\.anchor.y) == rows.map(\.anchor.y).sorted())
    #expect(rows.map(\.eventIndex) == [0, 1, 2, 3, 4, 5, 6, 7])
    #expect(result.scene.textRuns.contains { $0.text == "January 2022" })
  }

  /// The least height promised before layout (so renderers can refuse early) is never more
  /// than the height the layout reaches.
  @Test(arguments: [UInt64(3), 11, 29])
  func theLeastHeightPromisedBeforeLayoutHolds(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let timeline = SyntheticTimeline.make(events: Int(seed) * 10, using: &rng)
    let options = LayoutOptions(width: 900, orientation: .vertical)
    let least = TimelineLayoutEngine.minimumHeight(of: timeline, options: options)
    #expect(least == Double(timeline.events.count) * 16)
    #expect(engine(width: 900).layout(timeline).scene.height >= least)
  }

  @Test(arguments: Array(UInt64(1)...UInt64(40)))
  func randomListsKeepEveryInvariant(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let timeline = SyntheticTimeline.make(events: Int(seed % 7) * 9 + 1, using: &rng)
    let result = engine(width: [1600.0, 700, 400][Int(seed % 3)]).layout(timeline)
    #expect(LayoutInvariants.violations(result, timeline: timeline) == [], "seed \(seed)")
  }
}
