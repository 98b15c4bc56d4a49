import Testing

@testable import PNGEncoding

/// Length-limited canonical codes: within the limit, complete, prefix-free, optimal when the
/// limit does not bind.
@Suite struct HuffmanCodeTests {
  /// Kraft's sum of the code, in units of 2^-limit.
  static func kraftSum(_ lengths: [UInt8], limit: Int) -> Int {
    lengths.filter { $0 > 0 }.reduce(0) { $0 + 1 << (limit - Int($1)) }
  }

  static func isPrefixFree(_ code: HuffmanCode) -> Bool {
    let words = zip(code.codes, code.lengths).filter { $0.1 > 0 }.map { code, length in
      // Back to most significant bit first.
      (code.bitReversed(length: Int(length)), Int(length))
    }
    for (index, first) in words.enumerated() {
      for second in words[(index + 1)...] {
        let shorter = min(first.1, second.1)
        if first.0 >> (first.1 - shorter) == second.0 >> (second.1 - shorter) { return false }
      }
    }
    return true
  }

  @Test(arguments: [(15, 286), (15, 30), (7, 19)])
  func fibonacciFrequenciesAreCutToTheLimitAndStayComplete(limit: Int, symbols: Int) {
    // Fibonacci weights make the unlimited Huffman tree as deep as the number of symbols.
    var frequencies: [UInt32] = [1, 1]
    while frequencies.count < symbols { frequencies.append(min(frequencies.suffix(2).reduce(0, +), 1 << 30)) }
    let code = HuffmanCode(frequencies: frequencies, limit: limit)
    #expect(code.lengths.allSatisfy { $0 >= 1 && Int($0) <= limit })
    #expect(Self.kraftSum(code.lengths, limit: limit) == 1 << limit)
    #expect(Self.isPrefixFree(code))
  }

  @Test func unlimitedCodesMatchHuffmansCost() {
    // Frequencies 5, 9, 12, 13, 16, 45: Huffman's textbook example costs 224 bits.
    let frequencies: [UInt32] = [45, 13, 12, 16, 9, 5, 0]
    let code = HuffmanCode(frequencies: frequencies, limit: 15)
    #expect(zip(frequencies, code.lengths).reduce(0) { $0 + Int($1.0) * Int($1.1) } == 224)
    #expect(code.lengths[6] == 0)
    #expect(Self.kraftSum(code.lengths, limit: 15) == 1 << 15)
    #expect(Self.isPrefixFree(code))
  }

  @Test func aLoneSymbolGetsAPartnerSoTheCodeIsComplete() {
    let code = HuffmanCode(frequencies: [0, 0, 7, 0], limit: 15)
    #expect(code.lengths == [1, 0, 1, 0])
    let empty = HuffmanCode(frequencies: [0, 0, 0], limit: 7)
    #expect(empty.lengths == [1, 1, 0])
  }

  @Test func canonicalCodesFollowRFC1951() {
    // RFC 1951, section 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give F = 00, A = 010 … H = 1111.
    let code = HuffmanCode(lengths: [3, 3, 3, 3, 3, 2, 4, 4])
    let expected: [UInt16] = [0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111]
    #expect(zip(code.codes, code.lengths).map { $0.bitReversed(length: Int($1)) } == expected)
  }
}
