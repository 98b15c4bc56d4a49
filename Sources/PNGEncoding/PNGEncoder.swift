import CZlib
import Foundation

/// Writes PNG files from 32-bit premultiplied ARGB pixels (cairo's `ARGB32`), tuned for the
/// flat colours, straight edges and antialiased text of charts.
///
/// An opaque image is written as 8-bit RGB (a quarter fewer bytes to filter and compress than
/// RGBA); an image with any transparency as 8-bit RGBA, un-premultiplied. Each row gets the
/// filter among None, Sub and Up with the smallest sum of absolute differences (the others of
/// PNG's five rarely win on flat graphics and cost a pass each), and the rows go through zlib
/// at ``compressionLevel``.
///
/// ```swift
/// let png = try PNGEncoder().encode(pixels: buffer, width: 1600, height: 885, stride: 6400)
/// ```
///
/// The output is deterministic: the same pixels give the same bytes, with no time or
/// software chunk.
public struct PNGEncoder: Sendable {
  /// zlib's level, 1 (fastest) to 9 (smallest).
  public var compressionLevel: Int32

  /// Creates an encoder. Level 4 is the fastest that stays below the size of cairo's writer
  /// on the example timelines (levels 1–3 skip lazy matching and come out 8–12% larger).
  public init(compressionLevel: Int32 = 4) {
    self.compressionLevel = min(9, max(1, compressionLevel))
  }

  /// Encodes `height` rows of `width` native-endian premultiplied ARGB32 pixels, each row
  /// starting `stride` bytes after the one before.
  ///
  /// - Precondition: `pixels` holds at least `stride * height` bytes and `stride >= width * 4`.
  public func encode(pixels: UnsafeRawBufferPointer, width: Int, height: Int, stride: Int) throws(PNGError) -> Data {
    guard width > 0, height > 0, width <= Int(Int32.max), height <= Int(Int32.max) else {
      throw PNGError.invalidSize(width: width, height: height)
    }
    let (needed, overflow) = stride.multipliedReportingOverflow(by: height)
    guard stride >= width * 4, !overflow, pixels.count >= needed, let base = pixels.baseAddress else {
      throw PNGError.invalidSize(width: width, height: height)
    }
    let opaque = Self.isOpaque(base, width: width, height: height, stride: stride)
    let channels = opaque ? 3 : 4
    var output = Data()
    output.reserveCapacity(width * height / 4)
    output.append(contentsOf: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var header = Data()
    header.appendBigEndian(UInt32(width))
    header.appendBigEndian(UInt32(height))
    header.append(contentsOf: [8, opaque ? 2 : 6, 0, 0, 0])
    output.appendChunk("IHDR", header)
    let compressed = try compress(
      base, width: width, height: height, stride: stride, channels: channels)
    let chunkSize = 1 << 18
    var start = 0
    repeat {
      let end = min(compressed.count, start + chunkSize)
      output.appendChunk("IDAT", compressed[start..<end])
      start = end
    } while start < compressed.count
    output.appendChunk("IEND", Data())
    return output
  }

  /// True when every pixel's alpha is 255.
  static func isOpaque(_ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) -> Bool {
    for y in 0..<height {
      let row = pixels.advanced(by: y * stride).assumingMemoryBound(to: UInt32.self)
      var all: UInt32 = 0xFF00_0000
      for x in 0..<width { all &= row[x] }
      if all & 0xFF00_0000 != 0xFF00_0000 { return false }
    }
    return true
  }

  private func compress(
    _ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int, channels: Int
  ) throws(PNGError) -> Data {
    var stream = z_stream()
    let initStatus = deflateInit2_(
      &stream, compressionLevel, Z_DEFLATED, 15, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
      Int32(MemoryLayout<z_stream>.size))
    guard initStatus == Z_OK else { throw PNGError.compression(initStatus) }
    defer { deflateEnd(&stream) }
    let rowBytes = width * channels
    // Two unpacked rows (this one and the one above), one filtered row, one output buffer.
    let outputSize = 1 << 16
    let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 3 * rowBytes + 1 + outputSize)
    defer { storage.deallocate() }
    storage.initialize(repeating: 0, count: 3 * rowBytes + 1 + outputSize)
    var previous = storage
    var current = storage + rowBytes
    let filtered = storage + 2 * rowBytes
    let output = UnsafeMutableBufferPointer(start: filtered + rowBytes + 1, count: outputSize)
    var result = Data()
    for y in 0..<height {
      let row = pixels.advanced(by: y * stride).assumingMemoryBound(to: UInt32.self)
      if channels == 3 {
        PixelRows.unpackOpaque(row, width: width, into: current)
      } else {
        PixelRows.unpackTranslucent(row, width: width, into: current)
      }
      RowFilter.chooseAndApply(
        current: current, previous: previous, count: rowBytes, channels: channels, output: filtered)
      let flush = y == height - 1 ? Z_FINISH : Z_NO_FLUSH
      let input = UnsafeMutableBufferPointer(start: filtered, count: rowBytes + 1)
      let status = Self.deflate(&stream, input: input, flush: flush, buffer: output, into: &result)
      guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
        throw PNGError.compression(status)
      }
      swap(&previous, &current)
    }
    return result
  }

  /// Feeds `input` to zlib, appending whatever it produces to `result`.
  private static func deflate(
    _ stream: inout z_stream, input: UnsafeMutableBufferPointer<UInt8>, flush: Int32,
    buffer: UnsafeMutableBufferPointer<UInt8>, into result: inout Data
  ) -> Int32 {
    stream.next_in = input.baseAddress
    stream.avail_in = UInt32(input.count)
    var status = Z_OK
    repeat {
      stream.next_out = buffer.baseAddress
      stream.avail_out = UInt32(buffer.count)
      status = CZlib.deflate(&stream, flush)
      let produced = buffer.count - Int(stream.avail_out)
      if produced > 0, let start = buffer.baseAddress { result.append(start, count: produced) }
      if status != Z_OK { break }
    } while stream.avail_out == 0 || stream.avail_in > 0
    return status
  }
}

/// Why a PNG could not be written.
public enum PNGError: Error, Equatable, CustomStringConvertible {
  case invalidSize(width: Int, height: Int)
  /// zlib returned this status.
  case compression(Int32)

  public var description: String {
    switch self {
    case .invalidSize(let width, let height): "PNG: cannot encode an image of \(width)×\(height) pixels"
    case .compression(let status): "PNG: compression failed (zlib status \(status))"
    }
  }
}

extension Data {
  mutating func appendBigEndian(_ value: UInt32) {
    append(contentsOf: [
      UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF),
    ])
  }

  /// Appends a chunk: length, type, data and the CRC of type and data.
  mutating func appendChunk(_ type: String, _ body: Data) {
    appendBigEndian(UInt32(body.count))
    let typeBytes = Array(type.utf8)
    var crc = typeBytes.withUnsafeBufferPointer { UInt(crc32(0, $0.baseAddress, UInt32($0.count))) }
    crc = body.withUnsafeBytes { raw in
      UInt(crc32(crc, raw.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt32(raw.count)))
    }
    append(contentsOf: typeBytes)
    append(body)
    appendBigEndian(UInt32(truncatingIfNeeded: crc))
  }
}
