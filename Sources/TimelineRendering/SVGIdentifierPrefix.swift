/// Makes the ids of one SVG document its own, so that several SVGs inlined in one HTML page
/// never pick up each other's glyphs, clips or gradients.
///
/// Every `id="X"` becomes `id="P-X"`, and every reference to it — `href="#X"` (with or
/// without `xlink:`) and `url(#X)` — becomes `#P-X`, where `P` is ``prefix(for:)``: a short
/// value computed from the document's bytes, so the same document always gets the same prefix
/// (output stays byte-reproducible) and two different documents almost surely do not
/// (32 bits of a 64-bit FNV-1a hash).
enum SVGIdentifierPrefix {
  /// `t` and eight hex digits of the document's hash: a valid XML name start, ten bytes per id.
  static func prefix(for svg: [UInt8]) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in svg {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let folded = UInt32(truncatingIfNeeded: hash >> 32) ^ UInt32(truncatingIfNeeded: hash)
    let hex = String(folded, radix: 16)
    return "t" + String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// `svg` with every id and reference prefixed by `prefix` and a hyphen.
  ///
  /// Meant for cairo's output before any user text is added: it rewrites the three patterns
  /// wherever they occur.
  static func apply(_ prefix: String, to svg: [UInt8]) -> [UInt8] {
    let insert = Array((prefix + "-").utf8)
    let patterns = [Array(" id=\"".utf8), Array("href=\"#".utf8), Array("url(#".utf8)]
    var out: [UInt8] = []
    out.reserveCapacity(svg.count + svg.count / 16)
    var i = 0
    var copied = 0
    while i < svg.count {
      // Each pattern ends in `"` or `#`; look further only at those bytes.
      let byte = svg[i]
      guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "#") else {
        i += 1
        continue
      }
      let end = i + 1
      let matched = patterns.contains { pattern in
        end >= pattern.count && svg[(end - pattern.count)..<end].elementsEqual(pattern)
      }
      if matched {
        out.append(contentsOf: svg[copied..<end])
        out.append(contentsOf: insert)
        copied = end
      }
      i = end
    }
    out.append(contentsOf: svg[copied...])
    return out
  }
}
