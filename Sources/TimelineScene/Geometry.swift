/// A point in layout units (CSS pixels of the 1x image), y growing downwards.
public struct Point: Equatable, Hashable, Sendable {
  /// Across, from the left edge.
  public var x: Double
  /// Down, from the top edge.
  public var y: Double

  /// The point at `x`, `y`.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// An axis-aligned rectangle in layout units, y growing downwards.
///
/// ```swift
/// let a = Rect(x: 0, y: 0, width: 10, height: 10)
/// let b = Rect(x: 5, y: 5, width: 10, height: 10)
/// a.intersects(b)  // true
/// ```
///
/// Invariant: `width` and `height` are never negative; the initializer folds a negative
/// extent into the origin so that `minX <= maxX` and `minY <= maxY` always hold.
public struct Rect: Equatable, Hashable, Sendable {
  /// The left edge.
  public var x: Double
  /// The top edge.
  public var y: Double
  /// Never negative.
  public var width: Double
  /// Never negative.
  public var height: Double

  /// A rectangle; a negative `width` or `height` extends it left or up instead.
  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = width < 0 ? x + width : x
    self.y = height < 0 ? y + height : y
    self.width = abs(width)
    self.height = abs(height)
  }

  /// The left edge.
  public var minX: Double { x }
  /// The top edge.
  public var minY: Double { y }
  /// The right edge.
  public var maxX: Double { x + width }
  /// The bottom edge.
  public var maxY: Double { y + height }
  /// Halfway across.
  public var midX: Double { x + width / 2 }
  /// Halfway down.
  public var midY: Double { y + height / 2 }

  /// Whether the interiors of the two rectangles share any area (touching edges do not count).
  public func intersects(_ other: Rect) -> Bool {
    minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
  }

  /// Whether `other` lies entirely inside this rectangle (edges included), with `tolerance` slack.
  public func contains(_ other: Rect, tolerance: Double = 0) -> Bool {
    other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
      && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
  }

  /// The rectangle grown by `dx` on the left and right and `dy` on the top and bottom.
  public func insetBy(dx: Double, dy: Double) -> Rect {
    Rect(x: x + dx, y: y + dy, width: max(0, width - 2 * dx), height: max(0, height - 2 * dy))
  }

  /// Whether every coordinate is a finite number.
  public var isFinite: Bool {
    x.isFinite && y.isFinite && width.isFinite && height.isFinite
  }
}
