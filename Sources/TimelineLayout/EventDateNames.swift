import TimeAxis
import TimelineModel

/// Every event's dates as a reader names them, with the year (`2–9 Jan 2022`, `since 5 Jan
/// 2022`), written once per layout: the alt text and the SVG regions (tooltips and
/// `aria-label`s) both name every event, and a 10,000-event timeline should not format its
/// dates twice.
///
/// The dates are read on an axis from the earliest start to the latest end, so a year is
/// written `AD 14` only when that stretch crosses the era.
struct EventDateNames {
  /// The timeline's zone, in which times are shown.
  let zone: DisplayZone
  /// The events' spans, in the timeline's order.
  let spans: [EventSpan]
  /// The formatter, for dates other than the events' own (periods, the alt text's extent).
  let dates: DateText
  /// Each event's dates, in the timeline's order.
  let names: [String]
  private let positionOfIndex: [Int: Int]

  init(_ timeline: Timeline) {
    let zone = DisplayZone(identifier: timeline.timezone) ?? .utc
    self.zone = zone
    spans = timeline.events.map { EventSpan(event: $0, zone: zone) }
    let first = spans.lazy.map(\.start).min() ?? 0
    let last = spans.lazy.map(\.end).max() ?? first
    let dates = DateText(formatter: CalendarFormatter(domain: first...max(first + 1, last), zone: zone))
    self.dates = dates
    let spans = spans
    names = spans.map { dates.of($0.event.time, approximate: $0.event.approximate) }
    var positions: [Int: Int] = [:]
    positions.reserveCapacity(spans.count)
    for position in spans.indices where positions[spans[position].event.index] == nil {
      positions[spans[position].event.index] = position
    }
    positionOfIndex = positions
  }

  /// The event whose ``Event/index`` is `index` (the first, if several share it), and its dates.
  func event(index: Int) -> (event: Event, when: String)? {
    guard let position = positionOfIndex[index] else { return nil }
    return (spans[position].event, names[position])
  }
}
