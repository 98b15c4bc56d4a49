import Foundation
import TimelineScene

/// A length on the canvas, as the `timeline` command reads `--width` and `--height`: pixels of
/// the 1x image, or millimetres, centimetres or inches at 96 pixels to the inch (as in CSS).
///
/// ```swift
/// let column = try Length(parsing: "170mm")          // 642.5 pixels
/// let options = LayoutOptions(width: column.pixels)
/// ```
public struct Length: Equatable, Sendable, CustomStringConvertible {
  /// Pixels of the 1x image (layout units).
  public var pixels: Double

  /// A length of `pixels` layout units.
  public init(pixels: Double) {
    self.pixels = pixels
  }

  /// Pixels per unit of each suffix a length may have.
  public static let units: [(suffix: String, pixels: Double)] = [
    ("px", 1), ("mm", 96 / 25.4), ("cm", 96 / 2.54), ("in", 96),
  ]

  /// The length written `1600`, `1600px`, `170mm`, `16cm` or `6.5in` (any case, spaces around
  /// it ignored), or ``LengthParseError``. Plain decimals only: no sign, exponent, `inf` or
  /// `nan`; a negative length is refused as such.
  public init(parsing text: String) throws(LengthParseError) {
    let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
    if let pixels = Self.positivePixels(lower) {
      self.pixels = pixels
    } else if lower.hasPrefix("-"), Self.positivePixels(String(lower.dropFirst())) != nil {
      throw LengthParseError(text: text, reason: .negative)
    } else {
      throw LengthParseError(text: text, reason: .notALength)
    }
  }

  private static func positivePixels(_ lower: String) -> Double? {
    func decimal(_ text: Substring) -> Double? {
      guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
      return Double(text)
    }
    for unit in units where lower.hasSuffix(unit.suffix) {
      return decimal(lower.dropLast(unit.suffix.count)).map { $0 * unit.pixels }
    }
    return decimal(Substring(lower))
  }

  /// `642.52px`.
  public var description: String { "\(OptionLimit.number((pixels * 100).rounded() / 100))px" }
}

/// Text that is not a ``Length``.
public struct LengthParseError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
  /// What is wrong with the text.
  public enum Reason: Equatable, Sendable {
    /// A length with a minus sign.
    case negative
    /// Not a number with an optional unit at all.
    case notALength
  }

  /// The text as given.
  public var text: String
  /// What is wrong with it.
  public var reason: Reason

  /// The error for `text`.
  public init(text: String, reason: Reason) {
    self.text = text
    self.reason = reason
  }

  /// What to give instead, without the text: `must be positive`.
  public var advice: String {
    switch reason {
    case .negative: "must be positive"
    case .notALength: "give pixels (1600) or a length (170mm, 16cm, 6.5in)"
    }
  }

  /// `"abc" is not a length: give pixels (1600) or a length (170mm, 16cm, 6.5in)`.
  public var description: String { "\"\(text)\" is not a length: \(advice)" }

  /// The message, as ``description`` gives it.
  public var errorDescription: String? { description }
}
