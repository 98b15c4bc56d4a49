import Foundation
import TextGrammar

/// A colour written in hex, checked when made: `#rrggbb`, `#rgb` or `#rrggbbaa` (the `#` may
/// be left out). A ``Category``'s colour as a typed value.
///
/// ```swift
/// let red = try HexColor("#c0392b")
/// let category = Category(id: "protest", label: "Protests", hexColor: red)
/// _ = try HexColor("blood red")  // throws InvalidValueError: "blood red" is not a colour like #d55e00
/// ```
public struct HexColor: Hashable, Sendable, CustomStringConvertible {
  /// The colour as it was written.
  public let text: String

  /// The colour written `text`, or ``InvalidValueError`` when it is not one.
  public init(_ text: String) throws(InvalidValueError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard Self.isHex(trimmed) else {
      throw InvalidValueError(value: text, message: "\"\(text)\" is not a colour like #d55e00")
    }
    self.text = trimmed
  }

  /// The colour as written.
  public var description: String { text }

  /// Whether `text` is 3, 6 or 8 hex digits, after an optional `#`.
  static func isHex(_ text: String) -> Bool { HexColorDigits.bytes(text) != nil }
}

extension Category {
  /// A category with a checked colour; `nil` takes the next palette colour.
  public init(id: String, label: String, hexColor: HexColor?) {
    self.init(id: id, label: label, color: hexColor?.text)
  }

  /// ``color`` as a checked value: `nil` when there is none or it is not a colour (which
  /// ``Timeline/validate(name:)`` warns about).
  public var hexColor: HexColor? {
    get { color.flatMap { try? HexColor($0) } }
    set { color = newValue?.text }
  }
}
