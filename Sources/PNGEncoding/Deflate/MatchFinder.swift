/// Turns filtered scanlines into DEFLATE tokens (literals and matches, see ``DeflateSymbols``),
/// greedily, looking for a match only where charts repeat themselves: the byte before (runs,
/// such as the zeros that flat colour filters to), the byte one row above, and the last place
/// the same four bytes were seen (repeated glyphs and shapes). (The pixel before, tried too at
/// first, added 0.02% to the example PNGs when dropped and cost 3–4% of the encoder.)
///
/// A match never crosses the end of a row, so each row can be tokenized as soon as it is
/// filtered; long runs cost a few instructions per 8 bytes, only the bytes no match covers pay
/// for the hash table.
///
/// Positions are offsets into `window`, which holds the latest filtered bytes of the stream:
/// byte `p` of the window is byte `p + base` of the stream. The hash table keeps stream
/// offsets, so when the window slides (``slide(by:)``) nothing in it needs rewriting.
struct MatchFinder: ~Copyable {
  /// The filtered rows within reach: every byte before the one being tokenized is final, and
  /// at least ``DeflateSymbols/maximumDistance`` bytes and one row of them are kept before
  /// the row being tokenized (or all of the stream, at its start).
  let window: UnsafePointer<UInt8>
  /// The stream offset of the window's first byte.
  private var base = 0
  /// Bytes per filtered row, the filter type byte included.
  let rowLength: Int
  private let lastPosition: UnsafeMutablePointer<Int>
  /// ``DeflateSymbols/lengthTokens``, without a lazy global's check at each use.
  private let lengthTokens: UnsafeMutablePointer<UInt32>
  private static let hashBits = 16
  private static let minimumLength = 4
  /// A run of the byte before at least this long is taken without trying the other candidates.
  private static let goodLength = 64

  init(window: UnsafePointer<UInt8>, rowLength: Int) {
    self.window = window
    self.rowLength = rowLength
    lastPosition = .allocate(capacity: 1 << Self.hashBits)
    lastPosition.initialize(repeating: -DeflateSymbols.maximumDistance - 1, count: 1 << Self.hashBits)
    lengthTokens = .allocate(capacity: DeflateSymbols.lengthTokens.count)
    lengthTokens.initialize(from: DeflateSymbols.lengthTokens, count: DeflateSymbols.lengthTokens.count)
  }

  deinit {
    lastPosition.deallocate()
    lengthTokens.deallocate()
  }

  /// Appends the tokens of the bytes `start..<end` (within one row) to `tokens`, which must have
  /// room for `end - start` more, and returns how many it appended.
  mutating func tokenize(from start: Int, to end: Int, into tokens: UnsafeMutablePointer<UInt32>) -> Int {
    var count = 0
    var position = start
    // The first position with a row above in reach (never, for rows longer than the window).
    let rowAboveFrom = rowLength <= DeflateSymbols.maximumDistance ? rowLength : Int.max
    while position &+ Self.minimumLength <= end {
      let limit = min(DeflateSymbols.maximumLength, end &- position)
      let bytes = load32(position)
      var length = 0
      var distance = 0
      if position >= 1 && load32(position &- 1) == bytes {
        length = extend(position, from: position &- 1, limit: limit)
        distance = 1
      }
      // A run this long is kept without looking further.
      if length < Self.goodLength {
        if position >= rowAboveFrom && load32(position &- rowLength) == bytes {
          let candidate = extend(position, from: position &- rowLength, limit: limit)
          if candidate > length {
            length = candidate
            distance = rowLength
          }
        }
        let slot = Int(truncatingIfNeeded: (bytes &* 0x9E37_79B1) &>> UInt32(32 &- Self.hashBits))
        let earlier = lastPosition[slot] &- base
        lastPosition[slot] = position &+ base
        let reach = position &- earlier
        if reach <= DeflateSymbols.maximumDistance && reach != distance && load32(earlier) == bytes {
          let candidate = extend(position, from: earlier, limit: limit)
          if candidate > length {
            length = candidate
            distance = reach
          }
        }
      }
      if length >= Self.minimumLength {
        tokens[count] = DeflateSymbols.match(length: length, distance: distance, lengthTokens: lengthTokens)
        position &+= length
      } else {
        tokens[count] = UInt32(window[position])
        position &+= 1
      }
      count &+= 1
    }
    while position < end {
      tokens[count] = UInt32(window[position])
      position &+= 1
      count &+= 1
    }
    return count
  }

  /// Appends the tokens of a row of zeros after its filter type byte (a row like the one above,
  /// filtered Up) without reading it: the type byte, one zero, then runs of zeros.
  mutating func tokenizeZeroRow(from start: Int, to end: Int, into tokens: UnsafeMutablePointer<UInt32>) -> Int {
    guard end &- start >= 2 &+ Self.minimumLength else { return tokenize(from: start, to: end, into: tokens) }
    tokens[0] = UInt32(window[start])
    tokens[1] = 0
    var count = 2
    var remaining = end &- start &- 2
    while remaining >= Self.minimumLength {
      let length = min(remaining, DeflateSymbols.maximumLength)
      tokens[count] = DeflateSymbols.match(length: length, distance: 1, lengthTokens: lengthTokens)
      count &+= 1
      remaining &-= length
    }
    for _ in 0..<remaining {
      tokens[count] = 0
      count &+= 1
    }
    return count
  }

  /// Moves the window's start `shift` bytes on in the stream, after its last bytes were moved
  /// `shift` bytes down in memory.
  mutating func slide(by shift: Int) {
    base &+= shift
  }

  @inline(__always) private func load32(_ position: Int) -> UInt32 {
    UnsafeRawPointer(window + position).loadUnaligned(as: UInt32.self)
  }

  @inline(__always) private func load64(_ position: Int) -> UInt64 {
    UnsafeRawPointer(window + position).loadUnaligned(as: UInt64.self)
  }

  /// How many bytes from `position` on (at most `limit`) equal those from `earlier` on, given
  /// that the first four do.
  @inline(__always) private func extend(_ position: Int, from earlier: Int, limit: Int) -> Int {
    var length = Self.minimumLength
    while length &+ 8 <= limit {
      let difference = load64(position &+ length) ^ load64(earlier &+ length)
      if difference != 0 { return length &+ difference.littleEndian.trailingZeroBitCount &>> 3 }
      length &+= 8
    }
    while length < limit && window[position &+ length] == window[earlier &+ length] { length &+= 1 }
    return length
  }
}
