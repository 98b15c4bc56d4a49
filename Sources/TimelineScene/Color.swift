import TextGrammar

/// An sRGB colour with straight (non-premultiplied) alpha, each component in `0...1`.
///
/// ```swift
/// let red = Color(hex: "#d55e00")   // Okabe–Ito vermillion
/// let faint = red?.withAlpha(0.2)
/// ```
public struct Color: Equatable, Hashable, Sendable {
  /// Red, 0 to 1.
  public var red: Double
  /// Green, 0 to 1.
  public var green: Double
  /// Blue, 0 to 1.
  public var blue: Double
  /// Opacity: 0 transparent, 1 opaque.
  public var alpha: Double

  /// Creates a colour, clamping every component into `0...1` (NaN becomes 0).
  public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
    func clamp(_ v: Double) -> Double { v.isNaN ? 0 : min(1, max(0, v)) }
    self.red = clamp(red)
    self.green = clamp(green)
    self.blue = clamp(blue)
    self.alpha = clamp(alpha)
  }

  /// Parses `#rgb`, `#rrggbb` or `#rrggbbaa` (the `#` is optional, case-insensitive).
  /// Returns `nil` for anything else.
  public init?(hex: String) {
    guard let bytes = HexColorDigits.bytes(hex) else { return nil }
    let channels = bytes.map { Double($0) / 255 }
    self.init(red: channels[0], green: channels[1], blue: channels[2], alpha: channels.count == 4 ? channels[3] : 1)
  }

  /// The same colour with another alpha.
  public func withAlpha(_ alpha: Double) -> Color {
    Color(red: red, green: green, blue: blue, alpha: alpha)
  }

  /// This colour mixed with `other`: `fraction` 0 gives `self`, 1 gives `other`.
  public func mixed(with other: Color, fraction: Double) -> Color {
    let t = min(1, max(0, fraction))
    return Color(
      red: red + (other.red - red) * t, green: green + (other.green - green) * t,
      blue: blue + (other.blue - blue) * t, alpha: alpha + (other.alpha - alpha) * t)
  }

  /// `#rrggbbaa`, lower case: the form used in scene dumps.
  public var hexString: String {
    func two(_ v: Double) -> String {
      let byte = Int((v * 255).rounded())
      let text = String(byte, radix: 16)
      return text.count == 1 ? "0" + text : text
    }
    return "#" + two(red) + two(green) + two(blue) + two(alpha)
  }

  /// Opaque white.
  public static let white = Color(red: 1, green: 1, blue: 1)
  /// Opaque black.
  public static let black = Color(red: 0, green: 0, blue: 0)
}
