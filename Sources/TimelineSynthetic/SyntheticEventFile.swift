import TimelineModel

/// Writes generated timelines as YAML event files, for batch tests and benchmarks.
///
/// ```swift
/// var rng = SplitMix64(seed: 7)
/// let yaml = SyntheticEventFile.yaml(SyntheticTimeline.make(events: 9, using: &rng))
/// ```
///
/// Only what the generator produces is written: title, subtitle, source, categories,
/// periods, and events with a date or a start and end, a category and `approximate`.
public enum SyntheticEventFile {
  public static func yaml(_ timeline: Timeline) -> String {
    var lines: [String] = []
    if let title = timeline.title { lines.append("title: \(quoted(title))") }
    if let subtitle = timeline.subtitle { lines.append("subtitle: \(quoted(subtitle))") }
    if let source = timeline.source { lines.append("source: \(quoted(source))") }
    if !timeline.categories.isEmpty {
      lines.append("categories:")
      for category in timeline.categories {
        lines.append("  - { id: \(quoted(category.id)), label: \(quoted(category.label)) }")
      }
    }
    if !timeline.periods.isEmpty {
      lines.append("periods:")
      for period in timeline.periods {
        lines.append("  - start: \(text(period.start))")
        lines.append("    end: \(text(period.end))")
        lines.append("    title: \(quoted(period.title))")
      }
    }
    lines.append("events:")
    for event in timeline.events {
      switch event.time {
      case .point(let date):
        lines.append("  - date: \(text(date))")
      case .range(let start, let end):
        lines.append("  - start: \(text(start))")
        lines.append("    end: \(text(end))")
      case .ongoing(let start):
        lines.append("  - start: \(text(start))")
        lines.append("    end: ongoing")
      }
      lines.append("    title: \(quoted(event.title))")
      if let category = event.category { lines.append("    category: \(quoted(category))") }
      if event.approximate { lines.append("    approximate: true") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A date as the event file format spells it: `2022-01-05`, `1989-11-09T22:45`, `-0043`.
  static func text(_ date: EventDate) -> String { "\"" + date.isoText + "\"" }

  /// A double-quoted YAML string: a JSON string literal is one.
  static func quoted(_ value: String) -> String { JSONString.quoted(value) }
}
