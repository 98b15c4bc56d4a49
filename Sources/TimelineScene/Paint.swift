/// A colour stop of a ``LinearGradient``; `offset` runs from 0 at the start point to 1 at the end.
public struct GradientStop: Equatable, Sendable {
  public var offset: Double
  public var color: Color

  public init(offset: Double, color: Color) {
    self.offset = offset
    self.color = color
  }
}

/// A linear gradient between two points in layout units.
public struct LinearGradient: Equatable, Sendable {
  public var start: Point
  public var end: Point
  public var stops: [GradientStop]

  public init(start: Point, end: Point, stops: [GradientStop]) {
    self.start = start
    self.end = end
    self.stops = stops
  }
}

/// How a filled path is painted.
public enum Paint: Equatable, Sendable {
  case solid(Color)
  case linearGradient(LinearGradient)
}

/// The pen for a stroked path.
public struct StrokeStyle: Equatable, Sendable {
  public var color: Color
  public var width: Double
  /// Alternating on/off lengths in layout units; empty for a solid line.
  public var dash: [Double]

  public init(color: Color, width: Double, dash: [Double] = []) {
    self.color = color
    self.width = width
    self.dash = dash
  }
}
