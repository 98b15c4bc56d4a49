/// Writes one DEFLATE block of tokens (see ``DeflateSymbols``) with the Huffman codes that
/// suit them: codes built from the block's own frequencies and sent in its header (RFC 1951,
/// section 3.2.7), or the fixed codes of section 3.2.6 when those come out shorter, as they do
/// for a handful of tokens.
enum DeflateBlockWriter {
  /// The order in which the code lengths' own code lengths are sent.
  static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  /// The fixed literal/length code lengths (288 symbols; 286 and 287 never occur).
  static let fixedLiteralLengths = HuffmanCode(
    lengths: [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
      + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8))
  /// The fixed distance code: five bits each.
  static let fixedDistances = HuffmanCode(lengths: [UInt8](repeating: 5, count: 30))

  /// Writes `tokens` and the end-of-block symbol as one block, marked final if `final`.
  static func write(_ tokens: UnsafeBufferPointer<UInt32>, final: Bool, into writer: inout BitWriter) {
    var literalLengthFrequencies = [UInt32](repeating: 0, count: DeflateSymbols.literalLengthCount)
    var distanceFrequencies = [UInt32](repeating: 0, count: DeflateSymbols.distanceCount)
    literalLengthFrequencies.withUnsafeMutableBufferPointer { literalLengths in
      distanceFrequencies.withUnsafeMutableBufferPointer { distances in
        for token in tokens {
          let symbol = Int(token & 0x1FF)
          literalLengths[symbol] &+= 1
          if symbol > DeflateSymbols.endOfBlock { distances[Int(token >> 14 & 31)] &+= 1 }
        }
      }
    }
    literalLengthFrequencies[DeflateSymbols.endOfBlock] = 1
    let extraBits = Self.extraBits(literalLengthFrequencies, distanceFrequencies)
    let literalLengths = HuffmanCode(frequencies: literalLengthFrequencies, limit: 15)
    let distances = HuffmanCode(frequencies: distanceFrequencies, limit: 15)
    let header = DynamicHeader(literalLengths: literalLengths.lengths, distances: distances.lengths)
    let dynamicBits =
      header.bits + codeBits(literalLengthFrequencies, literalLengths) + codeBits(distanceFrequencies, distances)
    let fixedBits =
      codeBits(literalLengthFrequencies, fixedLiteralLengths) + codeBits(distanceFrequencies, fixedDistances)
    writer.reserve(bits: 3 + min(dynamicBits, fixedBits) + extraBits)
    writer.put(final ? 1 : 0, count: 1)
    if dynamicBits < fixedBits {
      writer.put(2, count: 2)
      header.write(into: &writer)
      writeTokens(tokens, literalLengths, distances, into: &writer)
    } else {
      writer.put(1, count: 2)
      writeTokens(tokens, fixedLiteralLengths, fixedDistances, into: &writer)
    }
  }

  /// The bits the symbols with these frequencies take in `code`.
  static func codeBits(_ frequencies: [UInt32], _ code: HuffmanCode) -> Int {
    zip(frequencies, code.lengths).reduce(0) { $0 + Int($1.0) * Int($1.1) }
  }

  /// The bits of the lengths' and distances' extra values, the same under every code.
  static func extraBits(_ literalLengths: [UInt32], _ distances: [UInt32]) -> Int {
    var bits = 0
    for (index, extra) in DeflateSymbols.lengthExtraBits.enumerated() {
      bits += Int(literalLengths[257 + index]) * Int(extra)
    }
    for (index, extra) in DeflateSymbols.distanceExtraBits.enumerated() { bits += Int(distances[index]) * Int(extra) }
    return bits
  }

  /// Each token as one group of bits: its symbol's code, then for a match the length's extra
  /// bits, the distance's code and the distance's extra bits (48 bits at most); then the end of
  /// the block.
  static func writeTokens(
    _ tokens: UnsafeBufferPointer<UInt32>, _ literalLengths: HuffmanCode, _ distances: HuffmanCode,
    into writer: inout BitWriter
  ) {
    // Code, extra bits and length side by side (the length in the low 5 bits), one load a symbol.
    let literalLengthEntries = (0..<DeflateSymbols.literalLengthCount).map { symbol in
      let extra = symbol > DeflateSymbols.endOfBlock ? UInt32(DeflateSymbols.lengthExtraBits[symbol - 257]) : 0
      return UInt32(literalLengths.codes[symbol]) << 16 | extra << 8 | UInt32(literalLengths.lengths[symbol])
    }
    let distanceEntries = (0..<DeflateSymbols.distanceCount).map { symbol in
      UInt32(distances.codes[symbol]) << 16 | UInt32(DeflateSymbols.distanceExtraBits[symbol]) << 8
        | UInt32(distances.lengths[symbol])
    }
    literalLengthEntries.withUnsafeBufferPointer { literalLengthTable in
      distanceEntries.withUnsafeBufferPointer { distanceTable in
        writer.withCursor { cursor in
          for token in tokens {
            let symbol = Int(token & 0x1FF)
            let entry = literalLengthTable[symbol]
            var bits = UInt64(entry &>> 16)
            var width = Int(entry & 31)
            if symbol > DeflateSymbols.endOfBlock {
              bits |= UInt64(token &>> 9 & 31) &<< UInt64(width)
              width &+= Int(entry &>> 8 & 7)
              let distance = distanceTable[Int(token &>> 14 & 31)]
              bits |= UInt64(distance &>> 16) &<< UInt64(width)
              width &+= Int(distance & 31)
              bits |= UInt64(token &>> 19) &<< UInt64(width)
              width &+= Int(distance &>> 8 & 15)
            }
            cursor.put(bits, count: width)
          }
          let end = literalLengthTable[DeflateSymbols.endOfBlock]
          cursor.put(UInt64(end >> 16), count: Int(end & 31))
        }
      }
    }
  }
}
