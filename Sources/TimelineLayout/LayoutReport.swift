import TimelineModel

/// Sentences for the layout report (`timeline render -v`): what was wrapped, shortened,
/// moved from its date, or clustered. Events are named by title and index.
enum LayoutReport {
  /// Labels this many layout units (px) from the axis or more count as raised.
  static let raisedDistance = 400.0
  /// Labels moved this far or more from their dates are reported.
  static let movedDistance = 150.0

  static func describe(labels: PointLabelLayout.Plan, folds: FoldPlan, timeline: Timeline) -> [String] {
    var lines: [String] = []
    let singles = labels.labels.filter { !$0.item.isCluster }
    func named(_ labels: [PointLabelLayout.Label]) -> String {
      list(labels.flatMap(\.item.members).sorted(), timeline: timeline)
    }
    let wrapped = singles.filter { $0.content.wrappedLines > $0.item.titles.count }
    if !wrapped.isEmpty { lines.append("wrapped onto several lines: \(named(wrapped))") }
    let shortened = singles.filter(\.content.shortened)
    if !shortened.isEmpty { lines.append("shortened with “…” (longer than the label's lines): \(named(shortened))") }
    let moved = singles.filter { abs($0.placed.poleX - $0.placed.anchorX) >= movedDistance }
    if !moved.isEmpty {
      lines.append("moved \(Int(movedDistance)) px or more beside their dates (crowded stretch): \(named(moved))")
    }
    let raised = singles.filter { $0.placed.near >= raisedDistance }
    if !raised.isEmpty {
      lines.append("placed \(Int(raisedDistance)) px or more from the axis (crowded dates): \(named(raised))")
    }
    let crossing = labels.labels.filter(\.placed.crossesStems)
    if !crossing.isEmpty { lines.append("leaders cross other labels near: \(named(crossing))") }
    let clusters = labels.labels.filter(\.item.isCluster)
    if !clusters.isEmpty {
      let members = clusters.map(\.item.members.count).reduce(0, +)
      let total = labels.labels.map(\.item.members.count).reduce(0, +)
      lines.append(
        "too crowded to label every event: \(members) of \(total) events grouped into \(clusters.count) "
          + "cluster\(clusters.count == 1 ? "" : "s") (\(clusters.map(\.item.dateText).joined(separator: "; "))); "
          + "widen with --width, allow more height with --height, or mark key events importance: 1")
    }
    if folds.isFinal,
      clusters.contains(where: { $0.item.titles.contains(where: \.strong) || hasEssential($0, timeline) })
    {
      lines.append("even essential (importance 1) events had to be clustered: there are more than the page can hold")
    }
    return lines
  }

  private static func hasEssential(_ label: PointLabelLayout.Label, _ timeline: Timeline) -> Bool {
    label.item.members.contains { timeline.events[$0].importance == .essential }
  }

  /// `"Germany invades Poland" (events[12])`, at most a dozen, then how many more.
  static func list(_ indexes: [Int], timeline: Timeline) -> String {
    let shown = indexes.prefix(12).map { index in
      let title = index < timeline.events.count ? timeline.events[index].title : ""
      let short = title.count > 60 ? String(title.prefix(57)) + "…" : title
      return "“\(short)” (events[\(index)])"
    }.joined(separator: ", ")
    return indexes.count > 12 ? "\(shown) and \(indexes.count - 12) more" : shown
  }
}
