/// The one grammar of a colour written in hex, shared by the model's check (`HexColor`) and the
/// scene's parse (`Color(hex:)`): `rgb`, `rrggbb` or `rrggbbaa`, after an optional `#`, digits
/// in either case.
package enum HexColorDigits {
  /// The colour's channels as bytes (red, green, blue and, for 8 digits, alpha), each short
  /// digit doubled (`#f80` is `ff 88 00`); `nil` when `text` is not such a colour.
  ///
  /// ```swift
  /// HexColorDigits.bytes("#f80")  // [255, 136, 0]
  /// HexColorDigits.bytes("red")  // nil
  /// ```
  package static func bytes(_ text: some StringProtocol) -> [Int]? {
    var digits = Substring(text)
    if digits.hasPrefix("#") { digits = digits.dropFirst() }
    guard [3, 6, 8].contains(digits.count) else { return nil }
    var values: [Int] = []
    values.reserveCapacity(digits.count)
    for digit in digits {
      guard digit.isHexDigit, let value = digit.hexDigitValue else { return nil }
      values.append(value)
    }
    if values.count == 3 { return values.map { $0 * 17 } }
    return stride(from: 0, to: values.count, by: 2).map { values[$0] * 16 + values[$0 + 1] }
  }
}
