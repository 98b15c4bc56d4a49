import TextGrammar

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
    var metadata = "\n<title>\(XMLText.escaped(title))</title>"
    if !description.isEmpty { metadata += "\n<desc>\(XMLText.escaped(description))</desc>" }
    return Array(svg[...end]) + Array(metadata.utf8) + Array(svg[(end + 1)...])
  }
}
