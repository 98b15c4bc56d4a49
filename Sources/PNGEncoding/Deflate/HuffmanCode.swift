/// A canonical prefix code for one DEFLATE alphabet (RFC 1951, section 3.2.2), built from symbol
/// frequencies with its code lengths limited, as DEFLATE requires (15 bits, 7 for the code
/// lengths' own code).
struct HuffmanCode {
  /// Each symbol's code length in bits; 0 for a symbol that does not occur.
  private(set) var lengths: [UInt8]
  /// Each symbol's code, its bits reversed so it can be written least significant bit first.
  private(set) var codes: [UInt16]

  /// The code for these lengths (which must satisfy Kraft's inequality).
  init(lengths: [UInt8]) {
    self.lengths = lengths
    codes = Self.canonicalCodes(lengths)
  }

  /// An optimal code for `frequencies` whose lengths do not exceed `limit` bits. Symbols with
  /// frequency 0 get no code; when fewer than two symbols occur, symbols 0 and 1 are given one
  /// occurrence each first, so that every decoder sees a complete code.
  init(frequencies: [UInt32], limit: Int) {
    var frequencies = frequencies
    var used = frequencies.indices.filter { frequencies[$0] > 0 }
    var fill = 0
    while used.count < 2 {
      if frequencies[fill] == 0 {
        frequencies[fill] = 1
        used.append(fill)
      }
      fill += 1
    }
    // Rarest first; ties by symbol, so the same frequencies always give the same code.
    used.sort { (frequencies[$0], $0) < (frequencies[$1], $1) }
    let counts = Self.lengthCounts(used.map { UInt64(frequencies[$0]) }, limit: limit)
    var lengths = [UInt8](repeating: 0, count: frequencies.count)
    var next = 0
    for length in stride(from: limit, through: 1, by: -1) {
      for _ in 0..<counts[length] {
        lengths[used[next]] = UInt8(length)
        next += 1
      }
    }
    self.init(lengths: lengths)
  }

  /// How many of the symbols with these ascending weights get each length (index 0 unused):
  /// Huffman's construction with two queues, then, when the deepest leaves are deeper than
  /// `limit`, pairs of them moved up the tree while keeping it full (the adjustment of JPEG's
  /// Annex K.3).
  static func lengthCounts(_ weights: [UInt64], limit: Int) -> [Int] {
    let leaves = weights.count
    let nodes = 2 * leaves - 1
    var weight = weights + [UInt64](repeating: 0, count: leaves - 1)
    var parent = [Int](repeating: 0, count: nodes)
    var nextLeaf = 0
    var nextJoined = leaves
    func lightest(_ created: Int) -> Int {
      if nextLeaf < leaves && (nextJoined >= created || weight[nextLeaf] <= weight[nextJoined]) {
        nextLeaf += 1
        return nextLeaf - 1
      }
      nextJoined += 1
      return nextJoined - 1
    }
    for created in leaves..<nodes {
      let first = lightest(created)
      let second = lightest(created)
      weight[created] = weight[first] + weight[second]
      parent[first] = created
      parent[second] = created
    }
    var depth = [Int](repeating: 0, count: nodes)
    for node in stride(from: nodes - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
    let deepest = depth[0..<leaves].max() ?? 0
    var counts = [Int](repeating: 0, count: max(deepest, limit) + 1)
    for leaf in 0..<leaves { counts[depth[leaf]] += 1 }
    var length = deepest
    while length > limit {
      if counts[length] == 0 {
        length -= 1
        continue
      }
      var shallower = length - 2
      while counts[shallower] == 0 { shallower -= 1 }
      counts[length] -= 2
      counts[length - 1] += 1
      counts[shallower + 1] += 2
      counts[shallower] -= 1
    }
    return counts
  }

  /// RFC 1951's canonical codes: shorter codes first, and within one length in symbol order.
  static func canonicalCodes(_ lengths: [UInt8]) -> [UInt16] {
    let longest = Int(lengths.max() ?? 0)
    var perLength = [UInt16](repeating: 0, count: longest + 2)
    for length in lengths where length > 0 { perLength[Int(length)] += 1 }
    var next = [UInt16](repeating: 0, count: longest + 2)
    var code: UInt16 = 0
    for length in stride(from: 1, through: longest, by: 1) {
      code = (code &+ perLength[length - 1]) << 1
      next[length] = code
    }
    return lengths.map { length in
      guard length > 0 else { return 0 }
      let code = next[Int(length)]
      next[Int(length)] += 1
      return code.bitReversed(length: Int(length))
    }
  }
}

extension UInt16 {
  /// The low `length` bits in the opposite order.
  func bitReversed(length: Int) -> UInt16 {
    var reversed: UInt16 = 0
    var rest = self
    for _ in 0..<length {
      reversed = reversed << 1 | rest & 1
      rest >>= 1
    }
    return reversed
  }
}
