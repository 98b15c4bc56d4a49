import CDeflate
import Foundation

/// A zlib stream (RFC 1950) of filtered scanlines, compressed a row at a time as they are
/// filtered: ``MatchFinder`` tokenizes each row while it is in the cache, and every
/// ``blockTokens`` tokens or so become a block with codes of their own.
struct ScanlineDeflater: ~Copyable {
  /// Tokens per block before it is written (whole rows are kept together): enough that a
  /// dynamic header's 60–90 bytes do not matter, few enough that codes follow the picture.
  static let blockTokens = 1 << 15

  private var finder: MatchFinder
  private var writer: BitWriter
  private let tokens: UnsafeMutablePointer<UInt32>
  private var tokenCount = 0
  private var checksum: UInt32 = 1
  private let window: UnsafePointer<UInt8>
  private let rowLength: Int

  /// `window` will hold every filtered row, `rowLength` bytes each; `expectedSize` is a first
  /// guess at the stream's size.
  init(window: UnsafePointer<UInt8>, rowLength: Int, expectedSize: Int) {
    self.window = window
    self.rowLength = rowLength
    finder = MatchFinder(window: window, rowLength: rowLength)
    writer = BitWriter(capacity: expectedSize)
    tokens = .allocate(capacity: Self.blockTokens + rowLength)
    writer.put(0x0178, count: 16)  // deflate with a 32 KiB window, "fastest", no dictionary
  }

  deinit { tokens.deallocate() }

  /// Compresses row `row` of the window, which must be filtered, as must every row before it;
  /// `isZero` when all its bytes after the filter type are zeros.
  mutating func compressRow(_ row: Int, isLast: Bool, isZero: Bool = false) {
    let start = row * rowLength
    tokenCount +=
      isZero
      ? finder.tokenizeZeroRow(from: start, to: start + rowLength, into: tokens + tokenCount)
      : finder.tokenize(from: start, to: start + rowLength, into: tokens + tokenCount)
    checksum = UInt32(libdeflate_adler32(UInt32(checksum), window + start, rowLength))
    if tokenCount >= Self.blockTokens || isLast {
      DeflateBlockWriter.write(UnsafeBufferPointer(start: tokens, count: tokenCount), final: isLast, into: &writer)
      tokenCount = 0
    }
  }

  /// The stream, once the last row has been compressed.
  consuming func finish() -> Data {
    writer.alignToByte()
    writer.put(UInt64(checksum.byteSwapped), count: 32)  // most significant byte first
    return Data(bytes: writer.bytes, count: writer.count)
  }
}
