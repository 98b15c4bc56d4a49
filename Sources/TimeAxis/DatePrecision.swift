/// How much of a date is known: a year, a month, a day, a minute or a second.
public enum DatePrecision: Int, Comparable, Sendable, CaseIterable {
  /// `2022`.
  case year
  /// `2022-01`.
  case month
  /// `2022-01-05`.
  case day
  /// `2022-01-05T14:30`.
  case minute
  /// `2022-01-05T14:30:15`.
  case second

  /// Coarser precisions sort first: a year before a day.
  public static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rawValue < b.rawValue }
}
