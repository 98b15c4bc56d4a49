import Foundation
import TimeAxis
import TimelineModel

/// Writes a timeline as the TSV the plain C comparison program (`Benchmarks/c-timeline`) reads,
/// so both programs draw the same events on the same canvas.
///
/// The first line is `WIDTH TAB HEIGHT TAB TITLE`; then one line per item:
/// `KIND TAB START TAB END TAB #RRGGBB TAB TITLE`, KIND being P (point), R (range) or B (a
/// period's band), times in seconds on the timeline's wall clock (``AxisTime``).
enum CComparisonInput {
  /// The colour of an event without a category colour.
  static let defaultColor = "#555555"

  static func tsv(_ timeline: Timeline, width: Int, height: Int) -> String {
    var colors: [String: String] = [:]
    for category in timeline.categories { colors[category.id] = category.color }
    var lines = ["\(width)\t\(height)\t\(clean(timeline.title ?? "Timeline"))"]
    lines.reserveCapacity(timeline.events.count + timeline.periods.count + 1)
    for period in timeline.periods {
      lines.append(
        "B\t\(Int(period.start.start.axisTime))\t\(Int(period.end.endExclusive.axisTime))\t#888888\t"
          + clean(period.title))
    }
    let last = timeline.events.map { $0.time.end.endExclusive.axisTime }.max() ?? 0
    for event in timeline.events {
      let color = event.category.flatMap { colors[$0] } ?? defaultColor
      let start = Int(event.time.start.start.axisTime)
      let line: String
      switch event.time {
      case .point:
        line = "P\t\(start)\t\(start)"
      case .range(_, let end):
        line = "R\t\(start)\t\(Int(end.endExclusive.axisTime))"
      case .ongoing:
        line = "R\t\(start)\t\(Int(last))"
      }
      lines.append("\(line)\t\(color)\t\(clean(event.title))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The text with tabs and line breaks turned into spaces.
  private static func clean(_ text: String) -> String {
    String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }
}
