/// The header of a DEFLATE block with dynamic Huffman codes (RFC 1951, section 3.2.7): how
/// many code lengths follow, the code lengths' own code, then the literal/length and distance
/// code lengths run-length coded (16 repeats the previous length, 17 and 18 give runs of zeros).
struct DynamicHeader {
  /// The literal/length code lengths sent (257–286) and the distance code lengths sent (1–30).
  let literalLengthCount: Int
  let distanceCount: Int
  /// The run-length coded lengths: each a symbol 0–18 in the low byte, its extra value above.
  let runs: [UInt16]
  /// The code of the symbols 0–18.
  let codeLengthCode: HuffmanCode
  /// How many of the code length code's lengths are sent (4–19), in ``DeflateBlockWriter/codeLengthOrder``.
  let codeLengthCount: Int

  init(literalLengths: [UInt8], distances: [UInt8]) {
    literalLengthCount = max(257, (literalLengths.lastIndex { $0 > 0 } ?? 0) + 1)
    distanceCount = max(1, (distances.lastIndex { $0 > 0 } ?? 0) + 1)
    let lengths = Array(literalLengths[0..<literalLengthCount] + distances[0..<distanceCount])
    runs = Self.runLengthCoded(lengths)
    var frequencies = [UInt32](repeating: 0, count: 19)
    for run in runs { frequencies[Int(run & 0xFF)] += 1 }
    let code = HuffmanCode(frequencies: frequencies, limit: 7)
    codeLengthCode = code
    codeLengthCount = max(4, (DeflateBlockWriter.codeLengthOrder.lastIndex { code.lengths[$0] > 0 } ?? 0) + 1)
  }

  /// Lengths as symbols 0–18: a run of at least 3 zeros as 17 (3–10) or 18 (11–138), a run of
  /// at least 4 equal lengths as the length and 16 (3–6 more); anything else as itself.
  static func runLengthCoded(_ lengths: [UInt8]) -> [UInt16] {
    var runs: [UInt16] = []
    var index = 0
    while index < lengths.count {
      let length = lengths[index]
      var end = index + 1
      while end < lengths.count && lengths[end] == length { end += 1 }
      var count = end - index
      if length == 0 {
        while count >= 11 {
          let taken = min(count, 138)
          runs.append(18 | UInt16(taken - 11) << 8)
          count -= taken
        }
        if count >= 3 {
          runs.append(17 | UInt16(count - 3) << 8)
          count = 0
        }
      } else if count >= 4 {
        runs.append(UInt16(length))
        count -= 1
        while count >= 3 {
          let taken = min(count, 6)
          runs.append(16 | UInt16(taken - 3) << 8)
          count -= taken
        }
      }
      runs.append(contentsOf: repeatElement(UInt16(length), count: count))
      index = end
    }
    return runs
  }

  /// The header's size in bits.
  var bits: Int {
    let extra: [Int] = [2, 3, 7]
    return 14 + 3 * codeLengthCount
      + runs.reduce(0) { sum, run in
        let symbol = Int(run & 0xFF)
        return sum + Int(codeLengthCode.lengths[symbol]) + (symbol >= 16 ? extra[symbol - 16] : 0)
      }
  }

  /// Writes the header after the block type.
  func write(into writer: inout BitWriter) {
    writer.put(UInt64(literalLengthCount - 257), count: 5)
    writer.put(UInt64(distanceCount - 1), count: 5)
    writer.put(UInt64(codeLengthCount - 4), count: 4)
    for symbol in DeflateBlockWriter.codeLengthOrder[0..<codeLengthCount] {
      writer.put(UInt64(codeLengthCode.lengths[symbol]), count: 3)
    }
    let extra: [Int] = [2, 3, 7]
    for run in runs {
      let symbol = Int(run & 0xFF)
      writer.put(UInt64(codeLengthCode.codes[symbol]), count: Int(codeLengthCode.lengths[symbol]))
      if symbol >= 16 { writer.put(UInt64(run >> 8), count: extra[symbol - 16]) }
    }
  }
}
