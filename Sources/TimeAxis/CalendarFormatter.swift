/// Every date and time string of a timeline, in one place: tick labels, event dates, the ISO
/// 8601 text of files and messages, era suffixes and month names.
///
/// In the spirit of matplotlib's `ConciseDateFormatter` and d3-time-format, it has a small
/// set of named styles rather than format strings:
///
/// | Style | Examples |
/// |---|---|
/// | year (``year(_:)``) | `2022`, `44 BC`, `AD 14` (only on axes crossing the era) |
/// | tick cells (``cellLabels(at:interval:)``) | `Fri 7`, `April`, `06:00`, `1990` |
/// | tick context (``contextLabels(at:interval:)``) | `January 2022`, `Fri 7 January 2022` |
/// | event dates (``point(_:approximate:)``, ``range(_:_:approximate:)``) | `5 Jan 2022`, `2–9 Jan`, `~44 BC`, `30 Oct 02:30 +01:00` |
/// | ISO 8601 (``iso(_:)``) | `2022-01-05`, `-0043`, `2022-03-27T03:30+02:00` |
///
/// It also owns the time-zone conversion of what it shows: instants are read on ``zone``'s
/// wall clock, and a time written with an offset is shown as ``zone``'s clock read it.
///
/// ```swift
/// let f = CalendarFormatter(domain: CivilDateTime(year: -50).axisTime...CivilDateTime(year: 20).axisTime)
/// f.year(-43)   // "44 BC"
/// f.year(14)    // "AD 14"
/// CalendarFormatter.iso(WrittenDate(wallClock: CivilDateTime(year: 2022, month: 1, day: 5), precision: .day))
/// // "2022-01-05"
/// ```
public struct CalendarFormatter: Sendable {
  /// The zone whose wall clock the texts read.
  public var zone: DisplayZone
  /// Whether AD years are written `AD 14` (on an axis that crosses from BC to AD).
  public var showsEraForAD: Bool
  /// Whether event dates finer than a year name their year (`5 Jan 2022` rather than `5 Jan`).
  public var showsYear: Bool

  /// A formatter for `zone`'s wall clock; the defaults write `2022`, never `AD 2022`.
  public init(zone: DisplayZone = .utc, showsEraForAD: Bool = false, showsYear: Bool = true) {
    self.zone = zone
    self.showsEraForAD = showsEraForAD
    self.showsYear = showsYear
  }

  /// A formatter for an axis covering `domain` on `zone`'s wall clock: AD years carry their
  /// era only when the axis crosses from BC to AD.
  public init(domain: ClosedRange<AxisTime>, zone: DisplayZone = .utc, showsYear: Bool = true) {
    let first = zone.civil(at: domain.lowerBound).year
    let last = zone.civil(at: domain.upperBound).year
    self.init(zone: zone, showsEraForAD: first <= 0 && last > 0, showsYear: showsYear)
  }

  /// English month names, January first.
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  /// The first three letters of each month's name, January first.
  public static let shortMonthNames = monthNames.map { String($0.prefix(3)) }
  /// Short English weekday names, Monday first (ISO 8601).
  public static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  /// A year as people write it: `2022`, `44 BC` (year 0 is `1 BC`), and `AD 14` only when
  /// ``showsEraForAD``.
  public func year(_ year: Int) -> String {
    DateTextWriter.text { write(year: year, into: &$0) }
  }

  /// Writes ``year(_:)``'s text.
  func write(year: Int, into writer: inout DateTextWriter) {
    if year <= 0 {
      writer.append(number: 1 - year)
      writer.append(" BC")
    } else {
      if showsEraForAD { writer.append("AD ") }
      writer.append(number: year)
    }
  }

  /// From one year to another: `1914–1918`, `490–479 BC` (one era suffix when both are BC),
  /// `44 BC–AD 14`.
  public func years(_ first: Int, _ last: Int) -> String {
    if first <= 0, last <= 0 { return String(1 - first) + "–" + String(1 - last) + " BC" }
    return year(first) + "–" + year(last)
  }

  /// A month (1 to 12) and year: `January 2022`, or `Jan 2022` when `short`.
  public func month(_ month: Int, of year: Int, short: Bool = false) -> String {
    (short ? Self.shortMonthNames : Self.monthNames)[month - 1] + " " + self.year(year)
  }
}
