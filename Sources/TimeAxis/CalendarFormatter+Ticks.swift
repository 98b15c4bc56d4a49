extension CalendarFormatter {
  /// Label alternatives for the axis cell starting at tick `t` of `interval`, longest first,
  /// so the layout can pick the longest that fits without knowing about calendars.
  ///
  /// A day axis reads `Sun 2 · Mon 3 · …`, a month axis `January · …` (or `Jan`, `J`), a year
  /// axis `1990 · 2000`, hours `06:00` and seconds `06:00:30`.
  public func cellLabels(at t: AxisTime, interval: CalendarInterval) -> [String] {
    let d = zone.civil(at: t)
    switch interval.unit {
    case .second:
      return [Self.clock(d, seconds: true)]
    case .minute, .hour:
      return [Self.clock(d, seconds: false)]
    case .day where interval.step == 1:
      let day = String(d.day)
      return [Self.weekdayNames[CivilCalendar.weekday(days: d.dayNumber)] + " " + day, day]
    case .day, .week, .halfMonth:
      let day = String(d.day)
      return [day + " " + Self.shortMonthNames[d.month - 1], day]
    case .month:
      let month = Self.monthNames[d.month - 1]
      return [month, Self.shortMonthNames[d.month - 1], String(month.prefix(1))]
    case .year:
      return [year(d.year)]
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

  /// Label alternatives for a context span (of ``contextInterval(for:)``) starting at `t`,
  /// longest first: `Fri 7 January 2022`, `January 2022`, `2022`. With `namingZone`, each is
  /// offered first with the zone's name: `Fri 7 January 2022 (Asia/Almaty)`.
  public func contextLabels(at t: AxisTime, interval: CalendarInterval, namingZone: Bool = false) -> [String] {
    let labels = contextLabels(at: t, interval: interval)
    return namingZone ? labels.map { $0 + " (" + zone.identifier + ")" } + labels : labels
  }

  private func contextLabels(at t: AxisTime, interval: CalendarInterval) -> [String] {
    let d = zone.civil(at: t)
    let month = Self.monthNames[d.month - 1]
    let shortMonth = Self.shortMonthNames[d.month - 1]
    let year = year(d.year)
    switch interval.unit {
    case .day:
      let weekday = Self.weekdayNames[CivilCalendar.weekday(days: d.dayNumber)]
      let day = String(d.day)
      return [
        weekday + " " + day + " " + month + " " + year, day + " " + shortMonth + " " + year, day + " " + shortMonth,
      ]
    case .month, .halfMonth, .week:
      return [month + " " + year, shortMonth + " " + year, shortMonth]
    default:
      return [year]
    }
  }
}
