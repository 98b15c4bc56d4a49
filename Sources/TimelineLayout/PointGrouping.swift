import TimeAxis
import TimelineModel
import TimelineScene

/// Turns point events into label items: one per date (events on the same date share one
/// label), and clusters ("7 events · 5–6 Jan") only where a stretch of the axis is too
/// crowded for its titles.
///
/// Folding is decided per fold cell (a stretch of calendar time, see ``FoldCells``) by a ``FoldPlan``: a cell first folds its details
/// (importance 3), then its ordinary events, then merges with neighbouring cells (2, 4, 8 …
/// cells a cluster). Essential events (importance 1) are folded only at the very last stage,
/// when nothing else is left to fold. Every event stays accounted for: a cluster names its
/// count and date span, lists what it can of its titles, and the layout geometry records its
/// members.
struct PointGrouping {
  let scale: AxisMap
  let left: Double
  let right: Double
  let dates: DateText
  let colors: CategoryColors
  /// Where each fold cell starts (see ``FoldCells``), in time order.
  let cellStarts: [AxisTime]
  let theme: Theme
  /// Legend position of each category: a cluster lists its events from the first category
  /// of the legend down (the legend order is the file's order of importance).
  let categoryRank: [String: Int]

  /// Titles a cluster label lists before "+ N more" (raised where the page has room).
  var listedTitles = Self.defaultListed
  /// The titles a cluster lists at first.
  static let defaultListed = 4

  var cellCount: Int { max(1, cellStarts.count) }

  /// The fold cell an anchor falls in.
  func cell(of span: EventSpan) -> Int { cellIndex(span.anchor) }

  /// The items for `spans` (sorted by anchor) under `plan`: folded events of one block of
  /// cells become a cluster; the others get their own label, shared by events on one date.
  func items(_ spans: [EventSpan], plan: FoldPlan) -> [LabelItem] {
    var items: [LabelItem] = []
    var folded: [[EventSpan]] = []
    var keyIndex: [Int: Int] = [:]
    var pendingGroup: [EventSpan] = []
    func flushGroup() {
      if !pendingGroup.isEmpty { items.append(single(pendingGroup)) }
      pendingGroup = []
    }
    for span in spans {
      let cell = cell(of: span)
      if plan.folds(span.event.importance, inCell: cell) {
        let key = plan.block(ofCell: cell)
        if let at = keyIndex[key] {
          folded[at].append(span)
        } else {
          keyIndex[key] = folded.count
          folded.append([span])
        }
        continue
      }
      if let first = pendingGroup.first, !sameDate(first, span) { flushGroup() }
      pendingGroup.append(span)
    }
    flushGroup()
    var clusterID = 0
    for group in folded {
      if group.count == 1 {
        items.append(single(group))
      } else {
        items.append(cluster(group, id: clusterID))
        clusterID += 1
      }
    }
    items.sort { $0.anchorX != $1.anchorX ? $0.anchorX < $1.anchorX : $0.id < $1.id }
    // Cluster numbers follow the axis.
    var renumber = 0
    for index in items.indices where items[index].clusterID != nil {
      items[index].clusterID = renumber
      renumber += 1
    }
    return items
  }

  /// Events drawn at one label: the same date text at the same place (a point, not a range).
  private func sameDate(_ a: EventSpan, _ b: EventSpan) -> Bool {
    !a.isRange && !b.isRange && a.anchor == b.anchor && a.event.time.start == b.event.time.start
      && a.event.approximate == b.event.approximate
  }

  /// One label for one event, or for several on the same date (titles in file order).
  func single(_ spans: [EventSpan]) -> LabelItem {
    let ordered = spans.sorted { $0.event.index < $1.event.index }
    let span = ordered[0]
    let event = span.event
    let x = clamp(scale.position(of: span.anchor))
    // A month, a year or a range is drawn as the stretch it covers; a day or a moment as a dot.
    let coarse = span.isRange || event.time.start.precision < .day
    let marker = clamp(scale.position(of: span.start))...clamp(scale.position(of: span.end))
    let wide = coarse && marker.upperBound - marker.lowerBound >= PointLabelLayout.dotMarkerWidth
    let categories = Set(ordered.map { $0.event.category ?? "" })
    let color = categories.count == 1 ? colors.color(for: event.category) : theme.mutedInk
    return LabelItem(
      id: event.index, members: ordered.map(\.event.index), clusterID: nil, anchorX: x,
      markerSpan: wide ? marker : x...x, color: color,
      dateText: span.isRange
        ? dates.of(event.time, approximate: event.approximate)
        : dates.point(event.time.start, approximate: event.approximate),
      titles: ordered.map {
        LabelItem.Title(
          text: $0.event.title, color: colors.color(for: $0.event.category),
          strong: $0.event.importance == .essential)
      },
      moreCount: 0, rug: [])
  }

