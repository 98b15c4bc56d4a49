import TimeAxis

/// Why a date string was rejected; `description` is written for the person who typed it.
public struct DateParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong with the text, as a sentence: `"2022-13" is not a date (month 13 is not 1 to 12)`.
  public var description: String
}

extension EventDate {
  /// Parses the ISO 8601 subset of event files.
  ///
  /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm`, `YYYY-MM-DDThh:mm:ss`, each time
  /// optionally followed by `Z` or `±hh:mm`. A leading `-` makes the year negative
  /// (astronomical: `-0043` is 44 BC). Validity is checked on the proleptic Gregorian
  /// calendar, so `2022-02-30` is an error rather than 2 March.
  public init(parsing text: String) throws(DateParseError) {
    let shown = "\"\(text)\""
    func asciiDigit(_ s: Unicode.Scalar) -> Int? {
      (48...57).contains(s.value) ? Int(s.value - 48) : nil
    }
    func fail(_ why: String) -> DateParseError { DateParseError(description: "\(shown) is not a date (\(why))") }
    let scalars = Array(text.unicodeScalars)
    guard !scalars.isEmpty else {
      throw DateParseError(description: "the date is empty (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    }
    var i = 0
    func digits(_ count: Int) -> Int? {
      guard i + count <= scalars.count else { return nil }
      var value = 0
      for k in i..<(i + count) {
        guard let d = asciiDigit(scalars[k]) else { return nil }
        value = value * 10 + d
      }
      i += count
      return value
    }
    func take(_ c: Character) -> Bool {
      if i < scalars.count, Character(scalars[i]) == c {
        i += 1
        return true
      }
      return false
    }
    let negative = take("-")
    var yearDigits = 0
    while i + yearDigits < scalars.count, asciiDigit(scalars[i + yearDigits]) != nil {
      yearDigits += 1
    }
    guard yearDigits == 4, let year = digits(4) else {
      if yearDigits > 4 { throw fail("years have four digits, from -9999 to 9999") }
      throw fail("expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm")
    }
    self.init(year: negative ? -year : year)
    guard i < scalars.count else { return }
    guard take("-"), let month = digits(2) else { throw fail("expected -MM after the year") }
    guard (1...12).contains(month) else { throw fail("month \(month) is not 1 to 12") }
    self.month = month
    guard i < scalars.count else { return }
    guard take("-"), let day = digits(2) else { throw fail("expected -DD after the month") }
    let monthLength = CivilCalendar.daysInMonth(year: self.year, month: month)
    guard (1...monthLength).contains(day) else {
      throw fail("\(CalendarFormatter().month(month, of: self.year)) has \(monthLength) days")
    }
    self.day = day
    guard i < scalars.count else { return }
    guard take("T") || take(" "), let hour = digits(2), take(":"), let minute = digits(2) else {
      throw fail("expected Thh:mm after the day")
    }
    guard hour <= 23 else { throw fail("hour \(hour) is not 00 to 23") }
    guard minute <= 59 else { throw fail("minute \(minute) is not 00 to 59") }
    self.hour = hour
    self.minute = minute
    if take(":") {
      guard let second = digits(2) else { throw fail("expected two digits of seconds") }
      guard second <= 59 else { throw fail("second \(second) is not 00 to 59") }
      self.second = second
    }
    guard i < scalars.count else { return }
    if take("Z") {
      utcOffsetMinutes = 0
    } else if i < scalars.count, scalars[i] == "+" || scalars[i] == "-" {
      let sign = scalars[i] == "-" ? -1 : 1
      i += 1
      guard let oh = digits(2), take(":"), let om = digits(2) else {
        throw fail("expected a zone offset like +06:00 or Z")
      }
      guard om <= 59 else { throw fail("the minutes of a zone offset run from 00 to 59") }
      guard oh * 60 + om <= 14 * 60 else { throw fail("zone offsets run from -14:00 to +14:00") }
      utcOffsetMinutes = sign * (oh * 60 + om)
    }
    guard i == scalars.count else { throw fail("unexpected text after the date") }
  }
}
