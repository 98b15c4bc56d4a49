/// A growing byte buffer written bits first, least significant bit first, as DEFLATE packs them.
struct BitWriter: ~Copyable {
  private(set) var bytes: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  /// The write position, with the bits not yet stored.
  private var cursor: BitCursor

  /// Whole bytes written.
  var count: Int { cursor.next - bytes }

  init(capacity: Int) {
    self.capacity = max(64, capacity)
    bytes = .allocate(capacity: self.capacity)
    cursor = BitCursor(next: bytes)
  }

  deinit { bytes.deallocate() }

  /// Makes room for `bits` more bits, plus the 8 bytes ``BitCursor/put(_:count:)`` may store
  /// at once.
  mutating func reserve(bits: Int) {
    let written = count
    let needed = written + bits / 8 + 16
    guard needed > capacity else { return }
    let grown = max(needed, capacity * 2)
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    larger.update(from: bytes, count: written)
    bytes.deallocate()
    bytes = larger
    capacity = grown
    cursor.next = larger + written
  }

  /// Appends the low `width` bits of `value` (at most 48); room must have been reserved.
  mutating func put(_ value: UInt64, count width: Int) {
    cursor.put(value, count: width)
  }

  /// Runs `body` with the write position in a local copy, which a long loop keeps in registers
  /// (stores through the buffer could otherwise be the writer's own fields); room must have
  /// been reserved.
  @inline(__always) mutating func withCursor(_ body: (inout BitCursor) -> Void) {
    var local = cursor
    body(&local)
    cursor = local
  }

  /// Pads the last byte with zero bits.
  mutating func alignToByte() {
    if cursor.pending > 0 { put(0, count: 8 - cursor.pending) }
  }
}

/// Where the next bits go: a byte address and up to 7 bits not yet stored.
struct BitCursor {
  /// The first byte not yet complete.
  var next: UnsafeMutablePointer<UInt8>
  /// Bits not yet stored, in the low `pending` bits.
  var buffer: UInt64 = 0
  var pending = 0

  /// Appends the low `width` bits of `value`, at most 48 (with the 7 that may be pending, the
  /// buffer never holds 64): stores eight bytes and moves on by the whole ones.
  @inline(__always) mutating func put(_ value: UInt64, count width: Int) {
    buffer |= value &<< UInt64(pending)
    pending &+= width
    UnsafeMutableRawPointer(next).storeBytes(of: buffer.littleEndian, as: UInt64.self)
    let whole = pending &>> 3
    next += whole
    buffer = buffer &>> UInt64(whole &<< 3)
    pending &= 7
  }
}
