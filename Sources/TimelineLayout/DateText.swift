import TimeAxis
import TimelineModel

/// The event model's dates through the ``CalendarFormatter``, which writes them: `5 Jan`,
/// `2–9 Jan`, `Jan 2022`, `44 BC`, `5 Jan 14:30`, `since 5 Jan 2022`, with a leading `~` for
/// approximate dates, times shown in the timeline's zone as the axis places them.
struct DateText {
  /// The formatter, with the timeline's zone and whether dates name their year.
  var formatter: CalendarFormatter

  func point(_ date: EventDate, approximate: Bool) -> String {
    formatter.point(date.written, approximate: approximate)
  }

  /// The dates of an event as its label shows them: a date, a range, or "since …".
  func of(_ time: EventTime, approximate: Bool) -> String {
    switch time {
    case .point(let date): formatter.point(date.written, approximate: approximate)
    case .range(let start, let end): formatter.range(start.written, end.written, approximate: approximate)
    case .ongoing(let start): formatter.since(start.written, approximate: approximate)
    }
  }

  func range(_ start: EventDate, _ end: EventDate, approximate: Bool) -> String {
    formatter.range(start.written, end.written, approximate: approximate)
  }

  /// The stretch from `start` to `end` at the coarsest level that tells them apart.
  func span(_ start: EventDate, _ end: EventDate, approximate: Bool) -> String {
    formatter.span(start.written, end.written, approximate: approximate)
  }
}
