/// One step of a ``Path``.
public enum PathElement: Equatable, Sendable {
  /// Starts a new subpath at a point.
  case move(to: Point)
  /// A straight line to a point.
  case line(to: Point)
  /// A cubic Bézier curve to a point.
  case curve(control1: Point, control2: Point, to: Point)
  /// Closes the subpath back to its start.
  case close
}

/// A vector path in layout units: the only shape the backends have to know.
///
/// Rectangles, rounded bars, lines and circles are helpers that build paths, so a backend
/// implements just "fill a path" and "stroke a path".
///
/// ```swift
/// let bar = Path.roundedRect(Rect(x: 10, y: 10, width: 80, height: 16), radius: 3)
/// let stem = Path.line(from: Point(x: 40, y: 30), to: Point(x: 40, y: 90))
/// ```
public struct Path: Equatable, Sendable {
  /// The steps, in order.
  public var elements: [PathElement]

  /// A path of `elements`.
  public init(_ elements: [PathElement] = []) {
    self.elements = elements
  }

  /// A closed rectangle.
  public static func rect(_ r: Rect) -> Path {
    Path([
      .move(to: Point(x: r.minX, y: r.minY)), .line(to: Point(x: r.maxX, y: r.minY)),
      .line(to: Point(x: r.maxX, y: r.maxY)), .line(to: Point(x: r.minX, y: r.maxY)), .close,
    ])
  }

  /// A rectangle with circular corners; the radius is capped at half the shorter side.
  public static func roundedRect(_ r: Rect, radius: Double) -> Path {
    let k = 0.552_284_749_8
    let radius = max(0, min(radius, r.width / 2, r.height / 2))
    guard radius > 0 else { return rect(r) }
    let c = radius * k
    return Path([
      .move(to: Point(x: r.minX + radius, y: r.minY)),
      .line(to: Point(x: r.maxX - radius, y: r.minY)),
      .curve(
        control1: Point(x: r.maxX - radius + c, y: r.minY),
        control2: Point(x: r.maxX, y: r.minY + radius - c), to: Point(x: r.maxX, y: r.minY + radius)),
      .line(to: Point(x: r.maxX, y: r.maxY - radius)),
      .curve(
        control1: Point(x: r.maxX, y: r.maxY - radius + c),
        control2: Point(x: r.maxX - radius + c, y: r.maxY), to: Point(x: r.maxX - radius, y: r.maxY)),
      .line(to: Point(x: r.minX + radius, y: r.maxY)),
      .curve(
        control1: Point(x: r.minX + radius - c, y: r.maxY),
        control2: Point(x: r.minX, y: r.maxY - radius + c), to: Point(x: r.minX, y: r.maxY - radius)),
      .line(to: Point(x: r.minX, y: r.minY + radius)),
      .curve(
        control1: Point(x: r.minX, y: r.minY + radius - c),
        control2: Point(x: r.minX + radius - c, y: r.minY), to: Point(x: r.minX + radius, y: r.minY)),
      .close,
    ])
  }

  /// A circle made of four cubic Bézier arcs.
  public static func circle(center: Point, radius: Double) -> Path {
    let box = Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
    return roundedRect(box, radius: radius)
  }

  /// A straight open segment.
  public static func line(from start: Point, to end: Point) -> Path {
    Path([.move(to: start), .line(to: end)])
  }

  /// The smallest rectangle containing every point of the path (control points included),
  /// or `nil` for an empty path.
  public var bounds: Rect? {
    var points: [Point] = []
    for element in elements {
      switch element {
      case .move(let p), .line(let p): points.append(p)
      case .curve(let c1, let c2, let p): points += [c1, c2, p]
      case .close: break
      }
    }
    guard let first = points.first else { return nil }
    var minX = first.x
    var maxX = first.x
    var minY = first.y
    var maxY = first.y
    for p in points {
      minX = min(minX, p.x)
      maxX = max(maxX, p.x)
      minY = min(minY, p.y)
      maxY = max(maxY, p.y)
    }
    return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
  }
}
