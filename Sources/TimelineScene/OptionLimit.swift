import Foundation

/// The range of every number a layout or a rendering takes: one table for the library, which
/// refuses a value outside it with ``OptionRangeError``, and for the `timeline` command,
/// which names the flag instead (`--width`).
///
/// It lives with the scene because both sides of that contract read it: the layout checks its
/// width, height and font size, the backends their scale and DPI.
///
/// ```swift
/// OptionLimit.width.range              // 226...32767 (60 mm up)
/// try OptionLimit.width.check(10)      // throws: LayoutOptions.width 10 is outside 226…32767 pixels
/// ```
public enum OptionLimit: String, Sendable, CaseIterable {
  /// `LayoutOptions.width`, in layout units (pixels of the 1x image).
  case width
  /// `LayoutOptions.height`, when fixed.
  case height
  /// The base label size of `LayoutOptions.theme` (`Theme.labelSize`), in pixels.
  case fontSize
  /// `RenderOptions.scale`: device pixels per layout unit of a PNG.
  case scale
  /// Pixels per inch of a PNG, which sets `RenderOptions.scale` to DPI/96.
  case dpi

  /// The longest side cairo can draw, in device pixels: the widest and tallest canvas.
  public static let largestCanvasSide = 32_767

  /// The values accepted, bounds included.
  public var range: ClosedRange<Double> {
    switch self {
    case .width: 226...Double(Self.largestCanvasSide)
    case .height: 200...Double(Self.largestCanvasSide)
    case .fontSize: 6...72
    case .scale: 0.1...10
    case .dpi: 9.6...960
    }
  }

  /// The unit said after the range in a message (`pixels`), or `""`.
  public var unit: String {
    switch self {
    case .width, .height, .fontSize: "pixels"
    case .scale, .dpi: ""
    }
  }

  /// The property in Swift, for library messages: `LayoutOptions.width`.
  public var propertyName: String {
    switch self {
    case .width: "LayoutOptions.width"
    case .height: "LayoutOptions.height"
    case .fontSize: "LayoutOptions.theme.labelSize"
    case .scale: "RenderOptions.scale"
    case .dpi: "the dpi"
    }
  }

  /// The range as a message shows it: `226…32767 pixels`, `0.1…10`.
  public var rangeText: String {
    let text = "\(Self.number(range.lowerBound))…\(Self.number(range.upperBound))"
    return unit.isEmpty ? text : "\(text) \(unit)"
  }

  /// Whether `value` is a finite number inside ``range``.
  public func accepts(_ value: Double) -> Bool { value.isFinite && range.contains(value) }

  /// `value`, or ``OptionRangeError`` when ``accepts(_:)`` refuses it.
  @discardableResult
  public func check(_ value: Double) throws(OptionRangeError) -> Double {
    guard accepts(value) else { throw OptionRangeError(limit: self, value: value) }
    return value
  }

  /// `320`, `0.1`, `9.6`: whole numbers without a fraction.
  public static func number(_ value: Double) -> String {
    value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}

/// A layout or rendering number outside its ``OptionLimit``, said in the library's terms.
public struct OptionRangeError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
  /// Which number.
  public var limit: OptionLimit
  /// The value given.
  public var value: Double

  /// The error for `value` outside `limit`.
  public init(limit: OptionLimit, value: Double) {
    self.limit = limit
    self.value = value
  }

  /// `LayoutOptions.width 10 is outside 226…32767 pixels`.
  public var description: String {
    "\(limit.propertyName) \(OptionLimit.number(value)) is outside \(limit.rangeText)"
  }

  /// The message, as ``description`` gives it.
  public var errorDescription: String? { description }
}
