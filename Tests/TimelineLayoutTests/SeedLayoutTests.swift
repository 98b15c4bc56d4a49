import Testing
import TimelineLayout
import TimelineModel
import TimelineScene
import TimelineTestSupport

@Suite struct SeedLayoutTests {
  let engine = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer())

  @Test func theSeedKeepsEveryInvariant() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let result = engine.layout(seed)
    #expect(LayoutInvariants.violations(result, timeline: seed) == [])
    #expect(result.geometry.pointLabels.count == 6)
    #expect(result.geometry.rangeBars.count == 2)
    #expect(result.scene.width == 1600)
  }

  @Test func eventsOnTheSameDayStackOutwardInFileOrder() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let result = engine.layout(seed)
    let fifth = seed.events.filter { $0.time == .point(EventDate(year: 2022, month: 1, day: 5)) }.map(\.index)
    #expect(fifth.count == 4)
    for side in [LayoutGeometry.Side.above, .below] {
      let labels = result.geometry.pointLabels.filter { fifth.contains($0.eventIndex) && $0.side == side }
      let distances = labels.map { side == .above ? -$0.box.maxY : $0.box.minY }
      let byDistance = zip(labels, distances).sorted { $0.1 < $1.1 }.map(\.0.eventIndex)
      #expect(byDistance == byDistance.sorted(), "\(side): \(byDistance)")
      #expect(Set(labels.map(\.anchor.x)).count <= 1)
    }
  }

  @Test func theAxisUsesDaysWithTheMonthAsContext() throws {
    let result = engine.layout(try RepositoryFiles.seedTimeline())
    let texts = result.scene.textRuns.map(\.text)
    #expect(texts.contains("Fri 7"))
    #expect(texts.contains("January 2022"))
    #expect(texts.contains("State of emergency · ~5–10 Jan"))
    #expect(texts.contains("~2–9 Jan"))
    #expect(texts.contains("Background (undated)"))
  }

  @Test func layoutIsDeterministic() throws {
    let seed = try RepositoryFiles.seedTimeline()
    #expect(engine.layout(seed).scene.textDump == engine.layout(seed).scene.textDump)
  }

  @Test func widthIsRespectedAndHeightGrows() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let narrow = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: 700))
      .layout(seed)
    #expect(narrow.scene.width == 700)
    #expect(LayoutInvariants.violations(narrow, timeline: seed) == [])
    #expect(narrow.scene.height > engine.layout(seed).scene.height)
    #expect(narrow.geometry.pointLabels.allSatisfy { $0.clusterID == nil }, "six events need no clusters")
  }

  @Test func anEmptyTimelineStillLaysOut() {
    let empty = Timeline(title: "Nothing yet")
    let result = engine.layout(empty)
    #expect(LayoutInvariants.violations(result, timeline: empty) == [])
    #expect(result.scene.height > 0)
  }
}

@Suite struct ScaledTextTests {
  @Test(arguments: [10.0, 14, 24, 32])
  func anyBaseFontSizeKeepsTheInvariants(size: Double) throws {
    let seed = try RepositoryFiles.seedTimeline()
    let theme = Theme.light.scalingText(by: size / Theme.light.labelSize)
    let result = TimelineLayoutEngine(
      measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: 900, theme: theme)
    )
    .layout(seed)
    #expect(LayoutInvariants.violations(result, timeline: seed) == [])
    #expect(result.scene.textRuns.contains { $0.font.size == size })
  }
}
