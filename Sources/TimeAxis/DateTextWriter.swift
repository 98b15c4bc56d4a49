/// Writes a short date text byte by byte into a buffer on the stack and makes one `String`
/// of it: a layout of 10,000 events names every event's dates, and appending their pieces
/// (`5`, ` `, `Jan`, ` `, `2022`) to a `String` one by one cost two and a half times as much.
struct DateTextWriter {
  /// The most bytes one text may hold; longer texts are cut (none comes close: the longest,
  /// `31 Dec 10000 BC 23:59:59 +14:00`, has 31).
  static let capacity = 64

  private let buffer: UnsafeMutableBufferPointer<UInt8>
  private var count = 0

  /// The text `write` puts into a fresh writer.
  static func text(_ write: (inout DateTextWriter) -> Void) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
      var writer = DateTextWriter(buffer: buffer)
      write(&writer)
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<writer.count]), as: UTF8.self)
    }
  }

  private init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

  /// Appends one ASCII character.
  mutating func append(_ byte: UInt8) {
    guard count < buffer.count else { return }
    buffer[count] = byte
    count += 1
  }

  /// Appends the UTF-8 bytes of `text`.
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { for byte in $0 { append(byte) } }
  }

  /// Appends the UTF-8 bytes of `text`.
  mutating func append(_ text: String) {
    for byte in text.utf8 { append(byte) }
  }

  /// Appends a non-negative number in decimal, in at least `digits` digits (zero-padded).
  mutating func append(number: Int, digits: Int = 1) {
    guard number >= 0, number < 1_000_000_000 else { return append(String(number)) }
    var divisor = 1
    var length = 1
    while divisor <= number / 10 {
      divisor *= 10
      length += 1
    }
    for _ in length..<max(length, digits) { append(UInt8(ascii: "0")) }
    while divisor > 0 {
      append(UInt8(truncatingIfNeeded: number / divisor % 10) + UInt8(ascii: "0"))
      divisor /= 10
    }
  }
}
