/// Assigns horizontal extents to lanes so that no two in a lane come closer than `gap`.
///
/// Greedy interval partitioning: extents are taken by start (ties by input order) and each
/// goes into the lowest lane that is free; when sorted by start this uses the fewest lanes
/// possible (the maximum number of extents that overlap at one point). O(n · lanes).
/// `orderedBy` takes them in another order instead (range bars go by the bar's start, not
/// their label's, so that the first lane holds the earliest range).
///
/// ```swift
/// LaneAssignment.assign([0...10, 5...15, 12...20], gap: 1)   // [0, 1, 0]
/// ```
enum LaneAssignment {
  static func assign(_ extents: [ClosedRange<Double>], gap: Double, orderedBy keys: [Double]? = nil) -> [Int] {
    let keys = keys ?? extents.map(\.lowerBound)
    let order = extents.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }
    var laneEnds: [Double] = []
    var lanes = [Int](repeating: 0, count: extents.count)
    for index in order {
      let extent = extents[index]
      if let lane = laneEnds.firstIndex(where: { $0 + gap <= extent.lowerBound }) {
        laneEnds[lane] = extent.upperBound
        lanes[index] = lane
      } else {
        laneEnds.append(extent.upperBound)
        lanes[index] = laneEnds.count - 1
      }
    }
    return lanes
  }
}
