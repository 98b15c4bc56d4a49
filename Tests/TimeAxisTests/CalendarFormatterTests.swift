import Testing
import TimeAxis

/// Every date and time string comes from ``CalendarFormatter``; these pin each style (issue
/// 14, item 2).
@Suite struct CalendarFormatterTests {
  static func at(_ y: Int, _ m: Int = 1, _ d: Int = 1, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0) -> AxisTime {
    CivilDateTime(year: y, month: m, day: d, hour: h, minute: mi, second: s).axisTime
  }

  static func written(
    _ y: Int, _ m: Int = 1, _ d: Int = 1, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0, _ precision: DatePrecision,
    offset: Int? = nil
  ) -> WrittenDate {
    WrittenDate(
      wallClock: CivilDateTime(year: y, month: m, day: d, hour: h, minute: mi, second: s), precision: precision,
      utcOffsetMinutes: offset)
  }

  static func zone(_ identifier: String) throws -> DisplayZone {
    try #require(DisplayZone(identifier: identifier))
  }

  // MARK: Years and eras

  /// Year 0 is 1 BC and year 1 is AD 1: there is no year zero in the era notation.
  @Test func bcYearsCountBackFromOne() {
    let plain = CalendarFormatter()
    #expect(plain.year(-43) == "44 BC")
    #expect(plain.year(0) == "1 BC")
    #expect(plain.year(1) == "1")
    #expect(plain.year(-9999) == "10000 BC")
    #expect(plain.year(1_000_000_000_000) == "1000000000000")
    let crossing = CalendarFormatter(domain: Self.at(-753)...Self.at(476))
    #expect(crossing.year(1) == "AD 1")
    #expect(crossing.year(0) == "1 BC")
    #expect(crossing.year(14) == "AD 14")
  }

  /// `AD` appears only on an axis that runs from BC into AD.
  @Test(arguments: [
    (-100, -10, false), (-753, 476, true), (0, 1, true), (1, 2022, false), (1990, 2022, false),
  ])
  func theEraIsShownOnlyAcrossIt(first: Int, last: Int, showsEra: Bool) {
    #expect(CalendarFormatter(domain: Self.at(first)...Self.at(last)).showsEraForAD == showsEra)
  }

  @Test func yearRangesShareOneBCSuffix() {
    let crossing = CalendarFormatter(showsEraForAD: true)
    #expect(crossing.years(-489, -478) == "490–479 BC")
    #expect(crossing.years(-43, 14) == "44 BC–AD 14")
    #expect(CalendarFormatter().years(1914, 1918) == "1914–1918")
  }

  @Test func monthsAndYearsAreNamedInEnglish() {
    let f = CalendarFormatter()
    #expect(CalendarFormatter.monthNames.count == 12)
    #expect(CalendarFormatter.shortMonthNames == CalendarFormatter.monthNames.map { String($0.prefix(3)) })
    #expect(f.month(2, of: 2024) == "February 2024")
    #expect(f.month(3, of: -43, short: true) == "Mar 44 BC")
  }

  // MARK: Tick labels

  /// One expectation per tick unit: cell labels, longest first.
  static let cells: [(CalendarInterval, AxisTime, [String])] = [
    (CalendarInterval(.second, 15), at(2022, 1, 5, 6, 0, 30), ["06:00:30"]),
    (CalendarInterval(.minute, 5), at(2022, 1, 5, 6, 35), ["06:35"]),
    (CalendarInterval(.hour, 6), at(2022, 1, 5, 18), ["18:00"]),
    (CalendarInterval(.day), at(2022, 1, 7), ["Fri 7", "7"]),
    (CalendarInterval(.day), at(2024, 2, 29), ["Thu 29", "29"]),
    (CalendarInterval(.day, 2), at(2022, 1, 31), ["31 Jan", "31"]),
    (CalendarInterval(.week), at(2022, 1, 3), ["3 Jan", "3"]),
    (CalendarInterval(.halfMonth), at(2022, 1, 16), ["16 Jan", "16"]),
    (CalendarInterval(.month), at(2022, 4), ["April", "Apr", "A"]),
    (CalendarInterval(.month, 3), at(2022, 10), ["October", "Oct", "O"]),
    (CalendarInterval(.year), at(-43), ["44 BC"]),
    (CalendarInterval(.year, 10), at(1990), ["1990"]),
  ]

  @Test(arguments: cells)
  func cellLabelsForEveryUnit(interval: CalendarInterval, tick: AxisTime, expected: [String]) {
    #expect(CalendarFormatter().cellLabels(at: tick, interval: interval) == expected)
  }

