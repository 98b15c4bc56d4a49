/// Text made safe for XML, for every writer of XML in the project (the SVG metadata and text
/// layer, the fontconfig document the text backend loads).
package enum XMLText {
  /// `text` safe inside an XML element or a double-quoted attribute: `&`, `<`, `>` and `"`
  /// escaped, the characters XML 1.0 forbids (most controls, lone surrogates, U+FFFE/U+FFFF)
  /// dropped.
  ///
  /// ```swift
  /// XMLText.escaped("Tom & \"Jerry\" <3")  // Tom &amp; &quot;Jerry&quot; &lt;3
  /// ```
  package static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        let v = scalar.value
        let allowed =
          v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
          || v >= 0x10000
        if allowed { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }
}
