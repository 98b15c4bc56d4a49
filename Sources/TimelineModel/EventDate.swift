import TimeAxis

/// A calendar date from an event file, at the precision it was written with.
///
/// ```swift
/// let d = try EventDate(parsing: "2022-01")          // month precision
/// d.precision                                        // .month
/// try EventDate(parsing: "-0043-03-15").year         // -43, shown as "44 BC"
/// ```
///
/// Years use astronomical numbering (year 0 is 1 BC) and lie in -9999…9999. Fields finer
/// than `precision` are `nil`. `utcOffsetMinutes` is set only for times written with `Z` or
/// `±hh:mm`; a time without one is wall-clock time in the timeline's zone.
public struct EventDate: Equatable, Hashable, Sendable {
  /// Astronomical year: 0 is 1 BC, -43 is 44 BC.
  public var year: Int
  /// 1 to 12, or `nil` for a year-precision date.
  public var month: Int?
  /// 1 to the month's length, or `nil`.
  public var day: Int?
  /// 0 to 23, or `nil` for a date without a time.
  public var hour: Int?
  /// 0 to 59 (given together with the hour).
  public var minute: Int?
  /// 0 to 59, or `nil`.
  public var second: Int?
  /// The offset written with the time (`+06:00` is 360), or `nil` for the timeline's zone.
  public var utcOffsetMinutes: Int?

  /// A date to the precision given: leave out the parts that are not known.
  public init(
    year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil,
    second: Int? = nil, utcOffsetMinutes: Int? = nil
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
    self.utcOffsetMinutes = utcOffsetMinutes
  }

  /// The finest field that was given.
  public var precision: DatePrecision {
    if second != nil { return .second }
    if minute != nil { return .minute }
    if day != nil { return .day }
    if month != nil { return .month }
    return .year
  }

  /// The first instant the date covers, on its own wall clock.
  public var start: CivilDateTime {
    CivilDateTime(
      year: year, month: month ?? 1, day: day ?? 1, hour: hour ?? 0, minute: minute ?? 0,
      second: second ?? 0)
  }

  /// The first instant after the date, at its precision: the next year, month, day, minute
  /// or second. This is what makes a range's end inclusive at its precision.
  public var endExclusive: CivilDateTime {
    let s = start
    switch precision {
    case .year: return CivilDateTime(year: year + 1)
    case .month:
      return s.month == 12 ? CivilDateTime(year: year + 1) : CivilDateTime(year: year, month: s.month + 1)
    case .day: return CivilDateTime(axisTime: s.axisTime + 86_400)
    case .minute: return CivilDateTime(axisTime: s.axisTime + 60)
    case .second: return CivilDateTime(axisTime: s.axisTime + 1)
    }
  }

  /// The date as ``CalendarFormatter`` reads it: the fields given from the year down, up to
  /// the first one missing (a time without a day, or a day without a month, is not read).
  public var written: WrittenDate {
    guard let month else { return WrittenDate(wallClock: CivilDateTime(year: year), precision: .year) }
    guard let day else { return WrittenDate(wallClock: CivilDateTime(year: year, month: month), precision: .month) }
    guard let hour else {
      return WrittenDate(wallClock: CivilDateTime(year: year, month: month, day: day), precision: .day)
    }
    return WrittenDate(
      wallClock: CivilDateTime(
        year: year, month: month, day: day, hour: hour, minute: minute ?? 0, second: second ?? 0),
      precision: second == nil ? .minute : .second, utcOffsetMinutes: utcOffsetMinutes)
  }
}
