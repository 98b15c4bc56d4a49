/// A wall-clock date and time with no zone, as labels show it.
///
/// ``axisTime`` counts seconds since 1970-01-01T00:00 *on the same wall clock*; it is the
/// instant only in UTC. ``DisplayZone`` turns wall clocks into instants and back, and
/// ``CalendarInterval`` ticks on wall clocks (`floor(_:)`) or on a zone's real clock
/// (`floor(_:in:)`).
public struct CivilDateTime: Equatable, Hashable, Sendable {
  /// Astronomical year: 0 is 1 BC, -43 is 44 BC.
  public var year: Int
  /// 1 to 12.
  public var month: Int
  /// 1 to the month's length.
  public var day: Int
  /// 0 to 23.
  public var hour: Int
  /// 0 to 59.
  public var minute: Int
  /// 0 to 59.
  public var second: Int

  /// A date and time of day; the parts are taken as given, not checked.
  public init(year: Int, month: Int = 1, day: Int = 1, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// Seconds since 1970-01-01T00:00 on the same wall clock.
  public var axisTime: AxisTime {
    let days = CivilCalendar.days(year: year, month: month, day: day)
    return Double(days * 86_400 + Int64(hour * 3600 + minute * 60 + second))
  }

  /// The wall-clock time `time` seconds after 1970-01-01T00:00 (fractions are dropped).
  public init(axisTime time: AxisTime) {
    let clamped = min(max(time.rounded(.down), -4e11), 4e11)
    let seconds = Int64(clamped)
    let days = CivilCalendar.floorDiv(seconds, 86_400)
    let secondOfDay = Int(seconds - days * 86_400)
    let (y, m, d) = CivilCalendar.date(days: days)
    self.init(
      year: y, month: m, day: d, hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60,
      second: secondOfDay % 60)
  }

  /// Days since 1970-01-01 of this date.
  public var dayNumber: Int64 { CivilCalendar.days(year: year, month: month, day: day) }
}

/// A position on the time axis: an instant, in seconds since 1970-01-01T00:00Z (wall-clock
/// arithmetic such as ``CivilDateTime/axisTime`` uses the same count on a zone's clock).
///
/// Ten thousand years are 3.2·10¹¹ seconds, well inside the 2⁵³ range where `Double` is exact.
public typealias AxisTime = Double
