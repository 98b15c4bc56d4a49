/// A linear map from axis time to horizontal layout position.
///
/// ```swift
/// let scale = TimeScale(domain: 0...86_400, range: 100...1100)
/// scale.position(of: 43_200)   // 600
/// scale.time(at: 600)          // 43200
/// ```
///
/// Invariant: both the domain and the range are non-empty; an empty domain is widened by an
/// hour on each side and an empty range by one unit, so the map is always invertible.
public struct TimeScale: Equatable, Sendable {
  /// The stretch of time shown.
  public let domain: ClosedRange<AxisTime>
  /// The positions it maps onto, in layout units.
  public let range: ClosedRange<Double>

  /// A scale mapping `domain` linearly onto `range`.
  public init(domain: ClosedRange<AxisTime>, range: ClosedRange<Double>) {
    self.domain =
      domain.lowerBound < domain.upperBound
      ? domain : (domain.lowerBound - 3600)...(domain.upperBound + 3600)
    self.range = range.lowerBound < range.upperBound ? range : range.lowerBound...(range.lowerBound + 1)
  }

  /// Seconds represented by one layout unit.
  public var secondsPerUnit: Double {
    (domain.upperBound - domain.lowerBound) / (range.upperBound - range.lowerBound)
  }

  /// The x position of `t`; times outside the domain extrapolate linearly.
  public func position(of t: AxisTime) -> Double {
    range.lowerBound + (t - domain.lowerBound) / secondsPerUnit
  }

  /// The time at x position `x`.
  public func time(at x: Double) -> AxisTime {
    domain.lowerBound + (x - range.lowerBound) * secondsPerUnit
  }
}
