/// Sentences for the layout report (`timeline render -v`): what was wrapped, shortened,
/// raised far from the axis, or clustered.
enum LayoutReport {
  /// Labels this many layout units (px) from the axis or more count as raised.
  static let raisedDistance = 400.0

  static func describe(labels: PointLabelLayout.Plan, level: Int) -> [String] {
    var lines: [String] = []
    let singles = labels.labels.filter { $0.item.clusterID == nil }
    let wrapped = singles.filter { $0.wrappedLines > 1 }.map(\.item.id).sorted()
    if !wrapped.isEmpty { lines.append("wrapped onto several lines: \(list(wrapped))") }
    let shortened = singles.filter(\.shortened).map(\.item.id).sorted()
    if !shortened.isEmpty { lines.append("shortened with “…”: \(list(shortened))") }
    let raised = singles.filter { $0.placed.near >= raisedDistance }.map(\.item.id).sorted()
    if !raised.isEmpty {
      lines.append("placed \(Int(raisedDistance)) px or more from the axis (crowded dates): \(list(raised))")
    }
    let crossing = labels.labels.filter(\.placed.crossesStems).map(\.item.id).sorted()
    if !crossing.isEmpty { lines.append("stems cross other labels near: \(list(crossing))") }
    let clusters = labels.labels.filter { $0.item.clusterID != nil }
    if !clusters.isEmpty {
      let members = clusters.map(\.item.members.count).reduce(0, +)
      let cells = 1 << max(0, level)
      lines.append(
        "too dense for the width: \(members) events grouped into \(clusters.count) clusters "
          + "(\(cells) axis cell\(cells == 1 ? "" : "s") each); widen with --width to show more")
    }
    return lines
  }

  private static func list(_ indexes: [Int]) -> String {
    let shown = indexes.prefix(12).map { "events[\($0)]" }.joined(separator: ", ")
    return indexes.count > 12 ? "\(shown) and \(indexes.count - 12) more" : shown
  }
}
