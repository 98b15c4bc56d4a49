/// Proleptic Gregorian calendar arithmetic on plain integers, with astronomical year numbering.
///
/// Year 0 is 1 BC and year -43 is 44 BC. Days are counted from 1970-01-01 (day 0), so every
/// date from -9999 to 9999 maps to a unique `Int64`. Nothing here consults the process's
/// calendar, locale or time zone.
///
/// ```swift
/// CivilCalendar.daysInMonth(year: 2024, month: 2)            // 29
/// CivilCalendar.days(year: 2022, month: 1, day: 7)          // 18999
/// CivilCalendar.weekday(days: 18999)                        // 4 (Friday; Monday is 0)
/// ```
public enum CivilCalendar {
  /// Whether `year` (astronomical) is a leap year in the proleptic Gregorian calendar.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` (1–12) of `year`; 0 for a month outside 1–12.
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: 31
    case 4, 6, 9, 11: 30
    case 2: isLeapYear(year) ? 29 : 28
    default: 0
    }
  }

  /// Days from 1970-01-01 to the given date (negative before it).
  ///
  /// - Precondition: `month` in 1–12 and `day` in 1–31; callers validate first.
  public static func days(year: Int, month: Int, day: Int) -> Int64 {
    // Howard Hinnant's days_from_civil, valid for the whole proleptic Gregorian calendar.
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let m = Int64(month)
    let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` after 1970-01-01.
  public static func date(days: Int64) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (Int(year), Int(month), Int(day))
  }

  /// Day of the week for a day number, Monday = 0 … Sunday = 6.
  public static func weekday(days: Int64) -> Int {
    Int(((days + 3) % 7 + 7) % 7)
  }

  /// Floor division that rounds towards negative infinity (`-7 / 2 == -4`).
  public static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }
}
