/// Concise labels for the axis: one per tick cell, plus context spans for the level above.
///
/// A day axis reads `Sun 2 · Mon 3 · …` in its cells with a context row `January 2022`;
/// a month axis reads `Jan · Feb · …` with `2022`; a year axis reads `1990 · 2000`, with
/// BC years as `44 BC` and `AD` added only where the axis crosses from BC to AD.
///
/// Each label comes as a list of alternatives, longest first, so the layout can pick the
/// longest that fits without knowing about calendars.
public struct TickLabeler: Sendable {
  /// Whether the axis crosses from BC to AD, so AD years are written `AD 14`.
  public var showsEraForAD: Bool
  /// The zone whose wall clock the labels read (ticks are instants).
  public var zone: DisplayZone

  /// Creates a labeler for an axis covering `domain`, labelled on `zone`'s wall clock.
  public init(domain: ClosedRange<AxisTime>, zone: DisplayZone = .utc) {
    self.zone = zone
    let first = zone.civil(at: domain.lowerBound).year
    let last = zone.civil(at: domain.upperBound).year
    showsEraForAD = first <= 0 && last > 0
  }

  /// Short English month names, January first.
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  /// Short English weekday names, Monday first (ISO 8601).
  public static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  /// A year as people write it: `2022`, `44 BC`, and `AD 14` only on axes that cross the era.
  public func yearText(_ year: Int) -> String {
    if year <= 0 { return "\(1 - year) BC" }
    return showsEraForAD ? "AD \(year)" : "\(year)"
  }

  /// Label alternatives for the cell starting at tick `t` of `interval`, longest first.
  public func cellLabels(at t: AxisTime, interval: CalendarInterval) -> [String] {
    let d = zone.civil(at: t)
    let month = Self.monthNames[d.month - 1]
    let shortMonth = String(month.prefix(3))
    switch interval.unit {
    case .second:
      return [Self.clock(d, seconds: true)]
    case .minute, .hour:
      return [Self.clock(d, seconds: false)]
    case .day where interval.step == 1:
      let weekday = Self.weekdayNames[CivilCalendar.weekday(days: d.dayNumber)]
      return ["\(weekday) \(d.day)", "\(d.day)"]
    case .day, .week, .halfMonth:
      return ["\(d.day) \(shortMonth)", "\(d.day)"]
    case .month:
      return [month, shortMonth, String(month.prefix(1))]
    case .year:
      return [yearText(d.year)]
    }
  }

  /// Whether labels of `interval` describe the whole cell (centred in it) rather than the tick.
  public static func labelsCentreInCell(_ interval: CalendarInterval) -> Bool {
    interval.step == 1 && [.day, .month, .year].contains(interval.unit)
  }

  /// The interval whose spans give context to `interval`'s cells (days for hours, months for
  /// days, years for months), or `nil` when the cells need none.
  public static func contextInterval(for interval: CalendarInterval) -> CalendarInterval? {
    switch interval.unit {
    case .second, .minute, .hour: CalendarInterval(.day)
    case .day, .week, .halfMonth: CalendarInterval(.month)
    case .month: CalendarInterval(.year)
    case .year: nil
    }
  }

  /// Label alternatives for a context span starting at `t`, longest first.
  public func contextLabels(at t: AxisTime, interval: CalendarInterval) -> [String] {
    let d = zone.civil(at: t)
    let month = Self.monthNames[d.month - 1]
    let year = yearText(d.year)
    switch interval.unit {
    case .day:
      let weekday = Self.weekdayNames[CivilCalendar.weekday(days: d.dayNumber)]
      return [
        "\(weekday) \(d.day) \(month) \(year)", "\(d.day) \(month.prefix(3)) \(year)", "\(d.day) \(month.prefix(3))",
      ]
    case .month, .halfMonth, .week:
      return ["\(month) \(year)", "\(month.prefix(3)) \(year)", String(month.prefix(3))]
    default:
      return [year]
    }
  }

  static func clock(_ d: CivilDateTime, seconds: Bool) -> String {
    let two = DateDigits.two
    return seconds ? "\(two(d.hour)):\(two(d.minute)):\(two(d.second))" : "\(two(d.hour)):\(two(d.minute))"
  }
}
