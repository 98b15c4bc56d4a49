/// Text made safe for XML, for every writer of XML in the project (the SVG metadata and text
/// layer, the fontconfig document the text backend loads).
package enum XMLText {
  /// `text` safe inside an XML element or a double-quoted attribute: `&`, `<`, `>` and `"`
  /// escaped, the characters XML 1.0 forbids (most controls, U+FFFE/U+FFFF; a Swift string
  /// holds no lone surrogates) dropped.
  ///
  /// ```swift
  /// XMLText.escaped("Tom & \"Jerry\" <3")  // Tom &amp; &quot;Jerry&quot; &lt;3
  /// ```
  ///
  /// Works on the UTF-8 bytes, copying the spans between escapes whole: linear, and a text
  /// with nothing to escape is returned as it is.
  package static func escaped(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      guard let first = firstSpecialIndex(in: bytes, from: 0) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + bytes.count / 8 + 8)
      var copied = 0
      var index = first
      while index < bytes.count {
        guard let special = firstSpecialIndex(in: bytes, from: index) else { break }
        out.append(contentsOf: bytes[copied..<special])
        let byte = bytes[special]
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: ampersand)
        case UInt8(ascii: "<"): out.append(contentsOf: lessThan)
        case UInt8(ascii: ">"): out.append(contentsOf: greaterThan)
        case UInt8(ascii: "\""): out.append(contentsOf: quote)
        default: break  // a forbidden control, or U+FFFE/U+FFFF: dropped
        }
        let width = byte == 0xEF ? 3 : 1
        copied = special + width
        index = copied
      }
      out.append(contentsOf: bytes[copied...])
      return String(decoding: out, as: UTF8.self)
    } ?? text
  }

  private static let ampersand = Array("&amp;".utf8)
  private static let lessThan = Array("&lt;".utf8)
  private static let greaterThan = Array("&gt;".utf8)
  private static let quote = Array("&quot;".utf8)

  /// The index of the next byte that starts something to escape or drop: `& < > "`, a control
  /// other than tab, line feed and carriage return, or U+FFFE/U+FFFF (`EF BF BE`/`EF BF BF`).
  private static func firstSpecialIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): return index
      case 0x09, 0x0A, 0x0D: break
      case 0x00..<0x20: return index
      case 0xEF:
        if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] & 0xFE == 0xBE { return index }
      default: break
      }
      index += 1
    }
    return nil
  }
}
