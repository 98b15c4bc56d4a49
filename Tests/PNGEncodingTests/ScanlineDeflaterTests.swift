import CDeflate
import Foundation
import Testing

@testable import PNGEncoding

/// The package's DEFLATE encoder, inflated by libdeflate's decompressor (an implementation
/// independent of it), on rows of every kind it special-cases.
@Suite struct ScanlineDeflaterTests {
  /// Compresses `rows` of `rowLength` bytes the way the PNG encoder does, row by row.
  static func compress(_ bytes: [UInt8], rowLength: Int) -> Data {
    bytes.withUnsafeBufferPointer { source in
      guard let base = source.baseAddress else { return Data() }
      var deflater = ScanlineDeflater(rowLength: rowLength, expectedSize: 64)
      let rows = bytes.count / rowLength
      for row in 0..<rows {
        deflater.nextRow().update(from: base + row * rowLength, count: rowLength)
        deflater.compressRow(isLast: row == rows - 1)
      }
      return deflater.finish()
    }
  }

  /// libdeflate's zlib decompressor: the bytes, or nil when the stream (or its Adler-32) is bad.
  static func inflate(_ stream: Data, size: Int) -> [UInt8]? {
    guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
    defer { libdeflate_free_decompressor(decompressor) }
    var output = [UInt8](repeating: 0, count: size)
    var written = 0
    let result = stream.withUnsafeBytes { input in
      output.withUnsafeMutableBytes { out in
        libdeflate_zlib_decompress_ex(
          decompressor, input.baseAddress, input.count, out.baseAddress, size, nil, &written)
      }
    }
    guard result == LIBDEFLATE_SUCCESS, written == size else { return nil }
    return output
  }

  static func random(_ count: Int, seed: UInt64, alphabet: UInt64 = 256) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8((state >> 33) % alphabet)
    }
  }

  /// Rows of noise, zeros, repeated pixels, copies of the row above and repeated words.
  static func chartLikeRows(rowLength: Int, rows: Int, pixelSize: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    for row in 0..<rows {
      var line: [UInt8]
      switch row % 6 {
      case 0: line = random(rowLength, seed: UInt64(row))
      case 1: line = [UInt8](repeating: 0, count: rowLength)
      case 2: line = (0..<rowLength).map { UInt8($0 % pixelSize * 40) }
      case 3: line = Array(bytes.suffix(rowLength))
      case 4: line = random(rowLength, seed: UInt64(row), alphabet: 3)
      default:
        let word = random(7, seed: UInt64(row))
        line = (0..<rowLength).map { word[$0 % 7] }
      }
      line[0] = UInt8(row % 3)
      bytes += line
    }
    return bytes
  }

  @Test(arguments: [(1, 3, 1), (4, 3, 9), (301, 3, 40), (4801, 3, 60), (6401, 4, 30), (40_001, 4, 5)])
  func chartLikeRowsInflateToThemselves(rowLength: Int, pixelSize: Int, rows: Int) {
    let bytes = Self.chartLikeRows(rowLength: rowLength, rows: rows, pixelSize: pixelSize)
    let stream = Self.compress(bytes, rowLength: rowLength)
    #expect(Self.inflate(stream, size: bytes.count) == bytes)
  }

  @Test func matchesReachBackAcrossTheWindowsSlides() {
    // Each row of noise repeats the one five rows (30,005 bytes) back: only a window that
    // keeps 32 KiB through every slide finds those matches.
    let rowLength = 6001
    let fresh = (0..<5).map { Self.random(rowLength, seed: UInt64($0)) }
    let rows = 5 + 3 * ScanlineDeflater.windowSpan / rowLength
    let bytes = (0..<rows).flatMap { fresh[$0 % 5] }
    let stream = Self.compress(bytes, rowLength: rowLength)
    #expect(Self.inflate(stream, size: bytes.count) == bytes)
    #expect(stream.count < 5 * rowLength + bytes.count / 50, "\(stream.count) bytes for \(bytes.count)")
  }

  @Test func manyBlocksInflateToThemselves() {
    // Noise rows make a block every few rows; each block has its own codes.
    let rowLength = 4801
    let bytes = (0..<40).flatMap { row in Self.random(rowLength, seed: UInt64(row), alphabet: UInt64(2 + row * 6)) }
    let stream = Self.compress(bytes, rowLength: rowLength)
    #expect(Self.inflate(stream, size: bytes.count) == bytes)
  }

  @Test func zerosCompressToAlmostNothing() {
    let bytes = [UInt8](repeating: 0, count: 4801 * 100)
    let stream = Self.compress(bytes, rowLength: 4801)
    #expect(Self.inflate(stream, size: bytes.count) == bytes)
    #expect(stream.count < 800)
  }
}