  private func cluster(_ group: [EventSpan], id: Int) -> LabelItem {
    // By instant, then file order. Sorted as plain keys: a 10,000-event cluster is built
    // many times per layout, so no event is copied or compared by its fields here.
    let byInstant = group.indices.map { (start: group[$0].start, index: group[$0].event.index, at: $0) }
      .sorted { $0.start != $1.start ? $0.start < $1.start : $0.index < $1.index }
    let ordered = byInstant.map { group[$0.at] }
    let xs = ordered.map { clamp(scale.position(of: $0.anchor)) }
    let lo = xs.min() ?? left
    let hi = xs.max() ?? lo
    let categories = Set(group.map { $0.event.category ?? "" })
    let color = categories.count == 1 ? colors.color(for: group[0].event.category) : theme.mutedInk
    let first = ordered.first?.event.time.start ?? EventDate(year: 2000)
    // `ordered` runs by instant, so its last member starts latest (offsets taken into account).
    let last = ordered.last?.event.time.start ?? first
    let approximate = group.contains { $0.event.approximate }
    let when = dates.span(first, last, approximate: approximate)
    // The most important first, then by legend order, then by date; shown in date order.
    let listed = ordered.indices
      .map { (importance: ordered[$0].event.importance.rawValue, rank: rank(ordered[$0].event.category), offset: $0) }
      .sorted { a, b in
        if a.importance != b.importance { return a.importance < b.importance }
        return a.rank != b.rank ? a.rank < b.rank : a.offset < b.offset
      }
      .prefix(listedTitles).map(\.offset).sorted().map { ordered[$0] }
    return LabelItem(
      id: ordered.first?.event.index ?? 0, members: ordered.map(\.event.index), clusterID: id,
      anchorX: (lo + hi) / 2,
      markerSpan: hi - lo < PointLabelLayout.dotMarkerWidth ? (lo + hi) / 2...(lo + hi) / 2 : lo...hi,
      color: color, dateText: "\(group.count) events · \(when)",
      titles: listed.map {
        LabelItem.Title(
          text: $0.event.title, color: colors.color(for: $0.event.category),
          strong: $0.event.importance == .essential)
      },
      moreCount: group.count - listed.count,
      rug: zip(xs, ordered).map { ($0, colors.color(for: $1.event.category)) })
  }

  /// A category's place in the legend (uncategorised and unknown ids last).
  private func rank(_ category: String?) -> Int {
    category.flatMap { categoryRank[$0] } ?? Int.max
  }

  private func cellIndex(_ time: AxisTime) -> Int {
    var low = 0
    var high = cellStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if cellStarts[mid] <= time { low = mid } else { high = mid - 1 }
    }
    return max(0, low)
  }

  private func clamp(_ x: Double) -> Double {
    x.isFinite ? min(max(x, left), right) : left
  }
}

/// Which events of each fold cell are folded into clusters.
///
/// Stages per cell: 0 folds nothing; 1 folds details (importance 3); 2 folds ordinary events
/// too; 3, 4, … also merge the cell with its neighbours into blocks of 2, 4, … cells; the
/// last stage folds essential events as well (only when nothing else could make room).
struct FoldPlan: Equatable {
  private(set) var stages: [Int]
  let finalStage: Int

  init(cells: Int, stage: Int = 0) {
    var levels = 0
    while (1 << levels) < cells { levels += 1 }
    finalStage = 3 + levels
    stages = [Int](repeating: min(stage, 3 + levels), count: max(1, cells))
  }

  /// The level (log2 of the block size) of a stage.
  private func level(_ stage: Int) -> Int { max(0, min(stage, finalStage - 1) - 2) }

  func folds(_ importance: Importance, inCell cell: Int) -> Bool {
    let stage = stages[min(max(cell, 0), stages.count - 1)]
    switch importance {
    case .detail: return stage >= 1
    case .normal: return stage >= 2
    case .essential: return stage >= finalStage
    }
  }

  /// The block a cell's folded events are clustered in (cells sharing a block share a cluster).
  func block(ofCell cell: Int) -> Int {
    let cell = min(max(cell, 0), stages.count - 1)
    let level = level(stages[cell])
    // Encode the level so that blocks of different sizes never share a key.
    return (cell >> level) &* 64 &+ level
  }

  func stage(ofCell cell: Int) -> Int { stages[min(max(cell, 0), stages.count - 1)] }

  var isFinal: Bool { stages.allSatisfy { $0 >= finalStage } }

  /// Merges neighbouring clusters: every block whose cells have all folded their ordinary
  /// events (stage 2 or more) becomes one block of twice the size, level by level, so two
  /// clusters side by side are drawn as one. Folds no further event.
  mutating func mergeFoldedNeighbours() {
    var stage = 3
    while stage < finalStage {
      let size = 1 << (stage - 2)
      for first in stride(from: 0, to: stages.count, by: size) {
        let cells = first..<min(stages.count, first + size)
        if stages[cells].allSatisfy({ $0 >= stage - 1 }) {
          for cell in cells { stages[cell] = max(stages[cell], stage) }
        }
      }
      stage += 1
    }
  }

  /// Raises `cell` to at least `stage` (see ``raise(cell:)``).
  mutating func raise(cell: Int, to stage: Int) {
    while self.stage(ofCell: cell) < stage, raise(cell: cell) {}
  }

  /// Raises `cell` one stage; from stage 2 on the whole new block rises with it, so blocks
  /// stay aligned. Returns whether anything changed.
  @discardableResult
  mutating func raise(cell: Int) -> Bool {
    let cell = min(max(cell, 0), stages.count - 1)
    let next = stages[cell] + 1
    guard next <= finalStage else { return false }
    if next <= 2 {
      stages[cell] = next
      return true
    }
    let level = level(next)
    let first = (cell >> level) << level
    let last = min(stages.count, first + (1 << level))
    for index in first..<last { stages[index] = max(stages[index], next) }
    return true
  }
}
