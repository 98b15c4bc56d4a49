/// A growing byte buffer written bits first, least significant bit first, as DEFLATE packs them.
struct BitWriter: ~Copyable {
  private(set) var bytes: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  /// Whole bytes written.
  private(set) var count = 0
  /// Bits not yet stored, in the low `pending` bits.
  private var buffer: UInt64 = 0
  private var pending = 0

  init(capacity: Int) {
    self.capacity = max(64, capacity)
    bytes = .allocate(capacity: self.capacity)
  }

  deinit { bytes.deallocate() }

  /// Makes room for `bits` more bits, plus the 8 bytes ``put(_:count:)`` may store at once.
  mutating func reserve(bits: Int) {
    let needed = count + bits / 8 + 16
    guard needed > capacity else { return }
    let grown = max(needed, capacity * 2)
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    larger.update(from: bytes, count: count)
    bytes.deallocate()
    bytes = larger
    capacity = grown
  }

  /// Appends the low `width` bits of `value`, at most 48 (with the 7 that may be pending, the
  /// buffer never holds 64); room must have been reserved.
  @inline(__always) mutating func put(_ value: UInt64, count width: Int) {
    buffer |= value &<< UInt64(pending)
    pending += width
    UnsafeMutableRawPointer(bytes + count).storeBytes(of: buffer.littleEndian, as: UInt64.self)
    let whole = pending >> 3
    count += whole
    buffer = buffer &>> UInt64(whole << 3)
    pending &= 7
  }

  /// Pads the last byte with zero bits.
  mutating func alignToByte() {
    if pending > 0 { put(0, count: 8 - pending) }
  }
}
