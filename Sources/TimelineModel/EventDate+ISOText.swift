import TimeAxis

extension EventDate {
  /// The date as an event file writes it (`2022-01-05`, `2022-01-05T10:30:15+06:00`, `-0043`),
  /// so a date built in code is checked by the same parser as one read from a file: a field
  /// out of range (month 13, 30 February, hour 25) gives text that parser refuses.
  var isoText: String {
    var text = DateDigits.year(year)
    guard let month else { return text }
    text += "-" + DateDigits.two(month)
    guard let day else { return text }
    text += "-" + DateDigits.two(day)
    guard let hour else { return text }
    text += "T" + DateDigits.two(hour) + ":" + DateDigits.two(minute ?? 0)
    if let second { text += ":" + DateDigits.two(second) }
    if let offset = utcOffsetMinutes {
      text +=
        offset == 0
        ? "Z"
        : (offset < 0 ? "-" : "+") + DateDigits.two(abs(offset) / 60) + ":"
          + DateDigits.two(abs(offset) % 60)
    }
    return text
  }
}
