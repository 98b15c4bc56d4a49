/// Zero-padded numbers as ISO 8601 writes them.
///
/// ```swift
/// DateDigits.two(7)       // "07"
/// DateDigits.year(-43)    // "-0043"
/// DateDigits.year(2022)   // "2022"
/// ```
public enum DateDigits {
  /// A month, day, hour, minute or second in two digits (larger values as they are).
  public static func two(_ value: Int) -> String {
    value >= 0 && value < 10 ? "0\(value)" : "\(value)"
  }

  /// An astronomical year in at least four digits, with a minus sign before zero.
  public static func year(_ year: Int) -> String {
    let digits = String(year.magnitude)
    return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
