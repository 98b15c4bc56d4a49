/// Adds `<title>` and `<desc>` as the first children of the SVG root, so screen readers and
/// search engines get the timeline's title and its plain-language summary.
enum SVGMetadata {
  static func insert(title: String, description: String, into svg: [UInt8]) -> [UInt8] {
    let open = Array("<svg".utf8)
    guard
      let start = (0..<max(0, svg.count - open.count)).first(where: { svg[$0..<($0 + open.count)].elementsEqual(open) }
      ),
      let end = svg[start...].firstIndex(of: UInt8(ascii: ">"))
    else { return svg }
    var metadata = "\n<title>\(escape(title))</title>"
    if !description.isEmpty { metadata += "\n<desc>\(escape(description))</desc>" }
    return Array(svg[...end]) + Array(metadata.utf8) + Array(svg[(end + 1)...])
  }

  /// Text safe inside an XML element: markup characters escaped, characters XML 1.0 forbids
  /// dropped.
  static func escape(_ text: String) -> String {
    var out = ""
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
