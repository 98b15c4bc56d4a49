import TimeAxis

extension EventDate {
  /// The date as an event file writes it (`2022-01-05`, `2022-01-05T10:30:15+06:00`, `-0043`),
  /// so a date built in code is checked by the same parser as one read from a file: a field
  /// out of range (month 13, 30 February, hour 25) gives text that parser refuses. Written by
  /// ``CalendarFormatter/iso(_:)`` from ``written``.
  public var isoText: String { CalendarFormatter.iso(written) }
}
