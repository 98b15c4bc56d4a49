import CDeflate
import Foundation

/// Writes PNG files from 32-bit premultiplied ARGB pixels (cairo's `ARGB32`), tuned for the
/// flat colours, straight edges and antialiased text of charts.
///
/// An opaque image is written as 8-bit RGB (a quarter fewer bytes to filter and compress than
/// RGBA); an image with any transparency as 8-bit RGBA, un-premultiplied. Each row gets the
/// filter Sub or Up, whichever leaves fewer bytes other than zero (the others of PNG's five
/// rarely win on flat graphics and cost a pass each). At the default level 0 the filtered rows
/// are compressed as they are made by the package's own DEFLATE encoder, which looks for
/// matches only where charts repeat themselves (runs, the row above, the last place the same
/// four bytes were seen; see `ScanlineDeflater`); levels 1–12 compress the whole filtered
/// image with libdeflate at that level instead.
///
/// ```swift
/// let png = try PNGEncoder().encode(pixels: buffer, width: 1600, height: 885, stride: 6400)
/// ```
///
/// The output is deterministic: the same pixels give the same bytes, with no time or
/// software chunk. A `pHYs` chunk records ``pixelsPerInch`` so LaTeX, Word, LibreOffice and
/// pandoc size the image as asked.
public struct PNGEncoder: Sendable {
  /// 0 for the package's own run-aware encoder (the fastest), or libdeflate's level, 1 (its
  /// fastest) to 12 (smallest).
  public var compressionLevel: Int32
  /// The pixel density written into the `pHYs` chunk (stored as whole pixels per metre).
  public var pixelsPerInch: Double

  /// CSS's 96 pixels to the inch: the density of an image drawn at one pixel per layout unit.
  public static let defaultPixelsPerInch: Double = 96

  /// Level 0, the package's own encoder. On the example timelines it writes files within 4% of
  /// libdeflate's level 1 in a fraction of the instructions (BENCHMARKS.md, "PNG encoder,
  /// second round"); libdeflate's level 1 took a quarter of zlib's level 4, and its level 5
  /// is 6% smaller for twice level 1's time.
  public static let defaultLevel: Int32 = 0

  /// Creates an encoder; see ``defaultLevel`` and ``defaultPixelsPerInch``.
  public init(
    compressionLevel: Int32 = PNGEncoder.defaultLevel, pixelsPerInch: Double = PNGEncoder.defaultPixelsPerInch
  ) {
    self.compressionLevel = min(12, max(0, compressionLevel))
    self.pixelsPerInch = pixelsPerInch
  }

  /// ``pixelsPerInch`` as the whole pixels per metre PNG stores, at least 1 (a density that is
  /// not a finite positive number is written as 96 dpi). Rounded up, so that readers which
  /// truncate the density back to whole dpi (pandoc: 11811 per metre would be 299 dpi, a 120 mm
  /// image 120.4 mm wide in a DOCX) get the dpi given: 300 dpi is 11812 per metre.
  public var pixelsPerMetre: UInt32 {
    let dpi = pixelsPerInch.isFinite && pixelsPerInch > 0 ? pixelsPerInch : Self.defaultPixelsPerInch
    return UInt32(min(Double(UInt32.max), max(1, (dpi / 0.0254).rounded(.up))))
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
    var output = Data()
    output.reserveCapacity(width * height / 4)
    output.append(contentsOf: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var header = Data()
    header.appendBigEndian(UInt32(width))
    header.appendBigEndian(UInt32(height))
    header.append(contentsOf: [8, opaque ? 2 : 6, 0, 0, 0])
    output.appendChunk("IHDR", header)
    var density = Data()
    density.appendBigEndian(pixelsPerMetre)
    density.appendBigEndian(pixelsPerMetre)
    density.append(1)  // the unit is the metre
    output.appendChunk("pHYs", density)
    let compressed = try compress(base, width: width, height: height, stride: stride, opaque: opaque)
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
      let row = pixels + y * stride
      // Four pixels at a time, then the rest.
      var four = SIMD4<UInt32>(repeating: 0xFF00_0000)
      for quad in 0..<width / 4 { four &= row.loadUnaligned(fromByteOffset: quad * 16, as: SIMD4<UInt32>.self) }
      var all = four[0] & four[1] & four[2] & four[3]
      for x in width / 4 * 4..<width { all &= row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self) }
      if all & 0xFF00_0000 != 0xFF00_0000 { return false }
    }
    return true
  }

  private func compress(
    _ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int, opaque: Bool
  ) throws(PNGError) -> Data {
    var scanlines = ScanlineFilter(pixels: pixels, width: width, stride: stride, opaque: opaque)
    let rowLength = scanlines.rowLength
    let filteredSize = height * rowLength
    guard compressionLevel > 0 else {
      var deflater = ScanlineDeflater(rowLength: rowLength, expectedSize: filteredSize / 8)
      for y in 0..<height {
        let isZero = scanlines.filter(row: y, into: deflater.nextRow())
        deflater.compressRow(isLast: y == height - 1, isZero: isZero)
      }
      return deflater.finish()
    }
    // libdeflate compresses whole buffers: the whole filtered image.
    let filtered = UnsafeMutablePointer<UInt8>.allocate(capacity: filteredSize)
    defer { filtered.deallocate() }
    for y in 0..<height { scanlines.filter(row: y, into: filtered + y * rowLength) }
    guard let compressor = libdeflate_alloc_compressor(compressionLevel) else { throw PNGError.compression(-1) }
    defer { libdeflate_free_compressor(compressor) }
    let bound = libdeflate_zlib_compress_bound(compressor, filteredSize)
    let output = UnsafeMutableRawPointer.allocate(byteCount: bound, alignment: 16)
    defer { output.deallocate() }
    let written = libdeflate_zlib_compress(compressor, filtered, filteredSize, output, bound)
    guard written > 0 else { throw PNGError.compression(0) }
    return Data(bytes: output, count: written)
  }
}

/// Why a PNG could not be written.
public enum PNGError: Error, Equatable, CustomStringConvertible {
  case invalidSize(width: Int, height: Int)
  /// libdeflate could not allocate a compressor (-1) or compress (0).
  case compression(Int32)

  public var description: String {
    switch self {
    case .invalidSize(let width, let height): "PNG: cannot encode an image of \(width)×\(height) pixels"
    case .compression(let status): "PNG: compression failed (libdeflate status \(status))"
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
    var crc = typeBytes.withUnsafeBufferPointer { libdeflate_crc32(0, $0.baseAddress, $0.count) }
    crc = body.withUnsafeBytes { raw in libdeflate_crc32(crc, raw.baseAddress, raw.count) }
    append(contentsOf: typeBytes)
    append(body)
    appendBigEndian(crc)
  }
}
