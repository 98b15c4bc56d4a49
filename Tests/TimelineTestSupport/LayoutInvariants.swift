import TimelineLayout
import TimelineModel
import TimelineScene

/// The geometric promises of the layout engine, checked on a finished layout.
///
/// Returns a description of every violation; an empty list means the layout keeps them all:
/// - no two occupied rectangles (labels, bars, outside bar labels, texts) overlap;
/// - everything, stems and scene items included, lies inside the canvas;
/// - every event appears exactly once: as a point label, in a cluster, or as a bar;
/// - point anchors run left to right: an event that ends before another begins is not to its right;
/// - no leader passes through another label's text or a range bar's label, and leaders that
///   bend in one zone never cross, except for labels that the layout itself flags with
///   `crossesStems` (``crossingLabels`` counts those);
/// - no thin vertical rule (a period band's edge) runs through a line of text;
/// - every coordinate in the scene is finite;
/// - a cluster's heading is drawn whole.
public enum LayoutInvariants {
  public static func violations(_ result: TimelineLayoutResult, timeline: Timeline) -> [String] {
    var problems: [String] = []
    let geometry = result.geometry
    let canvas = geometry.canvas
    let rects = geometry.occupiedRects
    // Sweep by minX so that large inputs stay fast.
    let order = rects.indices.sorted { rects[$0].minX < rects[$1].minX }
    for (position, i) in order.enumerated() {
      for j in order[(position + 1)...] {
        if rects[j].minX >= rects[i].maxX { break }
        if rects[i].intersects(rects[j]) { problems.append("overlap: \(rects[i]) and \(rects[j])") }
      }
    }
    for rect in rects + geometry.stems where !canvas.contains(rect, tolerance: 0.01) {
      problems.append("outside the canvas \(canvas): \(rect)")
    }
    for item in result.scene.items {
      let bounds: Rect?
      switch item {
      case .fill(let path, _), .stroke(let path, _): bounds = path.bounds
      case .text(let run): bounds = run.bounds
      }
      guard let bounds else { continue }
      if !bounds.isFinite { problems.append("non-finite item \(item)") }
      if !canvas.contains(bounds, tolerance: 8) { problems.append("scene item outside the canvas: \(bounds)") }
    }
    var seen = [Int](repeating: 0, count: timeline.events.count)
    for index in geometry.pointLabels.flatMap(\.members) + geometry.rangeBars.map(\.eventIndex) {
      if index >= 0, index < seen.count { seen[index] += 1 } else { problems.append("unknown event index \(index)") }
    }
    for (index, count) in seen.enumerated() where count != 1 {
      problems.append("event \(index) drawn \(count) times")
    }
    // For labels a left of b, b must not end before a starts.
    let labels = geometry.pointLabels.filter { $0.clusterID == nil }.sorted { $0.anchor.x < $1.anchor.x }
    var latestStart = (time: -Double.infinity, event: -1)
    var pending: [LayoutGeometry.PointLabel] = []
    for label in labels {
      if let first = pending.first, label.anchor.x > first.anchor.x + 0.001 {
        for left in pending {
          let start = timeline.events[left.eventIndex].time.start.start.axisTime
          if start > latestStart.time { latestStart = (start, left.eventIndex) }
        }
        pending = []
      }
      pending.append(label)
      if timeline.events[label.eventIndex].time.end.endExclusive.axisTime <= latestStart.time {
        problems.append("event \(latestStart.event) is drawn left of event \(label.eventIndex) but comes after it")
      }
    }
    problems += leaderProblems(geometry)
    problems += thinLinesThroughText(result.scene)
    // A cluster's heading is never cut: its first lines read as the whole heading.
    for label in geometry.pointLabels {
      guard let heading = label.heading else { continue }
      if !label.lines.joined(separator: " ").hasPrefix(heading) {
        problems.append("cluster heading “\(heading)” drawn as \(label.lines.prefix(2))")
      }
    }
    return problems
  }

  /// Thin vertical rules drawn as fills (a period band's edge, for one) that run through text.
  static func thinLinesThroughText(_ scene: Scene) -> [String] {
    var rules: [Rect] = []
    for case .fill(let path, _) in scene.items {
      guard let bounds = path.bounds, bounds.width <= 2, bounds.height > 4 * bounds.width else { continue }
      rules.append(bounds)
    }
    guard !rules.isEmpty else { return [] }
    var problems: [String] = []
    for run in scene.textRuns {
      // The ink of a line of text: from its ascent above the baseline to a little below it.
      let ink = Rect(
        x: run.origin.x, y: run.origin.y - run.ascent * 0.8, width: run.width, height: run.ascent * 0.95)
      for rule in rules where rule.intersects(ink) {
        problems.append("a rule at x \(rule.minX) runs through “\(run.text)”")
      }
    }
    return problems
  }

  /// Leaders: their straight parts cross no text but their own label's, and leaders that
  /// bend in the same zone never cross each other (their feet and poles run in one order).
  static func leaderProblems(_ geometry: LayoutGeometry) -> [String] {
    var problems: [String] = []
    // A vertical list has no leaders.
    guard !geometry.leaders.isEmpty else { return [] }
    guard geometry.leaders.count == geometry.pointLabels.count else {
      return ["\(geometry.leaders.count) leaders for \(geometry.pointLabels.count) point labels"]
    }
    for (index, leader) in geometry.leaders.enumerated() {
      let owner = geometry.pointLabels[index]
      if owner.crossesStems { continue }
      func segment(_ x: Double, _ y0: Double, _ y1: Double) -> Rect {
        Rect(x: x - 0.625, y: min(y0, y1), width: 1.25, height: abs(y1 - y0))
      }
      let parts = [
        segment(leader.anchor.x, leader.anchor.y, leader.bendStart.y),
        segment(leader.end.x, leader.bendEnd.y, leader.end.y),
      ]
      for part in parts where part.height > 0.01 {
        for bar in geometry.rangeBars where part.intersects(bar.label) {
          problems.append("leader of event \(owner.eventIndex) crosses the label of range \(bar.eventIndex)")
        }
        for (other, label) in geometry.pointLabels.enumerated()
        where other != index && !label.crossesStems && part.intersects(label.textBox) {
          problems.append("leader of event \(owner.eventIndex) crosses the text of event \(label.eventIndex)")
        }
      }
    }
    // Leaders sharing a bend zone: sorted by foot, their poles must not run backwards.
    let zones = Dictionary(grouping: geometry.leaders.indices) {
      "\(geometry.leaders[$0].side.rawValue) \(Int(geometry.leaders[$0].bendStart.y.rounded()))"
    }
    for members in zones.values {
      let sorted = members.sorted {
        let a = geometry.leaders[$0]
        let b = geometry.leaders[$1]
        return a.anchor.x != b.anchor.x ? a.anchor.x < b.anchor.x : a.end.x < b.end.x
      }
      for (a, b) in zip(sorted, sorted.dropFirst()) {
        let left = geometry.leaders[a]
        let right = geometry.leaders[b]
        if right.end.x < left.end.x - 0.01 && !geometry.pointLabels[a].crossesStems
          && !geometry.pointLabels[b].crossesStems
        {
          problems.append("leaders of events \(left.eventIndex) and \(right.eventIndex) cross")
        }
      }
    }
    return problems
  }

  /// How many labels the layout could only place with a stem crossing some text.
  public static func crossingLabels(_ result: TimelineLayoutResult) -> Int {
    result.geometry.pointLabels.filter(\.crossesStems).count
  }
}
