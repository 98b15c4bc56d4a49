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
    var sentences: [String] = []
    let title = timeline.title ?? "Untitled"
    sentences.append(sentence("Timeline: \(title)" + (timeline.subtitle.map { " — " + $0 } ?? "")))
    guard let first = ordered.first.map({ names.spans[$0] }) else {
      sentences.append("It has no events yet.")
      return sentences.joined(separator: " ")
    }
    let dates = names.dates
    let count = ordered.count == 1 ? "1 event" : "\(ordered.count) events"
    let from = dates.point(first.event.time.start, approximate: false)
    let latestEnd = names.spans.map(\.event.time.end).max {
      zone.axisTime(wallClock: $0.start, utcOffsetMinutes: $0.utcOffsetMinutes)
        < zone.axisTime(wallClock: $1.start, utcOffsetMinutes: $1.utcOffsetMinutes)
    }
    let to = dates.point(latestEnd ?? first.event.time.end, approximate: false)
    sentences.append(from == to ? "On \(from), \(count)." : "From \(from) to \(to), \(count).")
    for position in ordered {
      sentences.append(sentence("\(names.names[position]): \(names.spans[position].event.title)"))
    }
    for period in timeline.periods {
      let when = dates.range(period.start, period.end, approximate: period.approximate)
      sentences.append(sentence("Period \(when): \(period.title)"))
    }
    if !timeline.context.isEmpty {
      sentences.append(
        sentence("Background: " + timeline.context.map(\.title).joined(separator: "; ")))
    }
    if let source = timeline.source, !source.isEmpty { sentences.append(source) }
    return sentences.joined(separator: " ")
  }

  /// `text` ended with a full stop, unless it already ends with one, a question or exclamation
  /// mark or an ellipsis (so "Is it over?" stays as written and "U.S." gets no second stop).
  static func sentence(_ text: String) -> String {
    guard let last = text.unicodeScalars.last, !".!?…".unicodeScalars.contains(last) else { return text }
    return text + "."
  }
}
