import Testing
import TimeAxis

@Suite struct TickTests {
  static func at(_ y: Int, _ m: Int = 1, _ d: Int = 1, _ h: Int = 0, _ mi: Int = 0) -> AxisTime {
    CivilDateTime(year: y, month: m, day: d, hour: h, minute: mi).axisTime
  }

  @Test(arguments: TickIntervalTable.intervals)
  func floorAndNextKeepTheirInvariants(interval: CalendarInterval) {
    let samples: [AxisTime] = [
      Self.at(2022, 1, 7, 13, 37), Self.at(2024, 2, 29, 23, 59), Self.at(1999, 12, 31, 23, 59),
      Self.at(-43, 3, 15, 11), Self.at(0, 1, 1), Self.at(2022, 1, 31, 12), Self.at(1, 6, 15),
    ]
    for t in samples {
      let floor = interval.floor(t)
      #expect(floor <= t)
      #expect(interval.floor(floor) == floor, "floor is not idempotent for \(interval)")
      let next = interval.next(floor)
      #expect(next > t, "\(interval) at \(CivilDateTime(axisTime: t)): next \(CivilDateTime(axisTime: next))")
      #expect(interval.floor(next) == next)
    }
  }

  static let floors: [(CalendarInterval, AxisTime, AxisTime)] = [
    (CalendarInterval(.month, 3), at(2022, 5, 9), at(2022, 4, 1)),
    (CalendarInterval(.year, 10), at(1995, 7, 1), at(1990)),
    (CalendarInterval(.year, 100), at(-43, 3, 15), at(-99)),
    (CalendarInterval(.year, 100), at(-150), at(-199)),
    (CalendarInterval(.year, 100), at(50), at(1)),
    (CalendarInterval(.week), at(2022, 1, 7), at(2022, 1, 3)),
    (CalendarInterval(.halfMonth), at(2022, 1, 20), at(2022, 1, 16)),
    (CalendarInterval(.hour, 6), at(2022, 1, 5, 14, 30), at(2022, 1, 5, 12)),
    (CalendarInterval(.day, 2), at(2022, 1, 31), at(2022, 1, 31)),
  ]

  @Test(arguments: floors)
  func floorsOnCalendarBoundaries(interval: CalendarInterval, time: AxisTime, expected: AxisTime) {
    #expect(interval.floor(time) == expected)
  }

  @Test func monthEndsAndLeapDaysTickCorrectly() {
    let months = CalendarInterval(.month).ticks(from: Self.at(2024, 1, 15), through: Self.at(2024, 4, 2))
    #expect(months == [Self.at(2024, 1), Self.at(2024, 2), Self.at(2024, 3), Self.at(2024, 4), Self.at(2024, 5)])
    let days = CalendarInterval(.day).ticks(from: Self.at(2024, 2, 28), through: Self.at(2024, 3, 1))
    #expect(days == [Self.at(2024, 2, 28), Self.at(2024, 2, 29), Self.at(2024, 3, 1)])
    let twoDays = CalendarInterval(.day, 2).ticks(from: Self.at(2022, 1, 29), through: Self.at(2022, 2, 3))
    #expect(twoDays == [Self.at(2022, 1, 29), Self.at(2022, 1, 31), Self.at(2022, 2, 1), Self.at(2022, 2, 3)])
  }

  static let spans: [(Double, CalendarInterval)] = [
    (10, CalendarInterval(.second)),
    (3600, CalendarInterval(.minute, 5)),
    (777_600, CalendarInterval(.day)),
    (63_072_000, CalendarInterval(.month, 3)),
    (946_080_000, CalendarInterval(.year, 2)),
    (94_608_000_000, CalendarInterval(.year, 200)),
  ]

  @Test(arguments: spans)
  func choosesAReadableIntervalForTheSpan(span: Double, expected: CalendarInterval) {
    #expect(TickIntervalTable.candidates(span: span, targetCount: 10.7).first == expected)
  }

  @Test func centuryTicksAcrossTheEraAreRoundHistoricYears() {
    let formatter = CalendarFormatter(domain: Self.at(-300)...Self.at(300))
    let ticks = CalendarInterval(.year, 100).ticks(from: Self.at(-250), through: Self.at(250))
    let labels = ticks.map { formatter.cellLabels(at: $0, interval: CalendarInterval(.year, 100)) }
    #expect(labels == [["300 BC"], ["200 BC"], ["100 BC"], ["AD 1"], ["AD 100"], ["AD 200"], ["AD 300"]])
  }

  @Test func scaleMapsBothWays() {
    let scale = TimeScale(domain: 0...86_400, range: 100...1100)
    #expect(scale.position(of: 43_200) == 600)
    #expect(scale.time(at: 600) == 43_200)
    let empty = TimeScale(domain: 5...5, range: 0...0)
    #expect(empty.position(of: 5).isFinite)
  }
}
