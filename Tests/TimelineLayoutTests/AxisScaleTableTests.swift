import Testing
import TimeAxis
import TimelineLayout
import TimelineModel
import TimelineScene
import TimelineTestSupport

/// The axis from ten seconds to three thousand years: the interval it ticks in, the labels it
/// writes, and that they never overlap. Laid out through the whole engine with two events
/// at the ends of each span.
@Suite struct AxisScaleTableTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var first: String
    var last: String
    var zone: String
    var expectedCells: [String]  // labels that must appear
    var expectedContext: [String]
    var testDescription: String { "\(first) … \(last) (\(zone))" }
  }

  static let cases: [Case] = [
    Case(
      first: "2022-01-05T14:30:00", last: "2022-01-05T14:30:10", zone: "UTC", expectedCells: ["14:30:00", "14:30:05"],
      expectedContext: ["Wed 5 January 2022 (UTC)"]),
    Case(
      first: "2022-01-05T14:00", last: "2022-01-05T15:00", zone: "Asia/Almaty", expectedCells: ["14:00", "14:30"],
      expectedContext: ["Wed 5 January 2022 (Asia/Almaty)"]),
    Case(
      first: "2024-02-27", last: "2024-03-02", zone: "UTC", expectedCells: ["Wed 28", "Thu 29", "Fri 1"],
      expectedContext: ["February 2024", "March 2024"]),
    Case(
      first: "2022-01-02", last: "2022-01-10", zone: "Asia/Almaty", expectedCells: ["Fri 7", "Mon 10"],
      expectedContext: ["January 2022"]),
    Case(
      first: "2021-11-30", last: "2022-03-31", zone: "UTC", expectedCells: ["1 Jan"], expectedContext: ["January 2022"]),
    Case(
      first: "2020-01", last: "2022-12", zone: "UTC", expectedCells: ["January", "July"], expectedContext: ["2021"]),
    Case(first: "1939", last: "1945", zone: "UTC", expectedCells: ["1939", "1945"], expectedContext: []),
    Case(first: "1900", last: "2000", zone: "UTC", expectedCells: ["1900", "1950", "2000"], expectedContext: []),
    Case(first: "-0752", last: "0476", zone: "UTC", expectedCells: ["700 BC", "AD 1", "AD 400"], expectedContext: []),
    Case(
      first: "-1000", last: "2000", zone: "UTC", expectedCells: ["1000 BC", "AD 1", "AD 1000"], expectedContext: []),
  ]

  @Test(arguments: cases)
  func ticksReadWellAtEveryScale(testCase: Case) throws {
    let timeline = Timeline(
      timezone: testCase.zone,
      events: [
        Event(index: 0, time: .point(try EventDate(parsing: testCase.first)), title: "First"),
        Event(index: 1, time: .point(try EventDate(parsing: testCase.last)), title: "Last"),
      ])
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
    #expect(LayoutInvariants.violations(result, timeline: timeline) == [])
    let axisBoxes = result.geometry.texts.filter { $0.role == .axis }.map(\.box)
    #expect(axisBoxes.count >= 3, "too few axis labels")
    let texts = Set(result.scene.textRuns.map(\.text))
    for label in testCase.expectedCells + testCase.expectedContext {
      #expect(texts.contains(label), "missing axis label \(label); have \(texts.sorted().prefix(30))")
    }
  }
}
