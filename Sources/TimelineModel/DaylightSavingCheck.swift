import TimeAxis

/// The warning for a wall-clock time that the timeline's zone skipped or showed twice.
///
/// Such times are read with the "compatible" policy of ``LocalTimeResolution`` (a skipped time
/// moves forward by the gap, a repeated one is the first of the two), and said so:
///
/// ```text
/// warning: x.yaml:4:11: events[0].date: "2022-03-27T02:30" never happened in Europe/Berlin (the clocks
///   went forward 1 hour at 02:00); it is read as 2022-03-27T03:30+02:00
/// ```
///
/// Only times with a clock reading and no offset are checked: a day covers whatever part of it
/// existed, and a time with `Z` or `±hh:mm` names its instant.
enum DaylightSavingCheck {
  static func warning(for date: EventDate, in zone: DisplayZone) -> String? {
    guard date.utcOffsetMinutes == nil, date.precision >= .minute, !zone.hasFixedOffset else { return nil }
    let resolution = zone.resolve(date.start)
    let written = "\"\(isoText(date.start, seconds: date.second != nil))\""
    let shift = CalendarFormatter.duration(seconds: resolution.shiftSeconds)
    switch resolution.kind {
    case .unique:
      return nil
    case .skipped:
      // The clocks jumped at the last change before the time it is read as.
      let change = zone.transition(after: resolution.instant - 86_400, before: resolution.instant) ?? resolution.instant
      let gapStart = CivilDateTime(axisTime: zone.wallSeconds(at: change) - Double(resolution.shiftSeconds))
      let read = isoText(zone.civil(at: resolution.instant), seconds: date.second != nil)
      return "\(written) never happened in \(zone.identifier) (the clocks went forward \(shift) at "
        + "\(CalendarFormatter.clock(gapStart, seconds: false))); it is read as \(read)"
        + CalendarFormatter.utcOffset(seconds: resolution.offsetSeconds)
    case .repeated:
      let later = resolution.offsetSeconds - resolution.shiftSeconds
      return "\(written) happened twice in \(zone.identifier) (the clocks went back \(shift)); the first, "
        + "at \(CalendarFormatter.utcOffset(seconds: resolution.offsetSeconds)), is used (write "
        + "\(CalendarFormatter.utcOffset(seconds: later)) for the second)"
    }
  }

  /// A wall-clock reading as the file wrote it, to the minute or the second.
  static func isoText(_ d: CivilDateTime, seconds: Bool) -> String {
    CalendarFormatter.iso(WrittenDate(wallClock: d, precision: seconds ? .second : .minute))
  }
}
