import TimeAxis
import TimelineModel

/// Short human dates for labels: `5 Jan`, `2–9 Jan`, `Jan 2022`, `44 BC`, `5 Jan 14:30`.
///
/// The year is added only when `showYear` is set (the axis covers more than one year) or the
/// date has no finer field. Approximate dates get a leading `~`. A time is shown in the
/// timeline's zone as the axis places it: `2022-03-27T00:30Z` reads 01:30 in Berlin, and
/// `2022-03-27T02:30`, which Berlin's clocks skipped, reads 03:30. A time in an hour the
/// clocks showed twice carries its offset (`30 Oct 02:30 +02:00`, `30 Oct 02:30 +01:00`).
struct DateText {
  var showYear: Bool
  var labeler: TickLabeler
  /// The timeline's zone, in which times are shown.
  var zone: DisplayZone = .utc

  func point(_ date: EventDate, approximate: Bool) -> String {
    (approximate ? "~" : "") + text(local(date))
  }

  /// `date` as wall-clock time in ``zone``, as the axis places it: a time written with an
  /// offset is converted, and one in a daylight-saving gap reads as the time it moved to
  /// (`2022-03-27T02:30` in Berlin reads 03:30). Only a reading the clock showed twice keeps
  /// an offset, which the label shows (`30 Oct 02:30 +01:00` for the second 02:30).
  func local(_ date: EventDate) -> EventDate {
    guard date.precision >= .minute else { return date }
    let instant = zone.axisTime(wallClock: date.start, utcOffsetMinutes: date.utcOffsetMinutes)
    let wall = zone.civil(at: instant)
    let repeated = zone.resolve(wall).kind == .repeated
    return EventDate(
      year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute,
      second: date.second == nil ? nil : wall.second,
      utcOffsetMinutes: repeated ? zone.offsetSeconds(at: instant) / 60 : nil)
  }

  /// The dates of an event as its label shows them: a date, a range, or "since …".
  func of(_ time: EventTime, approximate: Bool) -> String {
    switch time {
    case .point(let date): point(date, approximate: approximate)
    case .range(let start, let end): range(start, end, approximate: approximate)
    case .ongoing(let start): "since " + point(start, approximate: approximate)
    }
  }

  func range(_ start: EventDate, _ end: EventDate, approximate: Bool) -> String {
    let start = local(start)
    let end = local(end)
    let prefix = approximate ? "~" : ""
    // A range that starts and ends at the same moment reads as that moment ("10:00", not
    // "10:00–10:00").
    if start == end { return prefix + text(start) }
    if start.precision == .day, end.precision == .day, start.year == end.year, start.month == end.month,
      let a = start.day, let b = end.day
    {
      return prefix + (a == b ? text(start) : "\(a)–\(b) \(monthTail(start))")
    }
    if start.precision == .year, end.precision == .year {
      if start.year <= 0, end.year <= 0 { return prefix + "\(1 - start.year)–\(1 - end.year) BC" }
      return prefix + "\(labeler.yearText(start.year))–\(labeler.yearText(end.year))"
    }
    if start.precision >= .minute, end.precision >= .minute, start.year == end.year, start.month == end.month,
      start.day == end.day
    {
      return prefix + "\(text(start))–\(clock(end))"
    }
    return prefix + "\(text(start)) – \(text(end))"
  }

  /// The stretch from `start` to `end` at the coarsest level that tells them apart:
  /// `2016–2017`, `Jan–Mar 2022`, `2–9 Jan`, or one date when they are the same.
  func span(_ start: EventDate, _ end: EventDate, approximate: Bool) -> String {
    let start = local(start)
    let end = local(end)
    let prefix = approximate ? "~" : ""
    if start == end { return point(start, approximate: approximate) }
    if start.year != end.year {
      if start.year <= 0, end.year <= 0 { return prefix + "\(1 - start.year)–\(1 - end.year) BC" }
      return prefix + "\(labeler.yearText(start.year))–\(labeler.yearText(end.year))"
    }
    if start.month == 1, end.month == 12 { return prefix + labeler.yearText(start.year) }
    if start.month != end.month, let a = start.month, let b = end.month {
      let first = TickLabeler.monthNames[a - 1].prefix(3)
      let last = TickLabeler.monthNames[b - 1].prefix(3)
      return prefix + "\(first)–\(last) \(labeler.yearText(start.year))"
    }
    return range(start, end, approximate: approximate)
  }

  private func monthTail(_ date: EventDate) -> String {
    let month = TickLabeler.monthNames[(date.month ?? 1) - 1].prefix(3)
    return showYear ? "\(month) \(labeler.yearText(date.year))" : String(month)
  }

  private func text(_ date: EventDate) -> String {
    let year = labeler.yearText(date.year)
    guard let month = date.month else { return year }
    let monthName = TickLabeler.monthNames[month - 1]
    guard let day = date.day else { return "\(monthName.prefix(3)) \(year)" }
    var out = "\(day) \(monthTail(date))"
    if date.hour != nil { out += " " + clock(date) }
    return out
  }

  private func clock(_ date: EventDate) -> String {
    var out = "\(DateDigits.two(date.hour ?? 0)):\(DateDigits.two(date.minute ?? 0))"
    if let second = date.second { out += ":\(DateDigits.two(second))" }
    if let offset = date.utcOffsetMinutes {
      out += " \(offset < 0 ? "-" : "+")\(DateDigits.two(abs(offset) / 60)):\(DateDigits.two(abs(offset) % 60))"
    }
    return out
  }
}
