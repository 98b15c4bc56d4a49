import TimeAxis
import TimelineModel
import TimelineScene

/// Turns point events into label items: one per event when there is room, and clusters
/// ("7 events · 5–6 Jan") when a timeline is too dense for the width.
///
/// Clusters are made per axis cell (level 0), then per 2, 4, 8 … cells, until the labels
/// fit. Every event stays accounted for: a cluster names its count and date span, lists a few
/// titles (from the categories listed first in the legend, then the earliest), and the
/// layout geometry records its members.
struct PointGrouping {
  let scale: AxisMap
  let left: Double
  let right: Double
  let dates: DateText
  let colors: CategoryColors
  let cellEdges: [Double]
  let theme: Theme
  /// Legend position of each category: a cluster lists its events from the first category
  /// of the legend down (the legend order is the file's order of importance).
  let categoryRank: [String: Int]

  /// Titles a cluster label lists before "+ N more".
  static let listedTitles = 3

  func singles(_ spans: [EventSpan]) -> [LabelItem] {
    spans.map(single)
  }

  func single(_ span: EventSpan) -> LabelItem {
    let event = span.event
    let x = clamp(scale.position(of: span.anchor))
    // A month, a year or a range is drawn as the stretch it covers; a day or a moment as a dot.
    let coarse = span.isRange || event.time.start.precision < .day
    let marker = clamp(scale.position(of: span.start))...clamp(scale.position(of: span.end))
    let wide = coarse && marker.upperBound - marker.lowerBound >= PointLabelLayout.dotMarkerWidth
    return LabelItem(
      id: event.index, members: [event.index], clusterID: nil, anchorX: x, markerSpan: wide ? marker : x...x,
      color: colors.color(for: event.category),
      dateText: span.isRange
        ? dates.of(event.time, approximate: event.approximate)
        : dates.point(event.time.start, approximate: event.approximate),
      title: TextSanitizer.clean(event.title), listLines: [])
  }

  /// Items at clustering `level`: events sharing a group of 2^level axis cells become one
  /// cluster; a group of one stays a single label. `spans` must be sorted by anchor.
  func grouped(_ spans: [EventSpan], level: Int) -> [LabelItem] {
    let width = 1 << min(level, 20)
    var groups: [[EventSpan]] = []
    var currentKey: Int?
    for span in spans {
      let x = clamp(scale.position(of: span.anchor))
      let key = cellIndex(x) / width
      if key == currentKey, !groups.isEmpty {
        groups[groups.count - 1].append(span)
      } else {
        groups.append([span])
        currentKey = key
      }
    }
    var items: [LabelItem] = []
    var clusterID = 0
    for group in groups {
      if group.count == 1, let only = group.first {
        items.append(single(only))
      } else {
        items.append(cluster(group, id: clusterID))
        clusterID += 1
      }
    }
    return items
  }

  private func cluster(_ group: [EventSpan], id: Int) -> LabelItem {
    let ordered = group.sorted { $0.start != $1.start ? $0.start < $1.start : $0.event.index < $1.event.index }
    let xs = group.map { clamp(scale.position(of: $0.anchor)) }
    let lo = xs.min() ?? left
    let hi = xs.max() ?? lo
    let categories = Set(group.map { $0.event.category ?? "" })
    let color = categories.count == 1 ? colors.color(for: group[0].event.category) : theme.mutedInk
    let first = ordered.first?.event.time.start ?? EventDate(year: 2000)
    let last = ordered.map(\.event.time.start).last ?? first
    let approximate = group.contains { $0.event.approximate }
    let when = dates.span(first, last, approximate: approximate)
    let listed = ordered.enumerated()
      .sorted { a, b in
        let ra = a.element.event.category.flatMap { categoryRank[$0] } ?? Int.max
        let rb = b.element.event.category.flatMap { categoryRank[$0] } ?? Int.max
        return ra != rb ? ra < rb : a.offset < b.offset
      }
      .prefix(Self.listedTitles).sorted { $0.offset < $1.offset }.map(\.element)
    var lines = listed.map { "• " + TextSanitizer.clean($0.event.title) }
    if group.count > Self.listedTitles { lines.append("+ \(group.count - Self.listedTitles) more") }
    return LabelItem(
      id: ordered.first?.event.index ?? 0, members: ordered.map(\.event.index), clusterID: id,
      anchorX: (lo + hi) / 2,
      markerSpan: hi - lo < PointLabelLayout.dotMarkerWidth ? (lo + hi) / 2...(lo + hi) / 2 : lo...hi,
      color: color, dateText: "\(group.count) events · \(when)", title: "", listLines: lines)
  }

  private func cellIndex(_ x: Double) -> Int {
    var low = 0
    var high = cellEdges.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if cellEdges[mid] <= x { low = mid } else { high = mid - 1 }
    }
    return low
  }

  private func clamp(_ x: Double) -> Double {
    x.isFinite ? min(max(x, left), right) : left
  }
}
