/// A colour stop of a ``LinearGradient``; `offset` runs from 0 at the start point to 1 at the end.
public struct GradientStop: Equatable, Sendable {
  /// Where along the gradient, 0 to 1.
  public var offset: Double
  /// The colour there.
  public var color: Color

  /// A stop of `color` at `offset`.
  public init(offset: Double, color: Color) {
    self.offset = offset
    self.color = color
  }
}

/// A linear gradient between two points in layout units.
public struct LinearGradient: Equatable, Sendable {
  /// Where offset 0 is.
  public var start: Point
  /// Where offset 1 is.
  public var end: Point
  /// The colours along the way, by offset.
  public var stops: [GradientStop]

  /// A gradient from `start` to `end` through `stops`.
  public init(start: Point, end: Point, stops: [GradientStop]) {
    self.start = start
    self.end = end
    self.stops = stops
  }
}

/// How a filled path is painted.
public enum Paint: Equatable, Sendable {
  /// One colour.
  case solid(Color)
  /// A colour blend along a line.
  case linearGradient(LinearGradient)
}

/// The pen for a stroked path.
public struct StrokeStyle: Equatable, Sendable {
  /// The line's colour.
  public var color: Color
  /// The line's width in layout units.
  public var width: Double
  /// Alternating on/off lengths in layout units; empty for a solid line.
  public var dash: [Double]

  /// A pen of `color` and `width`, solid unless `dash` is given.
  public init(color: Color, width: Double, dash: [Double] = []) {
    self.color = color
    self.width = width
    self.dash = dash
  }
}
