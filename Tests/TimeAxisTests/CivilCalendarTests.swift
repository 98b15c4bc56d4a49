import Testing
import TimeAxis

@Suite struct CivilCalendarTests {
  @Test func knownDays() {
    #expect(CivilCalendar.days(year: 1970, month: 1, day: 1) == 0)
    #expect(CivilCalendar.days(year: 2022, month: 1, day: 7) == 18_999)
    #expect(CivilCalendar.days(year: 2000, month: 3, day: 1) == 11_017)
    #expect(CivilCalendar.weekday(days: CivilCalendar.days(year: 2022, month: 1, day: 7)) == 4)  // Friday
    #expect(CivilCalendar.weekday(days: CivilCalendar.days(year: 1970, month: 1, day: 1)) == 3)  // Thursday
    // The first Gregorian day, 15 October 1582, was a Friday.
    #expect(CivilCalendar.weekday(days: CivilCalendar.days(year: 1582, month: 10, day: 15)) == 4)
  }

  @Test func roundTripsEveryDayFromBCToTheFarFuture() {
    var previous: Int64?
    for year in stride(from: -9999, through: 9999, by: 97) {
      for month in 1...12 {
        for day in [1, 15, CivilCalendar.daysInMonth(year: year, month: month)] {
          let days = CivilCalendar.days(year: year, month: month, day: day)
          let back = CivilCalendar.date(days: days)
          #expect(back.year == year && back.month == month && back.day == day)
          if let previous { #expect(days > previous) }
          previous = days
        }
      }
    }
  }

  @Test func leapYears() {
    #expect(CivilCalendar.isLeapYear(2024))
    #expect(!CivilCalendar.isLeapYear(1900))
    #expect(CivilCalendar.isLeapYear(2000))
    #expect(CivilCalendar.isLeapYear(0))  // 1 BC
    #expect(CivilCalendar.isLeapYear(-4))  // 5 BC
    #expect(CivilCalendar.daysInMonth(year: 2023, month: 2) == 28)
    #expect(CivilCalendar.daysInMonth(year: 2024, month: 2) == 29)
  }

  @Test func civilDateTimeRoundTrips() {
    let dates = [
      CivilDateTime(year: 2022, month: 1, day: 5, hour: 14, minute: 30, second: 15),
      CivilDateTime(year: -43, month: 3, day: 15, hour: 11),
      CivilDateTime(year: 0, month: 12, day: 31, hour: 23, minute: 59, second: 59),
    ]
    for date in dates { #expect(CivilDateTime(axisTime: date.axisTime) == date) }
  }

  /// Axis times are instants: a wall-clock time is read in the zone, a zoned time is its
  /// instant, and the zone's clock reads them back.
  @Test func displayZoneMapsWallClocksToInstants() throws {
    let almaty = try #require(DisplayZone(identifier: "Asia/Almaty"))
    let wall = CivilDateTime(year: 2022, month: 1, day: 5, hour: 8)
    // 08:00 in Almaty (UTC+6 in January 2022) is 02:00Z.
    #expect(almaty.axisTime(wallClock: wall, utcOffsetMinutes: nil) == wall.axisTime - 6 * 3600)
    #expect(almaty.civil(at: almaty.axisTime(wallClock: wall, utcOffsetMinutes: nil)) == wall)
    // 08:00Z is 14:00 in Almaty.
    let zoned = almaty.axisTime(wallClock: wall, utcOffsetMinutes: 0)
    #expect(zoned == wall.axisTime)
    #expect(almaty.civil(at: zoned) == CivilDateTime(year: 2022, month: 1, day: 5, hour: 14))
    #expect(DisplayZone.utc.axisTime(wallClock: wall, utcOffsetMinutes: nil) == wall.axisTime)
    #expect(DisplayZone(identifier: "Not/AZone") == nil)
  }
}
