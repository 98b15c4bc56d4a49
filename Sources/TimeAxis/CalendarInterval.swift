/// A calendar unit that ticks can be counted in.
public enum CalendarUnit: Int, Comparable, Sendable, CaseIterable {
  /// A second.
  case second
  /// A minute.
  case minute
  /// An hour.
  case hour
  /// A day.
  case day
  /// A week, from Monday.
  case week
  /// Half a month: the 1st to the 15th, the 16th to the month's end.
  case halfMonth
  /// A month.
  case month
  /// A year.
  case year

  /// Finer units sort first: a second before a year.
  public static func < (a: CalendarUnit, b: CalendarUnit) -> Bool { a.rawValue < b.rawValue }
}

/// "Every `step` units", aligned on the calendar: hours on 0/6/12/18, months on Jan/Apr/Jul/Oct,
/// years on round numbers (100 BC, AD 1, AD 100 across the era), weeks on Mondays,
/// half-months on the 1st and 16th.
///
/// ```swift
/// let quarter = CalendarInterval(.month, 3)
/// let t = CivilDateTime(year: 2022, month: 5, day: 9).axisTime
/// CivilDateTime(axisTime: quarter.floor(t))   // 2022-04-01T00:00
/// ```
///
/// Invariant: `floor(t) <= t < next(floor(t))`, and `next` is strictly increasing.
public struct CalendarInterval: Equatable, Hashable, Sendable {
  /// The calendar unit ticks advance by.
  public var unit: CalendarUnit
  /// How many units one step is (e.g. 3 for every third month).
  public var step: Int

  /// `step` units of `unit`: `CalendarInterval(.month, 3)` is a quarter.
  public init(_ unit: CalendarUnit, _ step: Int = 1) {
    self.unit = unit
    self.step = max(1, step)
  }

  /// Rough length in seconds, for choosing between intervals.
  public var approximateDuration: Double {
    let base: Double =
      switch unit {
      case .second: 1
      case .minute: 60
      case .hour: 3600
      case .day: 86_400
      case .week: 7 * 86_400
      case .halfMonth: 15.2 * 86_400
      case .month: 30.44 * 86_400
      case .year: 365.2425 * 86_400
      }
    return base * Double(step)
  }

  /// The latest tick at or before `t`.
  public func floor(_ t: AxisTime) -> AxisTime {
    let date = CivilDateTime(axisTime: t)
    let step64 = Int64(step)
    switch unit {
    case .second, .minute, .hour:
      let size = Int64(approximateDuration)
      let seconds = Int64(t.rounded(.down))
      return Double(CivilCalendar.floorDiv(seconds, size) * size)
    case .day:
      let day = date.day - (date.day - 1) % step
      return CivilDateTime(year: date.year, month: date.month, day: day).axisTime
    case .week:
      let days = date.dayNumber
      return Double((days - Int64(CivilCalendar.weekday(days: days))) * 86_400)
    case .halfMonth:
      return CivilDateTime(year: date.year, month: date.month, day: date.day >= 16 ? 16 : 1).axisTime
    case .month:
      let index = Int64(date.year) * 12 + Int64(date.month - 1)
      let floored = CivilCalendar.floorDiv(index, step64) * step64
      let year = Int(CivilCalendar.floorDiv(floored, 12))
      return CivilDateTime(year: year, month: Int(floored - Int64(year) * 12) + 1).axisTime
    case .year:
      return CivilDateTime(year: Self.floorYear(date.year, step: step)).axisTime
    }
  }

  /// Year ticks fall on round years *as people number them*: multiples of the step in AD,
  /// and 100 BC, 200 BC … (astronomical -99, -199 …) before it, with AD 1 between the two,
  /// since there is no year zero. Step 1 is every year.
  static func floorYear(_ year: Int, step: Int) -> Int {
    guard step > 1 else { return year }
    if year >= step { return Int(CivilCalendar.floorDiv(Int64(year), Int64(step))) * step }
    if year >= 1 { return 1 }
    let k = (1 - year + step - 1) / step
    return 1 - k * step
  }

  static func nextYear(_ year: Int, step: Int) -> Int {
    guard step > 1 else { return year + 1 }
    if year >= step { return year + step }
    if year >= 1 { return step }
    return year == 1 - step ? 1 : year + step
  }

  /// The first tick strictly after the tick `t` (which must be a tick: `floor(t) == t`).
  public func next(_ t: AxisTime) -> AxisTime {
    let date = CivilDateTime(axisTime: t)
    switch unit {
    case .second, .minute, .hour, .week:
      return t + approximateDuration
    case .day:
      let day = date.day + step
      if day > CivilCalendar.daysInMonth(year: date.year, month: date.month) {
        return month(after: date, by: 1)
      }
      return CivilDateTime(year: date.year, month: date.month, day: day).axisTime
    case .halfMonth:
      return date.day < 16
        ? CivilDateTime(year: date.year, month: date.month, day: 16).axisTime : month(after: date, by: 1)
    case .month:
      return month(after: date, by: step)
    case .year:
      return CivilDateTime(year: Self.nextYear(date.year, step: step)).axisTime
    }
  }

  /// The first tick at or after `t`.
  public func ceil(_ t: AxisTime) -> AxisTime {
    let f = floor(t)
    return f < t ? next(f) : f
  }

  /// Ticks from `floor(start)` through the first tick at or after `end`, at most `limit` of them.
  public func ticks(from start: AxisTime, through end: AxisTime, limit: Int = 20_000) -> [AxisTime] {
    var result: [AxisTime] = []
    var t = floor(start)
    while result.count < limit {
      result.append(t)
      if t >= end { break }
      t = next(t)
    }
    return result
  }

  private func month(after date: CivilDateTime, by months: Int) -> AxisTime {
    let index = date.year * 12 + (date.month - 1) + months
    let year = Int(CivilCalendar.floorDiv(Int64(index), 12))
    return CivilDateTime(year: year, month: index - year * 12 + 1).axisTime
  }
}
