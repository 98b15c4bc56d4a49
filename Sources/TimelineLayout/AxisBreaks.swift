import TimeAxis

/// Chooses where to cut empty stretches out of the axis (`--breaks auto`).
///
/// Candidate cuts are the gaps between the stretches that events and periods cover (a range
/// longer than ``longRange`` of the whole extent counts by its two ends only, so that a
/// long range across a quiet stretch does not keep it from being cut: the range is drawn
/// across the break). Cuts are
/// added one at a time, each time the one that most widens the narrowest spacing between
/// neighbouring dates, with the width shared among segments by how many dates they hold;
/// it stops when the narrowest spacing is comfortable, when a cut no longer doubles it, or
/// after ``maximumBreaks``. Thirty quiet years and one dense week become two segments with
/// the week readable.
enum AxisBreaks {
  static let maximumBreaks = 3
  static let comfortableSpacing = 40.0
  /// The share of the whole extent from which a range counts by its ends only.
  static let longRange = 0.2

  /// Returns the time extents of the segments, left to right (one extent: no breaks).
  static func segments(
    intervals: [ClosedRange<AxisTime>], anchors: [AxisTime], width: Double, breakWidth: Double,
    minimumSpan: Double
  ) -> [ClosedRange<AxisTime>] {
    let whole = (intervals.map(\.upperBound).max() ?? 0) - (intervals.map(\.lowerBound).min() ?? 0)
    let pieces = intervals.flatMap { interval -> [ClosedRange<AxisTime>] in
      interval.upperBound - interval.lowerBound > whole * longRange
        ? [interval.lowerBound...interval.lowerBound, interval.upperBound...interval.upperBound] : [interval]
    }
    let sorted = pieces.sorted { $0.lowerBound < $1.lowerBound }
    var covered: [ClosedRange<AxisTime>] = []
    for interval in sorted {
      if let last = covered.last, interval.lowerBound <= last.upperBound {
        covered[covered.count - 1] = last.lowerBound...max(last.upperBound, interval.upperBound)
      } else {
        covered.append(interval)
      }
    }
    guard covered.count > 1 else {
      return covered.isEmpty ? [] : [covered[0].lowerBound...covered[covered.count - 1].upperBound]
    }
    let points = anchors.sorted()
    var cuts: [Int] = []  // a cut after covered[i]
    var best = score(
      covered: covered, cuts: cuts, points: points, width: width, breakWidth: breakWidth, minimumSpan: minimumSpan)
    while cuts.count < maximumBreaks, best < comfortableSpacing {
      var candidate: (cut: Int, score: Double)?
      for cut in 0..<(covered.count - 1) where !cuts.contains(cut) {
        let trial = (cuts + [cut]).sorted()
        let value = score(
          covered: covered, cuts: trial, points: points, width: width, breakWidth: breakWidth, minimumSpan: minimumSpan)
        if value > (candidate?.score ?? -1) { candidate = (cut, value) }
      }
      guard let candidate, candidate.score >= best * 2 else { break }
      cuts = (cuts + [candidate.cut]).sorted()
      best = candidate.score
    }
    return extents(covered: covered, cuts: cuts)
  }

  static func extents(covered: [ClosedRange<AxisTime>], cuts: [Int]) -> [ClosedRange<AxisTime>] {
    var result: [ClosedRange<AxisTime>] = []
    var start = 0
    for cut in cuts + [covered.count - 1] {
      result.append(covered[start].lowerBound...covered[cut].upperBound)
      start = cut + 1
    }
    return result
  }

  /// The x share of each segment: half split evenly, half by the dates it holds.
  static func widths(_ segments: [ClosedRange<AxisTime>], points: [AxisTime], available: Double) -> [Double] {
    let counts = segments.map { segment in Double(points.filter { segment.contains($0) }.count) }
    let total = max(1, counts.reduce(0, +))
    return counts.map { available * (0.5 / Double(segments.count) + 0.5 * $0 / total) }
  }

  /// The narrowest spacing, in pixels, between neighbouring distinct dates.
  private static func score(
    covered: [ClosedRange<AxisTime>], cuts: [Int], points: [AxisTime], width: Double, breakWidth: Double,
    minimumSpan: Double
  ) -> Double {
    let segments = extents(covered: covered, cuts: cuts)
    let available = width - breakWidth * Double(segments.count - 1)
    let shares = widths(segments, points: points, available: available)
    var narrowest = Double.infinity
    for (segment, share) in zip(segments, shares) {
      let span = max(minimumSpan, segment.upperBound - segment.lowerBound)
      let inside = points.filter { segment.contains($0) }
      for (a, b) in zip(inside, inside.dropFirst()) where b > a {
        narrowest = min(narrowest, (b - a) / span * share)
      }
    }
    return narrowest
  }
}
