import TextGrammar
import TimelineModel
import TimelineScene

/// The resolved geometry as JSON, for image maps and for checking layouts from outside.
///
/// ```json
/// {"canvas": {"width": 1600, "height": 881},
///  "events": [{"index": 0, "title": "…", "anchor": {"x": 253.5, "y": 447}, "label": {"x": …, "y": …,
///              "width": …, "height": …}, "cluster": null}],
///  "clusters": [{"id": 0, "label": {…}, "events": [3, 4, 5]}]}
/// ```
///
/// Pixels of the 1x image. `index` is the event's position in the input file; every event
/// has a label box (its own, shared with events on the same date, or its range bar's label)
/// or belongs to a cluster. `lines` are the label's text lines exactly as drawn (the date
/// first; a cluster's heading first) and `shortened` tells whether a title was cut with "…". Numbers are
/// written with two decimals, so the same layout gives the same text.
public enum LayoutExport {
  /// The geometry of `result` as the JSON shown above; `timeline` is the one laid out (its
  /// events give titles and indexes).
  public static func json(_ result: TimelineLayoutResult, timeline: Timeline) -> String {
    let timeline = timeline.numberingEvents()
    let geometry = result.geometry
    var singles: [Int: LayoutGeometry.PointLabel] = [:]
    var clusterOf: [Int: (id: Int, anchor: Point)] = [:]
    var clusters: [LayoutGeometry.PointLabel] = []
    for label in geometry.pointLabels {
      if let id = label.clusterID {
        clusters.append(label)
        for member in label.members { clusterOf[member] = (id, label.anchor) }
      } else {
        for member in label.members { singles[member] = label }
      }
    }
    var bars: [Int: LayoutGeometry.RangeBar] = [:]
    for bar in geometry.rangeBars { bars[bar.eventIndex] = bar }
    var events: [String] = []
    for event in timeline.events {
      let title = string(event.title)
      var anchor = "null"
      var label = "null"
      var cluster = "null"
      var lines = "[]"
      var shortened = "false"
      if let single = singles[event.index] {
        anchor = point(single.anchor)
        label = rect(single.textBox)
        lines = strings(single.lines)
        shortened = single.shortened ? "true" : "false"
      } else if let bar = bars[event.index] {
        anchor = point(Point(x: bar.bar.minX, y: bar.bar.midY))
        label = rect(bar.label)
        lines = strings(bar.lines)
        shortened = bar.shortened ? "true" : "false"
      } else if let member = clusterOf[event.index] {
        anchor = point(member.anchor)
        cluster = "\(member.id)"
      }
      events.append(
        "    {\"index\": \(event.index), \"title\": \(title), \"anchor\": \(anchor), \"label\": \(label), "
          + "\"lines\": \(lines), \"shortened\": \(shortened), \"cluster\": \(cluster)}")
    }
    let clusterLines = clusters.sorted { ($0.clusterID ?? 0) < ($1.clusterID ?? 0) }.map { label in
      "    {\"id\": \(label.clusterID ?? 0), \"heading\": \(string(label.heading ?? "")), \"label\": \(rect(label.textBox)), "
        + "\"lines\": \(strings(label.lines)), \"shortened\": \(label.shortened), "
        + "\"events\": [\(label.members.map(String.init).joined(separator: ", "))]}"
    }
    return """
      {
        "canvas": {"width": \(number(geometry.canvas.width)), "height": \(number(geometry.canvas.height))},
        "events": [
      \(events.joined(separator: ",\n"))
        ],
        "clusters": [
      \(clusterLines.joined(separator: ",\n"))
        ]
      }

      """
  }

  static func number(_ value: Double) -> String { DecimalText.hundredths(value, .twoUnlessWhole) }

  static func point(_ p: Point) -> String { "{\"x\": \(number(p.x)), \"y\": \(number(p.y))}" }

  static func rect(_ r: Rect) -> String {
    "{\"x\": \(number(r.x)), \"y\": \(number(r.y)), \"width\": \(number(r.width)), \"height\": \(number(r.height))}"
  }

  /// A JSON array of string literals.
  static func strings(_ texts: [String]) -> String { "[" + texts.map(string).joined(separator: ", ") + "]" }

  /// A JSON string literal (see ``JSONString``).
  static func string(_ text: String) -> String { JSONString.quoted(text) }
}
