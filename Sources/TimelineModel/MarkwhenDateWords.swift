import TimeAxis

extension MarkwhenDates {
  /// One end of a Markwhen date in words and numbers (`Jan 8 2022`, `8th January`,
  /// `01/07/2022`, `2pm`), with whatever fields it gives.
  struct Partial: Equatable {
    var year: Int?
    var month: Int?
    var day: Int?
    var hour: Int?
    var minute: Int?

    /// Reads `text`, or `nil` when it is no date form (leading weekday names are skipped).
    init?(_ text: String, order: NumericOrder) {
      var words = Self.words(text)
      while let first = words.first, Self.isWeekday(first) { words.removeFirst() }
      if let time = Self.trailingTime(&words) {
        hour = time.hour
        minute = time.minute
      }
      guard words.count <= 3 else { return nil }
      let numbers = words.map(Self.dayOrYear)
      let months = words.map(Self.monthNumber)
      switch words.count {
      case 0:
        guard hour != nil else { return nil }
      case 1:
        if words[0].contains("/") {
          guard Self.readSlashes(words[0], order: order, into: &self) else { return nil }
        } else if let month = months[0] {
          self.month = month
        } else if let number = numbers[0] {
          if number.isYear { year = number.value } else { day = number.value }
        } else {
          return nil
        }
      case 2:
        // Jan 8, 8 Jan, Jan 2022, 8 2022 (a range's end: `Jan 8 - 10, 2022`).
        if let month = months[0], let number = numbers[1] {
          self.month = month
          if number.isYear { year = number.value } else { day = number.value }
        } else if let number = numbers[0], !number.isYear, let month = months[1] {
          day = number.value
          self.month = month
        } else if let number = numbers[0], !number.isYear, let year = numbers[1], year.isYear {
          day = number.value
          self.year = year.value
        } else {
          return nil
        }
      case 3:
        // Jan 8 2022, 8 Jan 2022.
        guard let year = numbers[2], year.isYear else { return nil }
        self.year = year.value
        if let month = months[0], let number = numbers[1], !number.isYear {
          self.month = month
          day = number.value
        } else if let number = numbers[0], !number.isYear, let month = months[1] {
          day = number.value
          self.month = month
        } else {
          return nil
        }
      default:
        return nil
      }
      if hour != nil, day == nil, !(year == nil && month == nil) { return nil }
    }

    /// Fills what this end leaves out from the other end of its range: a time alone takes
    /// the other's day; a date without a year takes its year (and its month, if it has a day
    /// but no month).
    mutating func complete(from other: Partial) {
      if year == nil, month == nil, day == nil {
        year = other.year
        month = other.month
        day = other.day
        return
      }
      if year == nil { year = other.year }
      if month == nil, day != nil { month = other.month }
    }

    /// The ISO 8601 text of the date, or `nil` while it lacks a year (or a day under a time).
    var isoText: String? {
      guard let year else { return nil }
      // A day needs its month, and a time its day.
      if (day != nil && month == nil) || (hour != nil && day == nil) { return nil }
      let wallClock = CivilDateTime(year: year, month: month ?? 1, day: day ?? 1, hour: hour ?? 0, minute: minute ?? 0)
      let precision: DatePrecision = hour != nil ? .minute : day != nil ? .day : month != nil ? .month : .year
      return CalendarFormatter.iso(WrittenDate(wallClock: wallClock, precision: precision))
    }

    /// The lowercased words of `text`, split at spaces and commas, with a final `.` dropped
    /// (`Jan.`).
    static func words(_ text: String) -> [String] {
      text.lowercased().split { $0 == " " || $0 == "," || $0 == "\t" }.map { word in
        word.hasSuffix(".") ? String(word.dropLast()) : String(word)
      }.filter { !$0.isEmpty }
    }

    /// The months' names as ``words(_:)`` gives them (lowercased), January first.
    static let monthWords = CalendarFormatter.monthNames.map { $0.lowercased() }

