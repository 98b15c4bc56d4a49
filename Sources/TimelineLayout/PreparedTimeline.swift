import TimeAxis
import TimelineModel

/// A timeline's dates on the axis, worked out once for every layout: each event's span and
/// anchor (ongoing ranges run to the latest date anything else reaches), each period's span,
/// and the extent they cover.
struct PreparedTimeline {
  let zone: DisplayZone
  var events: [EventSpan]
  let periods: [(start: AxisTime, end: AxisTime)]
  /// From the earliest start to the latest end (a year of 2000 when nothing is dated).
  let extent: ClosedRange<AxisTime>

  init(_ timeline: Timeline) {
    zone = DisplayZone(identifier: timeline.timezone) ?? .utc
    let zone = zone
    var events = timeline.events.map { EventSpan(event: $0, zone: zone) }
    periods = timeline.periods.map {
      (
        start: zone.axisTime(wallClock: $0.start.start, utcOffsetMinutes: $0.start.utcOffsetMinutes),
        end: zone.axisTime(wallClock: $0.end.endExclusive, utcOffsetMinutes: $0.end.utcOffsetMinutes)
      )
    }
    // An ongoing range runs to the latest date anything else reaches (at least its own day).
    let latestKnown = (events.filter { !$0.isOngoing }.map(\.end) + periods.map(\.end)).max()
    for index in events.indices where events[index].isOngoing {
      events[index].end = max(events[index].end, latestKnown ?? events[index].end)
    }
    self.events = events
    let starts = events.map(\.start) + periods.map(\.start)
    let ends = events.map(\.end) + periods.map(\.end)
    extent =
      if let lo = starts.min(), let hi = ends.max(), hi >= lo { lo...hi } else {
        CivilDateTime(year: 2000).axisTime...CivilDateTime(year: 2001).axisTime
      }
  }

  /// Nothing dated at all.
  var isEmpty: Bool { events.isEmpty && periods.isEmpty }

  /// What events and periods cover, for choosing axis breaks.
  var intervals: [ClosedRange<AxisTime>] {
    events.map { $0.start...max($0.start, $0.end) } + periods.map { $0.start...max($0.start, $0.end) }
  }

  /// The latest point event's anchor: the axis keeps room after it for its label.
  var lastAnchor: AxisTime? { events.filter { !$0.isRange }.map(\.anchor).max() }

  /// Labels name the year only when the dates themselves span more than one (the axis's
  /// padding into a neighbouring year does not count).
  var spansYears: Bool {
    zone.civil(at: extent.lowerBound).year
      != zone.civil(at: max(extent.lowerBound, extent.upperBound - 1)).year
  }
}
