import TimelineScene

/// An SVG document's bytes as they are written: markup, numbers and colours, with no
/// formatting through `String` or `snprintf`.
///
/// Numbers are written with at most three decimals (a thousandth of a CSS pixel, far below
/// what antialiasing shows), without trailing zeros, exponent or locale: `12`, `0.5`, `-3.125`.
struct SVGBytes {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends ASCII markup.
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Removes everything from `count` on: an element begun and then abandoned.
  mutating func truncate(to count: Int) {
    bytes.removeSubrange(count...)
  }

  /// Appends raw bytes.
  mutating func append(_ other: [UInt8]) {
    bytes.append(contentsOf: other)
  }

  /// Appends `value` rounded to `decimals` decimals (at most 6); a non-finite or absurdly large
  /// value is written as 0, which the renderer never hands in (it checks first).
  mutating func append(_ value: Double, decimals: Int = 3) {
    let places = min(max(decimals, 0), 6)
    var factor = 1
    for _ in 0..<places { factor *= 10 }
    let scaled = (value * Double(factor)).rounded()
    guard scaled.isFinite, abs(scaled) < 1e15 else { return bytes.append(UInt8(ascii: "0")) }
    let units = Int(scaled)
    var whole = abs(units) / factor
    var fraction = abs(units) % factor
    // Written right to left into a small stack buffer, then appended at once.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
      var start = buffer.count
      if fraction != 0 {
        var width = places
        while fraction % 10 == 0 {
          fraction /= 10
          width -= 1
        }
        for _ in 0..<width {
          start -= 1
          buffer[start] = UInt8(truncatingIfNeeded: 0x30 + fraction % 10)
          fraction /= 10
        }
        start -= 1
        buffer[start] = UInt8(ascii: ".")
      }
      repeat {
        start -= 1
        buffer[start] = UInt8(truncatingIfNeeded: 0x30 + whole % 10)
        whole /= 10
      } while whole > 0
      if units < 0 {
        start -= 1
        buffer[start] = UInt8(ascii: "-")
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }

  /// Appends a non-negative integer.
  mutating func appendDigits(_ value: Int) {
    guard value >= 10 else { return bytes.append(UInt8(truncatingIfNeeded: 0x30 + max(0, value))) }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      var rest = value
      var start = buffer.count
      while rest > 0 {
        start -= 1
        buffer[start] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
        rest /= 10
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }

  /// Appends `#rrggbb`: the colour's channels rounded to 8 bits, as every SVG viewer keeps them.
  mutating func appendHex(_ color: Color) {
    let hex: StaticString = "0123456789abcdef"
    bytes.append(UInt8(ascii: "#"))
    hex.withUTF8Buffer { digits in
      for channel in [color.red, color.green, color.blue] {
        let byte = Int((channel * 255).rounded())
        bytes.append(digits[byte >> 4])
        bytes.append(digits[byte & 15])
      }
    }
  }

  /// Appends ` NAME="#rrggbb"` for `color`, and ` OPACITY="a"` after it when the colour is not
  /// opaque (`fill`/`fill-opacity`, `stroke`/`stroke-opacity`, `stop-color`/`stop-opacity`).
  mutating func appendColor(_ color: Color, attribute: StaticString, opacity: StaticString) {
    append(" ")
    append(attribute)
    append("=\"")
    appendHex(color)
    append("\"")
    guard color.alpha < 1 else { return }
    append(" ")
    append(opacity)
    append("=\"")
    append(color.alpha)
    append("\"")
  }

  /// Appends path data (`M x y L x y C … Z`) for `path`, or returns false (appending
  /// nothing) when a point is not finite. Like cairo, a line or curve with no current point
  /// starts one.
  mutating func appendPathData(_ path: Path, offsetBy offset: Point = Point(x: 0, y: 0)) -> Bool {
    let start = bytes.count
    var hasPoint = false
    func point(_ p: Point) -> Bool {
      let x = p.x + offset.x
      let y = p.y + offset.y
      guard x.isFinite, y.isFinite else { return false }
      append(x)
      bytes.append(UInt8(ascii: " "))
      append(y)
      return true
    }
    for element in path.elements {
      let ok: Bool
      switch element {
      case .move(let p):
        append("M")
        ok = point(p)
      case .line(let p):
        append(hasPoint ? "L" : "M")
        ok = point(p)
      case .curve(let a, let b, let p):
        if !hasPoint {
          append("M")
          guard point(a) else { return abandon(at: start) }
        }
        append("C")
        ok = point(a) && space() && point(b) && space() && point(p)
      case .close:
        if hasPoint { append("Z") }
        continue
      }
      guard ok else { return abandon(at: start) }
      hasPoint = true
    }
    return true
  }

  private mutating func space() -> Bool {
    bytes.append(UInt8(ascii: " "))
    return true
  }

  private mutating func abandon(at start: Int) -> Bool {
    truncate(to: start)
    return false
  }
}
