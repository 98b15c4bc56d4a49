import Testing
import TimeAxis

/// Wall-clock times that clocks skipped or showed twice are read as java.time and Temporal do
/// ("compatible"), and ticks stand on real local time (issue 10, item 9).
@Suite struct DaylightSavingTests {
  static func zone(_ identifier: String) throws -> DisplayZone {
    try #require(DisplayZone(identifier: identifier))
  }

  static func wall(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int = 0) -> CivilDateTime {
    CivilDateTime(year: y, month: m, day: d, hour: h, minute: mi)
  }

  /// zone, wall time in a gap, the wall time it moves to, the offset after the gap, the gap.
  static let gaps: [(String, CivilDateTime, CivilDateTime, Int, Int)] = [
    ("Europe/Berlin", wall(2022, 3, 27, 2, 30), wall(2022, 3, 27, 3, 30), 7200, 3600),
    ("America/New_York", wall(2022, 3, 13, 2, 30), wall(2022, 3, 13, 3, 30), -4 * 3600, 3600),
    ("Australia/Lord_Howe", wall(2022, 10, 2, 2, 15), wall(2022, 10, 2, 2, 45), 11 * 3600, 1800),
  ]

  @Test(arguments: gaps)
  func aSkippedTimeMovesForwardByTheGap(
    identifier: String, written: CivilDateTime, read: CivilDateTime, offset: Int, gap: Int
  ) throws {
    let zone = try Self.zone(identifier)
    let resolution = zone.resolve(written)
    #expect(resolution.kind == .skipped)
    #expect(resolution.shiftSeconds == gap)
    #expect(resolution.offsetSeconds == offset)
    #expect(zone.civil(at: resolution.instant) == read)
    #expect(resolution.instant == read.axisTime - Double(offset))
  }

  /// zone, wall time in an overlap, the earlier offset, the overlap.
  static let overlaps: [(String, CivilDateTime, Int, Int)] = [
    ("Europe/Berlin", wall(2022, 10, 30, 2, 30), 7200, 3600),
    ("America/New_York", wall(2022, 11, 6, 1, 30), -4 * 3600, 3600),
    ("Australia/Lord_Howe", wall(2022, 4, 3, 1, 45), 11 * 3600, 1800),
  ]

  @Test(arguments: overlaps)
  func aRepeatedTimeIsTheEarlierOne(identifier: String, written: CivilDateTime, offset: Int, overlap: Int) throws {
    let zone = try Self.zone(identifier)
    let resolution = zone.resolve(written)
    #expect(resolution.kind == .repeated)
    #expect(resolution.offsetSeconds == offset)
    #expect(resolution.shiftSeconds == overlap)
    #expect(resolution.instant == written.axisTime - Double(offset))
    // The same reading comes round again `overlap` seconds later.
    #expect(zone.civil(at: resolution.instant + Double(overlap)) == written)
  }

  @Test func ordinaryTimesAreUnique() throws {
    let zone = try Self.zone("Europe/Berlin")
    let resolution = zone.resolve(Self.wall(2022, 7, 1, 12))
    #expect(resolution.kind == .unique)
    #expect(resolution.instant == Self.wall(2022, 7, 1, 10).axisTime)
    #expect(DisplayZone.utc.resolve(Self.wall(2022, 7, 1, 12)).instant == Self.wall(2022, 7, 1, 12).axisTime)
  }

  /// The wall-clock readings of the ticks of `interval` over a local stretch of `zone`.
  static func readings(
    _ interval: CalendarInterval, _ zone: DisplayZone, from: CivilDateTime, through: CivilDateTime
  ) -> (ticks: [AxisTime], walls: [CivilDateTime]) {
    let ticks = interval.ticks(
      from: zone.resolve(from).instant, through: zone.resolve(through).instant, in: zone)
    return (ticks, ticks.map { zone.civil(at: $0) })
  }

  @Test func hourlyTicksSkipTheHourThatNeverWas() throws {
    let berlin = try Self.zone("Europe/Berlin")
    let (ticks, walls) = Self.readings(
      CalendarInterval(.hour), berlin, from: Self.wall(2022, 3, 27, 0), through: Self.wall(2022, 3, 27, 5))
    #expect(walls.map(\.hour) == [0, 1, 3, 4, 5])
    #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $1 - $0 == 3600 })
  }