  static let contexts: [(CalendarInterval, AxisTime, [String])] = [
    (CalendarInterval(.day), at(2022, 1, 7), ["Fri 7 January 2022", "7 Jan 2022", "7 Jan"]),
    (CalendarInterval(.month), at(2024, 2), ["February 2024", "Feb 2024", "Feb"]),
    (CalendarInterval(.year), at(0), ["1 BC"]),
  ]

  @Test(arguments: contexts)
  func contextLabelsNameTheLevelAbove(interval: CalendarInterval, start: AxisTime, expected: [String]) {
    #expect(CalendarFormatter().contextLabels(at: start, interval: interval) == expected)
  }

  @Test func eachUnitHasItsContextAndCentring() {
    #expect(CalendarFormatter.contextInterval(for: CalendarInterval(.hour, 6)) == CalendarInterval(.day))
    #expect(CalendarFormatter.contextInterval(for: CalendarInterval(.week)) == CalendarInterval(.month))
    #expect(CalendarFormatter.contextInterval(for: CalendarInterval(.month)) == CalendarInterval(.year))
    #expect(CalendarFormatter.contextInterval(for: CalendarInterval(.year)) == nil)
    #expect(CalendarFormatter.labelsCentreInCell(CalendarInterval(.month)))
    #expect(!CalendarFormatter.labelsCentreInCell(CalendarInterval(.month, 3)))
    #expect(!CalendarFormatter.labelsCentreInCell(CalendarInterval(.hour)))
  }

  /// Ticks are instants; labels read the zone's wall clock, also across a clock change.
  @Test func tickLabelsReadTheZonesClock() throws {
    let berlin = CalendarFormatter(zone: try Self.zone("Europe/Berlin"))
    // 2022-03-27T01:00Z is 03:00 in Berlin, just after the clocks went forward.
    #expect(berlin.cellLabels(at: Self.at(2022, 3, 27, 1), interval: CalendarInterval(.hour)) == ["03:00"])
    #expect(berlin.cellLabels(at: Self.at(2022, 3, 26, 23), interval: CalendarInterval(.day)) == ["Sun 27", "27"])
  }

  // MARK: ISO 8601

  static let isoTexts: [(WrittenDate, String)] = [
    (written(-43, precision: .year), "-0043"),
    (written(0, precision: .year), "0000"),
    (written(1, precision: .year), "0001"),
    (written(2022, 3, precision: .month), "2022-03"),
    (written(2024, 2, 29, precision: .day), "2024-02-29"),
    (written(2022, 1, 5, 10, 30, precision: .minute), "2022-01-05T10:30"),
    (written(2022, 1, 5, 10, 30, 15, .second, offset: 360), "2022-01-05T10:30:15+06:00"),
    (written(2022, 1, 5, 10, 30, precision: .minute, offset: -270), "2022-01-05T10:30-04:30"),
    (written(2022, 1, 5, 10, 30, precision: .minute, offset: 0), "2022-01-05T10:30Z"),
    (written(2022, 13, 30, 25, precision: .minute), "2022-13-30T25:00"),
  ]

  @Test(arguments: isoTexts)
  func isoTextToThePrecisionWritten(date: WrittenDate, expected: String) {
    #expect(CalendarFormatter.iso(date) == expected)
  }

  static func written(
    _ y: Int, _ m: Int = 1, _ d: Int = 1, _ h: Int = 0, _ mi: Int = 0, precision: DatePrecision, offset: Int? = nil
  ) -> WrittenDate {
    written(y, m, d, h, mi, 0, precision, offset: offset)
  }

