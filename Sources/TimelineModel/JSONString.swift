/// JSON string literals, written the same way wherever the project writes JSON (the layout
/// export, the YAML bridge, generated event files, whose YAML double-quoted strings JSON's are).
///
/// ```swift
/// JSONString.quoted("Almaty \"airport\"\n")   // "\"Almaty \\\"airport\\\"\\n\""
/// ```
///
/// Quotes and backslashes are escaped, `\n`, `\r` and `\t` written as such, other control
/// characters and U+2028/U+2029 (line breaks to JavaScript) as `\uXXXX`; everything else is kept.
public enum JSONString {
  /// `text` as a JSON string literal, quotes included, with controls and `"`, `\\` escaped.
  public static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    append(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal, quotes included, as UTF-8.
  public static func append(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case "\\": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case "\n": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case "\r": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case "\t": bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      default:
        let value = scalar.value
        if value < 0x20 || value == 0x2028 || value == 0x2029 {
          let hex = String(value, radix: 16)
          bytes += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        } else {
          UTF8.encode(scalar) { bytes.append($0) }
        }
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
