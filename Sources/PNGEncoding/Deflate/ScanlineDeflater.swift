import CDeflate
import Foundation

/// A zlib stream (RFC 1950) of filtered scanlines, compressed a row at a time as they are
/// filtered: ``MatchFinder`` tokenizes each row while it is in the cache, and every
/// ``blockTokens`` tokens or so become a block with codes of their own.
///
/// The rows are filtered into a window of their own (``nextRow()``) that keeps only what
/// matches can reach, 32 KiB and the row above, and slides when full: a few hundred kilobytes
/// however large the image, instead of a filtered copy of it (whose fresh pages cost the
/// kernel about as much to hand out as the encoder spends compressing them).
struct ScanlineDeflater: ~Copyable {
  /// Tokens per block before it is written (whole rows are kept together): enough that a
  /// dynamic header's 60–90 bytes do not matter, few enough that codes follow the picture.
  static let blockTokens = 1 << 15
  /// Bytes of rows filtered into the window between two slides.
  static let windowSpan = 1 << 17

  private var finder: MatchFinder
  private var writer: BitWriter
  private let tokens: UnsafeMutablePointer<UInt32>
  private var tokenCount = 0
  private var checksum: UInt32 = 1
  private let window: UnsafeMutablePointer<UInt8>
  private let windowSize: Int
  /// What a slide keeps: as far back as a match reaches, and the row above.
  private let kept: Int
  /// The window's bytes in use; the next row goes here.
  private var used = 0
  private let rowLength: Int

  /// A stream of rows of `rowLength` bytes; `expectedSize` is a first guess at its size.
  init(rowLength: Int, expectedSize: Int) {
    self.rowLength = rowLength
    kept = max(DeflateSymbols.maximumDistance, rowLength)
    windowSize = kept + max(Self.windowSpan, rowLength)
    window = .allocate(capacity: windowSize)
    finder = MatchFinder(window: window, rowLength: rowLength)
    writer = BitWriter(capacity: expectedSize)
    tokens = .allocate(capacity: Self.blockTokens + rowLength)
    writer.put(0x0178, count: 16)  // deflate with a 32 KiB window, "fastest", no dictionary
  }

  deinit {
    tokens.deallocate()
    window.deallocate()
  }

  /// Where the next row is to be filtered, ``rowLength`` bytes, before ``compressRow(isLast:isZero:)``.
  mutating func nextRow() -> UnsafeMutablePointer<UInt8> {
    if used + rowLength > windowSize {
      let shift = used - kept
      memmove(window, window + shift, kept)
      finder.slide(by: shift)
      used = kept
    }
    return window + used
  }

  /// Compresses the row filtered into ``nextRow()``; `isZero` when all its bytes after the
  /// filter type are zeros.
  mutating func compressRow(isLast: Bool, isZero: Bool = false) {
    let start = used
    tokenCount +=
      isZero
      ? finder.tokenizeZeroRow(from: start, to: start + rowLength, into: tokens + tokenCount)
      : finder.tokenize(from: start, to: start + rowLength, into: tokens + tokenCount)
    checksum = UInt32(libdeflate_adler32(UInt32(checksum), window + start, rowLength))
    used += rowLength
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
