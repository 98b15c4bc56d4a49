import TimeAxis

/// The horizontal axis as one or more segments, each with its own scale and ticks, joined
/// by breaks where empty stretches of time were cut out.
///
/// `position(of:)` is continuous and never decreasing: a time inside a cut stretch maps into
/// the break between its two segments, so a range that spans a break is drawn across it.
struct AxisMap {
  var segments: [AxisPlan]

  /// Single-segment map.
  init(_ plan: AxisPlan) {
    segments = [plan]
  }

  init(segments: [AxisPlan]) {
    self.segments = segments
  }

  var domain: ClosedRange<AxisTime> {
    (segments.first?.scale.domain.lowerBound ?? 0)...(segments.last?.scale.domain.upperBound ?? 1)
  }

  var left: Double { segments.first?.scale.range.lowerBound ?? 0 }

  /// Every tick cell of every segment, left to right.
  var cells: [AxisPlan.Cell] { segments.flatMap(\.cells) }

  /// The x extents of the breaks between segments.
  var breaks: [ClosedRange<Double>] {
    zip(segments, segments.dropFirst()).map { $0.scale.range.upperBound...$1.scale.range.lowerBound }
  }

  func position(of t: AxisTime) -> Double {
    guard let first = segments.first else { return 0 }
    if segments.count == 1 || t <= first.scale.domain.upperBound { return first.scale.position(of: t) }
    for (previous, segment) in zip(segments, segments.dropFirst()) {
      if t < segment.scale.domain.lowerBound {
        let gapStart = previous.scale.domain.upperBound
        let fraction = (t - gapStart) / max(1, segment.scale.domain.lowerBound - gapStart)
        let x0 = previous.scale.range.upperBound
        return x0 + (segment.scale.range.lowerBound - x0) * min(1, max(0, fraction))
      }
      if t <= segment.scale.domain.upperBound { return segment.scale.position(of: t) }
    }
    return segments[segments.count - 1].scale.position(of: t)
  }
}
