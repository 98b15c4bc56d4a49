import TimeAxis

/// The date part of a Markwhen event line, in the forms Markwhen documents, as the ISO 8601
/// text event files use.
///
/// ```text
/// 2022-01-08                 2022-01-08 (ISO and EDTF, as written)
/// 2022-01-02/2022-01-09      a range (EDTF: a slash after an ISO date)
/// 2022                       a year
/// 01/08/2022                 8 January 2022: month first, as Markwhen reads it by default;
///                            a header `dateFormat: d/M/y` puts the day first
/// 01/2022                    January 2022
/// Jan 8 2022, January 8, 2022, 8 Jan 2022, Saturday, 8th January 2022
/// January 2022, Jan 2022
/// Jan 8 2022 10:30, Jan 8 2022 10am, 8 Jan 2022 2:15pm
/// START - END, START – END, START to END
/// January 3 - April 6 2022   the start takes the year (and month) it leaves out from the end
/// 8 - 10 Jan 2022, Jan 8 2022 10am - 2pm
/// ```
///
/// A part that starts with a digit is always an event's date: if it fits none of the forms it
/// goes to validation as written, which reports it. A part that starts with a month name and
/// fits none of them is not read; ``unreadWarning(_:)`` says so.
enum MarkwhenDates {
  /// A line's dates: the start and, for a range, the end (ISO text, or a word such as `now`
  /// as written), with the column (from 1, within the date part) where the end is written.
  struct Reading: Equatable {
    var start: String
    var end: String?
    var endColumn: Int
  }

  /// How numeric dates like `01/07/2022` are read.
  enum NumericOrder: Equatable {
    /// `MM/DD/YYYY`, Markwhen's default.
    case monthFirst
    /// `DD/MM/YYYY`, after a header `dateFormat: d/M/y`.
    case dayFirst

    /// The order a `dateFormat` header value asks for: day first when it starts with `d`.
    init(header value: String) {
      self = value.trimmedSpaces.lowercased().hasPrefix("d") ? .dayFirst : .monthFirst
    }
  }

  /// The dates written in `when` (the text before an event line's colon), or `nil` when it
  /// is not an event's date part.
  static func read(_ when: String, order: NumericOrder) -> Reading? {
    let when = when.trimmedSpaces
    guard let first = when.first else { return nil }
    if isISO(when) { return Reading(start: when, end: nil, endColumn: 1) }
    // No date form is this long; trying every separator of a long line would cost its square.
    let startsWithDigit = first.isNumber || first == "-"
    guard when.utf8.count <= maximumLength else { return startsWithDigit ? asWritten(when) : nil }
    // Prose before a colon is no date: only a digit, a month or a weekday starts one, and
    // every word is a date's.
    let words = Partial.words(when)
    guard startsWithDigit || words.first.map(Partial.startsDate) == true else { return nil }
    guard words.allSatisfy(Partial.isDateWord) else { return startsWithDigit ? asWritten(when) : nil }
    // EDTF takes precedence, as in Markwhen: a slash after an ISO date makes a range.
    if let slash = when.firstIndex(of: "/"), isISO(String(when[..<slash]).trimmedSpaces) {
      return Reading(
        start: String(when[..<slash]).trimmedSpaces, end: String(when[when.index(after: slash)...]).trimmedSpaces,
        endColumn: when.distance(from: when.startIndex, to: slash) + 2)
    }
    if let range = range(when, order: order) { return range }
    if let single = Partial(when, order: order), let text = single.isoText { return Reading(start: text, endColumn: 1) }
    return startsWithDigit ? asWritten(when) : nil
  }

  /// A warning for a line that is not an event but starts like one, or `nil`: a month name
  /// and a number before a colon, or a day's date with no colon after it.
  static func unreadWarning(_ line: String) -> String? {
    guard
      let colon = line.firstRange(of: ": ")?.lowerBound
        ?? (line.hasSuffix(":") ? line.index(before: line.endIndex) : nil)
    else {
      guard let date = leadingDay(line) else { return nil }
      return "the line starts with the date \"\(date)\" but has no colon after it, so it is kept as description "
        + "text (write \"\(date): title\" for an event)"
    }
    let when = String(line[..<colon]).trimmedSpaces
    guard when.utf8.count <= maximumLength, when.utf8.contains(where: { (48...57).contains($0) }),
      let head = Partial.words(String(when.prefix(12))).first, Partial.startsDate(head)
    else { return nil }
    return "\"\(when)\" looks like a date but is not one this tool reads (write 2022-01-08, 01/08/2022, "
      + "Jan 8 2022, 8 Jan 2022 or January 2022, and ranges with -, – or to); the line is kept as description text"
  }

