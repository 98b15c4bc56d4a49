/// Renumbers the ids cairo writes into SVG (`surface12`, `glyph3-7`) by order of first
/// appearance, so that the same scene gives the same bytes in every render and process.
///
/// Cairo numbers surfaces with a process-wide counter, so a second render in one process
/// would otherwise write `surface6` where the first wrote `surface1`.
enum SVGIdentifiers {
  static func normalize(_ svg: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(svg.count)
    var surfaces: [[UInt8]: Int] = [:]
    var glyphs: [[UInt8]: Int] = [:]
    let surface = Array("surface".utf8)
    let glyph = Array("glyph".utf8)
    var i = 0
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    func matches(_ word: [UInt8], at index: Int) -> Bool {
      guard index + word.count <= svg.count else { return false }
      for offset in 0..<word.count where svg[index + offset] != word[offset] { return false }
      return true
    }
    while i < svg.count {
      // Almost every byte is neither `s` nor `g`: copy those runs without looking further.
      let byte = svg[i]
      if byte != UInt8(ascii: "s") && byte != UInt8(ascii: "g") {
        var end = i + 1
        while end < svg.count, svg[end] != UInt8(ascii: "s"), svg[end] != UInt8(ascii: "g") { end += 1 }
        out.append(contentsOf: svg[i..<end])
        i = end
        continue
      }
      if matches(surface, at: i), i + surface.count < svg.count, isDigit(svg[i + surface.count]) {
        var j = i + surface.count
        while j < svg.count, isDigit(svg[j]) { j += 1 }
        let key = Array(svg[(i + surface.count)..<j])
        let number = surfaces[key] ?? (surfaces.count + 1)
        surfaces[key] = number
        out += surface + Array(String(number).utf8)
        i = j
        continue
      }
      if matches(glyph, at: i), i + glyph.count < svg.count, isDigit(svg[i + glyph.count]) {
        var j = i + glyph.count
        while j < svg.count, isDigit(svg[j]) || svg[j] == UInt8(ascii: "-") { j += 1 }
        let key = Array(svg[(i + glyph.count)..<j])
        if let dash = key.firstIndex(of: UInt8(ascii: "-")) {
          let font = Array(key[..<dash])
          let number = glyphs[font] ?? glyphs.count
          glyphs[font] = number
          out += glyph + Array(String(number).utf8) + Array(key[dash...])
        } else {
          out += glyph + key
        }
        i = j
        continue
      }
      out.append(svg[i])
      i += 1
    }
    return out
  }
}
