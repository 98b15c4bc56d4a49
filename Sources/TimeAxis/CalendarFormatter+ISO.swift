extension CalendarFormatter {
  /// `date` as an event file writes it, to its precision: `-0043`, `2022-01`, `2022-01-05`,
  /// `2022-01-05T10:30`, `2022-01-05T10:30:15+06:00`, with `Z` for offset 0.
  ///
  /// Fields out of range (month 13, hour 25) are written as they are, so that the event
  /// parser refuses the text.
  public static func iso(_ date: WrittenDate) -> String {
    let d = date.wallClock
    var text = DateDigits.year(d.year)
    guard date.precision >= .month else { return text }
    text += "-" + DateDigits.two(d.month)
    guard date.precision >= .day else { return text }
    text += "-" + DateDigits.two(d.day)
    guard date.precision >= .minute else { return text }
    text += "T" + clock(d, seconds: date.precision >= .second)
    if let offset = date.utcOffsetMinutes { text += offset == 0 ? "Z" : utcOffset(seconds: offset * 60) }
    return text
  }

  /// The UTC date and time of `instant` to the second: `2022-01-05T10:30:15Z`.
  public static func isoInstant(_ instant: AxisTime) -> String {
    iso(WrittenDate(wallClock: CivilDateTime(axisTime: instant), precision: .second, utcOffsetMinutes: 0))
  }

  /// A wall-clock time: `06:00`, or `06:00:30` with `seconds`.
  public static func clock(_ d: CivilDateTime, seconds: Bool) -> String {
    DateTextWriter.text { writeClock(d, seconds: seconds, into: &$0) }
  }

  /// Writes ``clock(_:seconds:)``'s text, for every time of day the formatter writes.
  static func writeClock(_ d: CivilDateTime, seconds: Bool, into writer: inout DateTextWriter) {
    writer.append(number: d.hour, digits: 2)
    writer.append(UInt8(ascii: ":"))
    writer.append(number: d.minute, digits: 2)
    guard seconds else { return }
    writer.append(UInt8(ascii: ":"))
    writer.append(number: d.second, digits: 2)
  }

  /// An offset from UTC: `+02:00`, `-05:00`, `+05:45` (whole minutes; seconds are dropped).
  public static func utcOffset(seconds: Int) -> String {
    DateTextWriter.text { writeUTCOffset(negative: seconds < 0, minutes: abs(seconds) / 60, into: &$0) }
  }

  /// Writes an offset of `minutes` east (or, when `negative`, west) of UTC: `+05:45`, for
  /// every offset the formatter writes.
  static func writeUTCOffset(negative: Bool, minutes: Int, into writer: inout DateTextWriter) {
    writer.append(UInt8(ascii: negative ? "-" : "+"))
    writer.append(number: minutes / 60, digits: 2)
    writer.append(UInt8(ascii: ":"))
    writer.append(number: minutes % 60, digits: 2)
  }

  /// A clock change as a person says it: `1 hour`, `2 hours`, `30 minutes`, `1:15 hours`.
  public static func duration(seconds: Int) -> String {
    let minutes = seconds / 60
    if minutes % 60 != 0 {
      return minutes < 60 ? "\(minutes) minutes" : "\(minutes / 60):\(DateDigits.two(minutes % 60)) hours"
    }
    return minutes == 60 ? "1 hour" : "\(minutes / 60) hours"
  }
}
