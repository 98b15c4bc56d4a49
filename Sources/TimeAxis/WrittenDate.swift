/// A date as written, to the precision it was written with: the wall clock of its first
/// instant, how much of it is known, and the offset written with a time (if any).
///
/// This is what ``CalendarFormatter`` reads: `2022-01` is January 2022 at month precision,
/// `2022-03-27T00:30Z` is that minute with offset 0.
public struct WrittenDate: Equatable, Hashable, Sendable {
  /// The first instant the date covers, on its own wall clock; fields finer than
  /// ``precision`` are at their start (month 1, day 1, 00:00:00).
  public var wallClock: CivilDateTime
  /// How much of the date is known.
  public var precision: DatePrecision
  /// The offset written with the time (`+06:00` is 360), or `nil` for the timeline's zone.
  public var utcOffsetMinutes: Int?

  /// A date known to `precision`, with an optional offset written with its time.
  public init(wallClock: CivilDateTime, precision: DatePrecision, utcOffsetMinutes: Int? = nil) {
    self.wallClock = wallClock
    self.precision = precision
    self.utcOffsetMinutes = utcOffsetMinutes
  }

  /// Astronomical year: 0 is 1 BC, -43 is 44 BC.
  public var year: Int { wallClock.year }
  /// The month, when the date names one.
  public var month: Int? { precision >= .month ? wallClock.month : nil }
  /// The day of the month, when the date names one.
  public var day: Int? { precision >= .day ? wallClock.day : nil }
}