  /// The first one to three words of `line` when they are a date to the day (`2022-01-08`,
  /// `01/08/2022`, `8 Jan 2022`); a year or a month alone begins ordinary prose too often.
  private static func leadingDay(_ line: String) -> String? {
    let words = line.prefix(maximumLength).split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
    guard let head = words.first,
      head.first?.isNumber == true || Partial.words(String(head)).first.map(Partial.startsDate) == true
    else { return nil }
    for count in stride(from: min(3, words.count), through: 1, by: -1) {
      let text = words.prefix(count).joined(separator: " ")
      let candidate = text.hasSuffix(",") ? String(text.dropLast()) : text
      if let date = try? EventDate(parsing: candidate), date.day != nil { return candidate }
      if let partial = Partial(candidate, order: .monthFirst), partial.day != nil, partial.isoText != nil {
        return candidate
      }
    }
    return nil
  }

  /// The longest date part tried against the forms, in bytes (the longest form,
  /// `Wednesday, 21st September 2022 10:30 pm to Thursday, 22nd September 2022 11:30 pm`,
  /// is 83).
  static let maximumLength = 120

  /// The most places a range is tried at (`2031-11-19T01:35:10Z-2099-08-04T18:22:48Z` takes 6).
  static let maximumRangeTries = 16

  /// An ISO 8601 date as event files write it.
  private static func isISO(_ text: String) -> Bool {
    (try? EventDate(parsing: text)) != nil
  }

  /// The separators of a range, tried in this order at each place they occur.
  private static let separators = [" to ", " – ", " — ", " - ", "–", "—", "-"]

  /// `START - END` (or `–`, `to`) where both ends are dates; the start may leave out what
  /// the end says (`January 3 - April 6 2022`, `8 - 10 Jan 2022`).
  private static func range(_ when: String, order: NumericOrder) -> Reading? {
    // A few tries find any range a person writes; a part full of dashes is none.
    guard when.utf8.count(where: { $0 == UInt8(ascii: "-") }) <= maximumRangeTries / 2 else { return nil }
    var tries = 0
    for separator in separators {
      var searchStart = when.startIndex
      while tries < maximumRangeTries, let found = when[searchStart...].firstRange(of: separator) {
        tries += 1
        searchStart = found.upperBound
        let left = String(when[..<found.lowerBound]).trimmedSpaces
        let right = String(when[found.upperBound...]).trimmedSpaces
        guard !left.isEmpty, !right.isEmpty else { continue }
        let endText: String?
        var end = isISO(right) ? nil : Partial(right, order: order)
        var start = isISO(left) ? nil : Partial(left, order: order)
        if isISO(right) {
          endText = right
        } else if var partial = end {
          if let startPartial = start { partial.complete(from: startPartial) }
          end = partial
          endText = partial.isoText
        } else {
          continue
        }
        let startText: String?
        if isISO(left) {
          startText = left
        } else if var partial = start {
          if let end { partial.complete(from: end) }
          start = partial
          startText = partial.isoText
        } else {
          continue
        }
        guard let startText, let endText else { continue }
        let column = when.distance(from: when.startIndex, to: found.upperBound) + 1
        let leading = right.isEmpty ? 0 : when[found.upperBound...].prefix { $0 == " " }.count
        return Reading(start: startText, end: endText, endColumn: column + leading)
      }
    }
    return nil
  }

  /// The old reading of a part that starts with a digit but fits no form: split at `/` or
  /// ` - ` and left to validation, which says what is wrong.
  private static func asWritten(_ when: String) -> Reading {
    if let slash = when.firstIndex(of: "/") {
      return Reading(
        start: String(when[..<slash]).trimmedSpaces, end: String(when[when.index(after: slash)...]).trimmedSpaces,
        endColumn: when.distance(from: when.startIndex, to: slash) + 2)
    }
    if let dash = when.firstRange(of: " - ") {
      return Reading(
        start: String(when[..<dash.lowerBound]).trimmedSpaces, end: String(when[dash.upperBound...]).trimmedSpaces,
        endColumn: when.distance(from: when.startIndex, to: dash.upperBound) + 1)
    }
    return Reading(start: when, end: nil, endColumn: 1)
  }
}
