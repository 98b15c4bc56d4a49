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
    // Eight events: two ranges, and six points on three dates (four share 5 Jan).
    #expect(result.geometry.pointLabels.count == 3)
    #expect(result.geometry.pointLabels.map(\.members.count).reduce(0, +) == 6)
    #expect(result.geometry.pointLabels.allSatisfy { $0.clusterID == nil && !$0.shortened })
    #expect(result.geometry.rangeBars.count == 2)
    #expect(result.scene.width == 1600)
  }

  @Test func eventsOnTheSameDayShareOneLabelInFileOrder() throws {
    let seed = try RepositoryFiles.seedTimeline()
    let result = engine.layout(seed)
    let fifth = seed.events.filter { $0.time == .point(EventDate(year: 2022, month: 1, day: 5)) }.map(\.index)
    #expect(fifth.count == 4)
    let group = try #require(result.geometry.pointLabels.first { $0.members.contains(fifth[0]) })
    #expect(group.members == fifth, "one label, titles in file order")
    // The date once, then each title's lines, top to bottom in file order.
    #expect(group.lines.first == "~5 Jan")
    #expect(group.lines.filter { $0 == "~5 Jan" }.count == 1)
    // Titles wrap at spaces, so their lines joined read as the titles joined, in file order.
    let titles = fifth.map { seed.events[$0].title }.joined(separator: " ")
    #expect(group.lines.dropFirst().joined(separator: " ") == titles)
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

@Suite struct FixedHeightTests {
  /// `--height` makes the canvas exactly that tall in every orientation, or says why not.
  @Test(arguments: [Orientation.horizontal, .vertical])
  func aFixedHeightIsKeptOrExplained(orientation: Orientation) throws {
    let seed = try RepositoryFiles.seedTimeline()
    var options = LayoutOptions(width: 900, orientation: orientation)
    options.height = 1900
    let tall = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: options).layout(seed)
    #expect(tall.scene.height == 1900)
    #expect(tall.geometry.canvas.height == 1900)
    #expect(LayoutInvariants.violations(tall, timeline: seed) == [])
    options.height = 200
    let short = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: options).layout(seed)
    #expect(short.scene.height > 200)
    #expect(short.report.contains { $0.hasPrefix("the timeline needs") })
    #expect(LayoutInvariants.violations(short, timeline: seed) == [])
  }
}

@Suite struct DateTextEdgeTests {
  /// A range that starts and ends at the same minute reads as that minute.
  @Test func aZeroLengthRangeReadsAsOneTime() throws {
    let moment = try EventDate(parsing: "2022-01-05T10:00")
    let timeline = Timeline(events: [
      Event(index: 0, time: .range(start: moment, end: moment), title: "A moment"),
      Event(index: 1, time: .point(try EventDate(parsing: "2022-01-05T14:00")), title: "Later"),
    ])
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
    let bar = try #require(result.geometry.rangeBars.first)
    #expect(bar.lines.first?.contains("–") == false, "\(bar.lines)")
    #expect(bar.lines.first?.contains("10:00") == true, "\(bar.lines)")
  }

  /// Times written with an offset are shown in the timeline's zone, where the axis puts
  /// them: labels, alt text and order all agree (issue 10, item 8).
  @Test(arguments: [
    ("UTC", "2022-01-01T00:00-12:00", "12:00"),
    ("Europe/Berlin", "2022-03-27T00:30Z", "01:30"),
    ("America/New_York", "2022-07-04T16:00Z", "12:00"),
  ])
  func offsetTimesAreLabelledInTheTimelinesZone(zone: String, written: String, shown: String) throws {
    let timeline = Timeline(
      timezone: zone,
      events: [
        Event(index: 0, time: .point(try EventDate(parsing: written)), title: "Converted"),
        Event(index: 1, time: .point(try EventDate(parsing: String(written.prefix(10)) + "T23:59")), title: "Late"),
      ])
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
    let label = try #require(result.geometry.pointLabels.first { $0.members.contains(0) })
    #expect(label.lines.first?.hasSuffix(shown) == true, "\(label.lines)")
    #expect(result.scene.summary.contains("\(shown): Converted"), "\(result.scene.summary)")
  }
}