  @Test func hourlyTicksDoNotRepeatTheHourShownTwice() throws {
    let berlin = try Self.zone("Europe/Berlin")
    let (ticks, walls) = Self.readings(
      CalendarInterval(.hour), berlin, from: Self.wall(2022, 10, 30, 0), through: Self.wall(2022, 10, 30, 5))
    #expect(walls.map(\.hour) == [0, 1, 2, 3, 4, 5])
    // The cell "02:00" lasts two hours: 02:00 CEST to 03:00 CET.
    #expect(zip(ticks, ticks.dropFirst()).map { $1 - $0 } == [3600, 3600, 7200, 3600, 3600])
  }

  @Test func halfHourShiftsOnLordHowe() throws {
    let lordHowe = try Self.zone("Australia/Lord_Howe")
    let spring = Self.readings(
      CalendarInterval(.minute, 30), lordHowe, from: Self.wall(2022, 10, 2, 1), through: Self.wall(2022, 10, 2, 3))
    #expect(spring.walls.map { $0.hour * 100 + $0.minute } == [100, 130, 230, 300])
    let hourly = Self.readings(
      CalendarInterval(.hour), lordHowe, from: Self.wall(2022, 10, 2, 0), through: Self.wall(2022, 10, 2, 4))
    #expect(hourly.walls.map(\.hour) == [0, 1, 3, 4])
    #expect(zip(hourly.ticks, hourly.ticks.dropFirst()).map { $1 - $0 } == [3600, 5400, 3600])
    let autumn = Self.readings(
      CalendarInterval(.minute, 15), lordHowe, from: Self.wall(2022, 4, 3, 1), through: Self.wall(2022, 4, 3, 2))
    #expect(autumn.walls.map { $0.hour * 100 + $0.minute } == [100, 115, 130, 145, 200])
    // 01:45 is shown twice: its cell runs to 02:00 on the second pass, 45 minutes.
    #expect(zip(autumn.ticks, autumn.ticks.dropFirst()).map { $1 - $0 } == [900, 900, 900, 2700])
  }

  @Test func dayTicksStandOnLocalMidnights() throws {
    let newYork = try Self.zone("America/New_York")
    let (ticks, walls) = Self.readings(
      CalendarInterval(.day), newYork, from: Self.wall(2022, 3, 12, 12), through: Self.wall(2022, 3, 14, 12))
    #expect(walls.map(\.day) == [12, 13, 14, 15])
    #expect(walls.allSatisfy { $0.hour == 0 && $0.minute == 0 })
    #expect(zip(ticks, ticks.dropFirst()).map { $1 - $0 } == [86_400, 82_800, 86_400])
  }

  static let zones = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"]

  /// Around every change of 2022, for every interval finer than a month: ticks keep the
  /// floor/next invariants, stand on times the clock really showed (the first time), and
  /// their readings only increase, so no label repeats.
  @Test(arguments: zones)
  func ticksKeepTheirInvariantsAroundClockChanges(identifier: String) throws {
    let zone = try Self.zone(identifier)
    let nights = [
      Self.wall(2022, 3, 27, 0), Self.wall(2022, 10, 30, 0), Self.wall(2022, 3, 13, 0), Self.wall(2022, 11, 6, 0),
      Self.wall(2022, 10, 2, 0), Self.wall(2022, 4, 3, 0),
    ]
    let intervals = TickIntervalTable.intervals.filter { $0.unit >= .minute && $0.unit <= .week }
    for night in nights {
      let start = zone.resolve(night).instant
      for interval in intervals {
        let stride = max(600, interval.approximateDuration / 4)
        var t = start - 2 * 3600
        while t < start + 6 * 3600 {
          let floor = interval.floor(t, in: zone)
          let next = interval.next(floor, in: zone)
          #expect(floor <= t && t < next, "\(identifier) \(interval) at \(zone.civil(at: t))")
          #expect(interval.floor(floor, in: zone) == floor, "\(identifier) \(interval) at \(zone.civil(at: t))")
          #expect(zone.civil(at: next).axisTime > zone.civil(at: floor).axisTime, "\(identifier) \(interval)")
          if interval.unit < .day {
            #expect(zone.resolve(zone.civil(at: floor)).instant == floor, "\(identifier) \(interval) tick \(floor)")
          }
          t += stride
        }
      }
    }
  }
}
