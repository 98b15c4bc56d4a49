import Foundation
import TimeAxis
import TimelineModel

/// A plain-language summary of a timeline, for alt text and the SVG `<desc>`: the title, the
/// span, how many events, and the events in order.
///
/// ```text
/// Timeline: Kazakhstan’s January 2022 protests. From 2 Jan 2022 to 10 Jan 2022, 8 events.
/// 2 Jan 2022: Protests break out over a sudden surge in LPG prices. ~2–9 Jan 2022: …
/// ```
public enum AltText {
  /// A plain-language summary of `timeline`: its title, the span of its dates and each event
  /// in date order, for an image's alt text (`timeline render --alt-text`).
  public static func summary(of timeline: Timeline) -> String {
    let timeline = TextSanitizer.cleaned(timeline.numberingEvents())
    return summary(ofCleaned: timeline, names: EventDateNames(timeline))
  }

  /// The summary of a timeline already cleaned (``TextSanitizer``), with its events' dates.
  static func summary(ofCleaned timeline: Timeline, names: EventDateNames) -> String {
    let zone = names.zone
    let ordered = names.spans.indices.map { (start: names.spans[$0].start, index: names.spans[$0].event.index, at: $0) }
      .sorted { $0.start != $1.start ? $0.start < $1.start : $0.index < $1.index }.map(\.at)
    // One string, appended to in place: for 10,000 events the summary is a megabyte, and
    // building each sentence apart and joining them cost as much again.
    var out = ""
    func add(_ text: String) {
      if !out.isEmpty { out += " " }
      out += text
    }
    let title = timeline.title ?? "Untitled"
    add(sentence("Timeline: \(title)" + (timeline.subtitle.map { " — " + $0 } ?? "")))
    guard let first = ordered.first.map({ names.spans[$0] }) else {
      add("It has no events yet.")
      return out
    }
    let dates = names.dates
    let count = ordered.count == 1 ? "1 event" : "\(ordered.count) events"
    let from = dates.point(first.event.time.start, approximate: false)
    var latestEnd: (date: EventDate, at: AxisTime)?
    for span in names.spans {
      let end = span.event.time.end
      let at = zone.axisTime(wallClock: end.start, utcOffsetMinutes: end.utcOffsetMinutes)
      if latestEnd.map({ at > $0.at }) ?? true { latestEnd = (end, at) }
    }
    let to = dates.point(latestEnd?.date ?? first.event.time.end, approximate: false)
    add(from == to ? "On \(from), \(count)." : "From \(from) to \(to), \(count).")
    out.reserveCapacity(out.utf8.count + ordered.count * 64)
    for position in ordered {
      let eventTitle = names.spans[position].event.title
      out += " "
      out += names.names[position]
      out += ": "
      out += eventTitle
      if needsStop(eventTitle.isEmpty ? " " : eventTitle) { out += "." }
    }
    for period in timeline.periods {
      let when = dates.range(period.start, period.end, approximate: period.approximate)
      add(sentence("Period \(when): \(period.title)"))
    }
    if !timeline.context.isEmpty {
      add(sentence("Background: " + timeline.context.map(\.title).joined(separator: "; ")))
    }
    if let source = timeline.source, !source.isEmpty { add(source) }
    return out
  }

  /// `text` ended with a full stop, unless it already ends with one, a question or exclamation
  /// mark or an ellipsis (so "Is it over?" stays as written and "U.S." gets no second stop).
  static func sentence(_ text: String) -> String {
    needsStop(text) ? text + "." : text
  }

  /// Whether `text` (not empty) ends without a full stop, question or exclamation mark or ellipsis.
  private static func needsStop(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    return !".!?…".unicodeScalars.contains(last)
  }
}
