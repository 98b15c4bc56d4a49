/// DEFLATE's alphabets (RFC 1951, section 3.2.5): a match's length and distance as a symbol
/// plus extra bits, and one match or literal packed into a `UInt32` token.
///
/// A token holds the literal/length symbol in bits 0–8, the length's extra bits in 9–13, the
/// distance symbol in 14–18 and the distance's extra bits in 19–31; a literal is just its byte.
enum DeflateSymbols {
  /// The literal/length alphabet: 256 literals, end of block, 29 length symbols.
  static let literalLengthCount = 286
  /// The distance alphabet.
  static let distanceCount = 30
  /// The end-of-block symbol.
  static let endOfBlock = 256
  /// The longest match DEFLATE can express.
  static let maximumLength = 258
  /// The farthest a match may reach back.
  static let maximumDistance = 32768

  /// How many extra bits follow each length symbol (257–285), indexed from 0.
  static let lengthExtraBits: [UInt8] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]

  /// How many extra bits follow each distance symbol.
  static let distanceExtraBits: [UInt8] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]

  /// For each length 3…258 (indexed by length − 3), the token bits of its symbol and extra value.
  static let lengthTokens: [UInt32] = (3...maximumLength).map { length in
    if length == maximumLength { return 285 }
    let offset = UInt32(length - 3)
    if offset < 8 { return 257 + offset }
    let magnitude = UInt32(31 - offset.leadingZeroBitCount)  // floor(log2(offset)), 3…7
    let extraBits = magnitude - 2
    let symbol = 257 + 4 * (magnitude - 1) + ((offset >> extraBits) & 3)
    return symbol | (offset & ((1 << extraBits) - 1)) << 9
  }

  /// The token of a match `length` (3…258) bytes long, `distance` (1…32768) bytes back;
  /// `lengthTokens` holds ``lengthTokens``.
  @inline(__always) static func match(length: Int, distance: Int, lengthTokens: UnsafePointer<UInt32>) -> UInt32 {
    let offset = UInt32(truncatingIfNeeded: distance &- 1)
    let distanceBits: UInt32
    if offset < 4 {
      distanceBits = offset << 14
    } else {
      let magnitude = UInt32(31 - offset.leadingZeroBitCount)  // floor(log2(offset)), 2…14
      let extraBits = magnitude - 1
      let symbol = 2 * magnitude + ((offset >> extraBits) & 1)
      distanceBits = symbol << 14 | (offset & ((1 << extraBits) - 1)) << 19
    }
    return lengthTokens[length &- 3] | distanceBits
  }
}