  @Test func instantsOffsetsClocksAndDurations() {
    #expect(CalendarFormatter.isoInstant(0) == "1970-01-01T00:00:00Z")
    #expect(CalendarFormatter.isoInstant(Self.at(2024, 2, 29, 23, 59, 59)) == "2024-02-29T23:59:59Z")
    #expect(CalendarFormatter.utcOffset(seconds: 7200) == "+02:00")
    #expect(CalendarFormatter.utcOffset(seconds: -17_762) == "-04:56")
    #expect(CalendarFormatter.utcOffset(seconds: 20_700) == "+05:45")
    #expect(
      CalendarFormatter.clock(CivilDateTime(year: 2022, hour: 7, minute: 5, second: 9), seconds: true) == "07:05:09")
    #expect(CalendarFormatter.duration(seconds: 3600) == "1 hour")
    #expect(CalendarFormatter.duration(seconds: 7200) == "2 hours")
    #expect(CalendarFormatter.duration(seconds: 1800) == "30 minutes")
    #expect(CalendarFormatter.duration(seconds: 4500) == "1:15 hours")
  }

  // MARK: Event dates

  @Test func pointsAtEveryPrecision() {
    let withYear = CalendarFormatter()
    #expect(withYear.point(Self.written(-43, precision: .year), approximate: true) == "~44 BC")
    #expect(withYear.point(Self.written(2022, 1, precision: .month), approximate: false) == "Jan 2022")
    #expect(withYear.point(Self.written(2024, 2, 29, precision: .day), approximate: false) == "29 Feb 2024")
    #expect(
      withYear.point(Self.written(2022, 1, 5, 14, 30, precision: .minute), approximate: false) == "5 Jan 2022 14:30")
    #expect(withYear.point(Self.written(2022, 1, 5, 14, 30, 15, .second), approximate: false) == "5 Jan 2022 14:30:15")
    #expect(withYear.point(Self.written(2022, 1, 5, 7, 5, 9, .second), approximate: false) == "5 Jan 2022 07:05:09")
    let withoutYear = CalendarFormatter(showsYear: false)
    #expect(withoutYear.point(Self.written(2022, 1, 5, precision: .day), approximate: false) == "5 Jan")
    #expect(withoutYear.point(Self.written(2022, 1, precision: .month), approximate: false) == "Jan 2022")
    #expect(withoutYear.since(Self.written(2022, 1, 5, precision: .day), approximate: true) == "since ~5 Jan")
  }

  @Test func rangesShareWhatTheyShare() {
    let f = CalendarFormatter(showsYear: false)
    let day = { (d: Int) in Self.written(2022, 1, d, precision: .day) }
    #expect(f.range(day(2), day(9), approximate: false) == "2–9 Jan")
    #expect(f.range(day(2), day(2), approximate: true) == "~2 Jan")
    #expect(
      f.range(Self.written(-489, precision: .year), Self.written(-478, precision: .year), approximate: false)
        == "490–479 BC")
    let morning = Self.written(2022, 1, 5, 10, precision: .minute)
    #expect(
      f.range(morning, Self.written(2022, 1, 5, 12, 30, precision: .minute), approximate: false) == "5 Jan 10:00–12:30")
    #expect(f.range(morning, morning, approximate: false) == "5 Jan 10:00")
    #expect(f.range(day(30), Self.written(2022, 3, 3, precision: .day), approximate: false) == "30 Jan – 3 Mar")
  }

  @Test func spansTellStartAndEndApartAtTheCoarsestLevel() {
    let f = CalendarFormatter()
    let month = { (y: Int, m: Int) in Self.written(y, m, precision: .month) }
    #expect(f.span(month(2016, 3), month(2017, 2), approximate: false) == "2016–2017")
    #expect(f.span(month(2022, 1), month(2022, 12), approximate: false) == "2022")
    #expect(f.span(month(2022, 1), month(2022, 3), approximate: false) == "Jan–Mar 2022")
    #expect(f.span(month(-43, 1), month(-43, 3), approximate: true) == "~Jan–Mar 44 BC")
    #expect(
      f.span(Self.written(2022, 1, 2, precision: .day), Self.written(2022, 1, 9, precision: .day), approximate: false)
        == "2–9 Jan 2022")
  }

  /// Times are shown on the zone's clock: offsets converted, skipped times moved forward, and
  /// the second reading of a repeated hour marked with its offset.
  @Test func timesAreShownInTheZoneAcrossDaylightSaving() throws {
    let berlin = CalendarFormatter(zone: try Self.zone("Europe/Berlin"), showsYear: false)
    let beforeTheChange = Self.written(2022, 3, 27, 0, 30, precision: .minute, offset: 0)
    #expect(berlin.point(beforeTheChange, approximate: false) == "27 Mar 01:30")
    #expect(berlin.point(Self.written(2022, 3, 27, 2, 30, precision: .minute), approximate: false) == "27 Mar 03:30")
    // 00:30Z and 01:30Z on 30 October are both 02:30 in Berlin (summer, then winter time).
    let first = Self.written(2022, 10, 30, 0, 30, precision: .minute, offset: 0)
    let second = Self.written(2022, 10, 30, 1, 30, precision: .minute, offset: 0)
    #expect(berlin.point(first, approximate: false) == "30 Oct 02:30 +02:00")
    #expect(berlin.point(second, approximate: false) == "30 Oct 02:30 +01:00")
    let newYork = CalendarFormatter(zone: try Self.zone("America/New_York"), showsYear: false)
    #expect(
      newYork.point(Self.written(2022, 7, 4, 16, precision: .minute, offset: 0), approximate: false) == "4 Jul 12:00")
    // A date without a time is not moved by the zone.
    #expect(newYork.point(Self.written(2022, 7, 4, precision: .day), approximate: false) == "4 Jul")
  }
}