    /// 1–12 for a month's name or its first three letters (`sept` too), else `nil`.
    static func monthNumber(_ word: String) -> Int? {
      let word = word.lowercased()
      if word == "sept" { return 9 }
      guard word.count >= 3 else { return nil }
      return monthWords.firstIndex { $0 == word || ($0.hasPrefix(word) && word.count == 3) }.map { $0 + 1 }
    }

    /// Whether `word` (from ``words(_:)``) can be part of a date or a range: a month, a
    /// weekday, `to`, `am`, `pm`, or digits with date and time punctuation (`8th`, `10:30pm`,
    /// `01/07/2022`, `2022-01-05T10:00Z`, `-`).
    static func isDateWord(_ word: String) -> Bool {
      if startsDate(word) || ["to", "am", "pm"].contains(word) { return true }
      var core = Substring(word)
      for suffix in ["st", "nd", "rd", "th", "am", "pm"] where core.hasSuffix(suffix) {
        core = core.dropLast(2)
        break
      }
      return core.unicodeScalars.allSatisfy { "0123456789/:-–—.+tz".unicodeScalars.contains($0) }
    }

    /// Whether a date in words may start with `word`: a month or a weekday.
    static func startsDate(_ word: String) -> Bool {
      monthNumber(word) != nil || isWeekday(word)
    }

    static func isWeekday(_ word: String) -> Bool {
      let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
      let word = word.lowercased()
      return days.contains { $0 == word || ($0.hasPrefix(word) && word.count == 3) }
    }

    /// A day (1–2 digits, `8th` too) or a year (4 digits).
    private static func dayOrYear(_ word: String) -> (value: Int, isYear: Bool)? {
      var digits = Substring(word)
      for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
        digits = digits.dropLast(2)
        break
      }
      guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
      if digits.count == 4, digits.count == word.count { return (value, true) }
      return digits.count <= 2 ? (value, false) : nil
    }

    /// `MM/DD/YYYY` (or `DD/MM/YYYY`) and `MM/YYYY`, numbers as written: validation says
    /// what is out of range.
    private static func readSlashes(_ word: String, order: NumericOrder, into partial: inout Partial) -> Bool {
      let parts = word.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), let last = parts.last,
        last.count == 4, parts.dropLast().allSatisfy({ $0.count <= 2 })
      else { return false }
      partial.year = Int(last)
      switch parts.count {
      case 2:
        partial.month = Int(parts[0])
      case 3:
        let (month, day) = order == .monthFirst ? (parts[0], parts[1]) : (parts[1], parts[0])
        partial.month = Int(month)
        partial.day = Int(day)
      default:
        return false
      }
      return true
    }

    /// Removes a time from the end of `words`: `10:30`, `10am`, `10:30 pm`, `2pm`.
    private static func trailingTime(_ words: inout [String]) -> (hour: Int, minute: Int)? {
      guard var last = words.last else { return nil }
      var count = 1
      if last == "am" || last == "pm", words.count >= 2 {
        last = words[words.count - 2] + last
        count = 2
      }
      var meridiem: String?
      for suffix in ["am", "pm"] where last.hasSuffix(suffix) {
        meridiem = suffix
        last = String(last.dropLast(2))
      }
      let pieces = last.split(separator: ":", omittingEmptySubsequences: false)
      guard (1...2).contains(pieces.count), meridiem != nil || pieces.count == 2,
        pieces.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
        var hour = Int(pieces[0])
      else { return nil }
      let minute = pieces.count == 2 ? Int(pieces[1]) ?? 0 : 0
      if pieces.count == 2, pieces[1].count != 2 { return nil }
      if let meridiem {
        guard (1...12).contains(hour) else { return nil }
        hour = hour % 12 + (meridiem == "pm" ? 12 : 0)
      }
      guard hour <= 23, minute <= 59 else { return nil }
      words.removeLast(count)
      return (hour, minute)
    }
  }
}

extension Character {
  /// `0`–`9` only (not other scripts' digits).
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
