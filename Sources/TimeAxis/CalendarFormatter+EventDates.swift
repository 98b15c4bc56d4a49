extension CalendarFormatter {
  /// `date` on ``zone``'s wall clock, as the axis places it: a time written with an offset is
  /// converted, and one in a daylight-saving gap reads as the time it moved to
  /// (`2022-03-27T02:30` in Berlin reads 03:30). Only a reading the clock showed twice keeps
  /// an offset, which the texts show (`30 Oct 02:30 +01:00` for the second 02:30). Dates
  /// without a time are returned as they are.
  public func local(_ date: WrittenDate) -> WrittenDate {
    guard date.precision >= .minute else { return date }
    let instant = zone.axisTime(wallClock: date.wallClock, utcOffsetMinutes: date.utcOffsetMinutes)
    var wall = zone.civil(at: instant)
    let repeated = !zone.hasFixedOffset && zone.resolve(wall).kind == .repeated
    if date.precision < .second { wall.second = 0 }
    return WrittenDate(
      wallClock: wall, precision: date.precision,
      utcOffsetMinutes: repeated ? zone.offsetSeconds(at: instant) / 60 : nil)
  }

  /// A date as a label shows it, in ``zone``: `5 Jan 2022`, `Jan 2022`, `44 BC`,
  /// `5 Jan 14:30`, with a leading `~` when `approximate`. The year of a date finer than a
  /// year is written only when ``showsYear``.
  public func point(_ date: WrittenDate, approximate: Bool) -> String {
    (approximate ? "~" : "") + text(local(date))
  }

  /// An open-ended stretch: `since 5 Jan 2022`.
  public func since(_ start: WrittenDate, approximate: Bool) -> String {
    "since " + point(start, approximate: approximate)
  }

  /// A stretch from `start` to `end` (both included), sharing what they share: `2–9 Jan`,
  /// `490–479 BC`, `5 Jan 10:00–12:30`, `5 Jan – 3 Mar`; one date when they are the same.
  public func range(_ start: WrittenDate, _ end: WrittenDate, approximate: Bool) -> String {
    let start = local(start)
    let end = local(end)
    let prefix = approximate ? "~" : ""
    // A range that starts and ends at the same moment reads as that moment ("10:00", not
    // "10:00–10:00").
    if start == end { return prefix + text(start) }
    let a = start.wallClock
    let b = end.wallClock
    if start.precision == .day, end.precision == .day, a.year == b.year, a.month == b.month {
      return prefix + (a.day == b.day ? text(start) : String(a.day) + "–" + String(b.day) + " " + monthTail(a))
    }
    if start.precision == .year, end.precision == .year { return prefix + years(a.year, b.year) }
    if start.precision >= .minute, end.precision >= .minute, a.year == b.year, a.month == b.month, a.day == b.day {
      return prefix + text(start) + "–" + clock(end)
    }
    return prefix + text(start) + " – " + text(end)
  }

  /// The stretch from `start` to `end` at the coarsest level that tells them apart:
  /// `2016–2017`, `Jan–Mar 2022`, `2–9 Jan`, or one date when they are the same.
  public func span(_ start: WrittenDate, _ end: WrittenDate, approximate: Bool) -> String {
    let start = local(start)
    let end = local(end)
    let prefix = approximate ? "~" : ""
    if start == end { return point(start, approximate: approximate) }
    if start.year != end.year { return prefix + years(start.year, end.year) }
    if start.month == 1, end.month == 12 { return prefix + year(start.year) }
    if start.month != end.month, let a = start.month, let b = end.month {
      return prefix + Self.shortMonthNames[a - 1] + "–" + Self.shortMonthNames[b - 1] + " " + year(start.year)
    }
    return range(start, end, approximate: approximate)
  }

  /// A local date's text without prefix: `44 BC`, `Jan 2022`, `5 Jan 2022 14:30`.
  private func text(_ date: WrittenDate) -> String {
    DateTextWriter.text { writer in
      let d = date.wallClock
      guard date.precision >= .day else {
        if date.precision == .month {
          writer.append(Self.shortMonthNames[d.month - 1])
          writer.append(UInt8(ascii: " "))
        }
        return write(year: d.year, into: &writer)
      }
      writer.append(number: d.day)
      writer.append(UInt8(ascii: " "))
      writeMonthTail(d, into: &writer)
      guard date.precision >= .minute else { return }
      writer.append(UInt8(ascii: " "))
      writeClock(date, into: &writer)
    }
  }

  /// The month after a day: `Jan 2022`, or `Jan` unless ``showsYear``.
  private func monthTail(_ d: CivilDateTime) -> String {
    DateTextWriter.text { writeMonthTail(d, into: &$0) }
  }

  private func writeMonthTail(_ d: CivilDateTime, into writer: inout DateTextWriter) {
    writer.append(Self.shortMonthNames[d.month - 1])
    guard showsYear else { return }
    writer.append(UInt8(ascii: " "))
    write(year: d.year, into: &writer)
  }

  /// A local time with its seconds when written and its offset when kept:
  /// `14:30`, `14:30:15`, `02:30 +01:00`.
  private func clock(_ date: WrittenDate) -> String {
    DateTextWriter.text { writeClock(date, into: &$0) }
  }

  private func writeClock(_ date: WrittenDate, into writer: inout DateTextWriter) {
    Self.writeClock(date.wallClock, seconds: date.precision == .second, into: &writer)
    guard let offset = date.utcOffsetMinutes else { return }
    writer.append(UInt8(ascii: " "))
    Self.writeUTCOffset(negative: offset < 0, minutes: abs(offset), into: &writer)
  }
}
