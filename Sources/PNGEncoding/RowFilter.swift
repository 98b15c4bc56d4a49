/// PNG's per-row filters Sub and Up, chosen per row and worked out on cairo's 32-bit pixels,
/// packed into PNG's byte order as they are written.
///
/// Each filter works byte by byte with the same channel of the pixel to the left or above, so
/// filtering four-byte pixels and then dropping alpha gives the same bytes as filtering the
/// packed RGB row. Of PNG's five filters only these two pay off on flat graphics: None won 5 of
/// the seed's 845 rows and dropping it made the example PNGs smaller, and Avg and Paeth would
/// cost two more passes a row.
enum RowFilter {
  /// PNG's filter type byte.
  enum Kind: UInt8 {
    case sub = 1
    case up = 2
  }

  /// The filter that leaves fewer bytes other than zero (Up on a tie): zeros are what the
  /// encoder's runs swallow. On the example timelines this gives files 1.3% smaller than the
  /// PNG specification's heuristic (the least sum of absolute differences among None, Sub and
  /// Up), and costs half as much to work out.
  static func choose(
    current: UnsafePointer<UInt32>, previous: UnsafePointer<UInt32>, width: Int, withAlpha: Bool
  ) -> Kind {
    let counts = nonZeroCounts(current: current, previous: previous, width: width, withAlpha: withAlpha)
    return counts.up <= counts.sub ? .up : .sub
  }

  /// Writes the row filtered by `kind` into `output` in PNG's byte order: R, G, B per pixel, or
  /// R, G, B, A `withAlpha` (`width * 3` or `width * 4` bytes).
  static func apply(
    _ kind: Kind, current: UnsafePointer<UInt32>, previous: UnsafePointer<UInt32>, width: Int, withAlpha: Bool,
    output: UnsafeMutablePointer<UInt8>
  ) {
    switch kind {
    case .up:
      apply(current: current, previous: previous, width: width, withAlpha: withAlpha, output: output) { row, above in
        row.loadUnaligned(as: SIMD16<UInt8>.self) &- above.loadUnaligned(as: SIMD16<UInt8>.self)
      } scalar: { pixel in
        subtractBytes(current[pixel], previous[pixel])
      }
    case .sub:
      apply(current: current, previous: previous, width: width, withAlpha: withAlpha, output: output) { row, _ in
        row.loadUnaligned(as: SIMD16<UInt8>.self) &- row.loadUnaligned(fromByteOffset: -4, as: SIMD16<UInt8>.self)
      } scalar: { pixel in
        pixel == 0 ? current[0] : subtractBytes(current[pixel], current[pixel - 1])
      }
    }
  }

  /// One filter's loop: `filtered` gives four filtered pixels from their addresses in this row
  /// and the row above (from the second pixel on), `scalar` one pixel by its index.
  @inline(__always) private static func apply(
    current: UnsafePointer<UInt32>, previous: UnsafePointer<UInt32>, width: Int, withAlpha: Bool,
    output: UnsafeMutablePointer<UInt8>,
    _ filtered: (UnsafeRawPointer, UnsafeRawPointer) -> SIMD16<UInt8>, scalar: (Int) -> UInt32
  ) {
    let pixelSize = withAlpha ? 4 : 3
    var pixel = 0
    #if _endian(little)
      if width > 1 {
        PixelRows.pack(scalar(0), withAlpha: withAlpha, into: output)
        var row = UnsafeRawPointer(current + 1)
        var above = UnsafeRawPointer(previous + 1)
        var target = output + pixelSize
        // Four pixels at a time, from the second, while the bytes stored (16 with alpha, 14
        // without) stay within the row.
        let chunks = withAlpha ? (width - 1) / 4 : (width - 2) / 4
        if withAlpha {
          for _ in 0..<chunks {
            PixelRows.pack(filtered(row, above), withAlpha: true, into: target)
            row += 16
            above += 16
            target += 16
          }
        } else {
          for _ in 0..<chunks {
            PixelRows.pack(filtered(row, above), withAlpha: false, into: target)
            row += 16
            above += 16
            target += 12
          }
        }
        pixel = 1 + chunks * 4
      }
    #endif
    while pixel < width {
      PixelRows.pack(scalar(pixel), withAlpha: withAlpha, into: output + pixel * pixelSize)
      pixel += 1
    }
  }

  /// Each byte of `minuend` minus the same byte of `subtrahend`, wrapping.
  @inline(__always) static func subtractBytes(_ minuend: UInt32, _ subtrahend: UInt32) -> UInt32 {
    unsafeBitCast(
      unsafeBitCast(minuend, to: SIMD4<UInt8>.self) &- unsafeBitCast(subtrahend, to: SIMD4<UInt8>.self),
      to: UInt32.self)
  }

  /// How many bytes other than zero each filter leaves, four pixels at a time, alpha counted
  /// only `withAlpha`. (Cairo's alpha byte is 255 in every pixel of an opaque image, so Sub and
  /// Up turn it to zero but for the first pixel's Sub.)
  static func nonZeroCounts(
    current: UnsafePointer<UInt32>, previous: UnsafePointer<UInt32>, width: Int, withAlpha: Bool
  ) -> (sub: Int, up: Int) {
    // The first pixel has nothing to its left: Sub leaves it as it is.
    var sub = nonZeroCount(withAlpha ? current[0] : current[0] & 0x00FF_FFFF)
    var up = nonZeroCount(subtractBytes(current[0], previous[0]))
    var row = UnsafeRawPointer(current + 1)
    var above = UnsafeRawPointer(previous + 1)
    var remaining = (width - 1) / 4
    while remaining > 0 {
      // Byte lanes gain at most 1 a step: 255 steps cannot overflow.
      let steps = min(remaining, 255)
      remaining -= steps
      var laneSub = SIMD16<UInt8>()
      var laneUp = SIMD16<UInt8>()
      for _ in 0..<steps {
        let value = row.loadUnaligned(as: SIMD16<UInt8>.self)
        laneSub &-= nonZeroMask(value &- row.loadUnaligned(fromByteOffset: -4, as: SIMD16<UInt8>.self))
        laneUp &-= nonZeroMask(value &- above.loadUnaligned(as: SIMD16<UInt8>.self))
        row += 16
        above += 16
      }
      sub &+= total(laneSub)
      up &+= total(laneUp)
    }
    for pixel in (1 + (width - 1) / 4 * 4)..<width {
      sub &+= nonZeroCount(subtractBytes(current[pixel], current[pixel - 1]))
      up &+= nonZeroCount(subtractBytes(current[pixel], previous[pixel]))
    }
    return (sub, up)
  }

  /// 255 in each lane whose byte is not zero, 0 elsewhere: the top bit of `v | -v`, spread.
  @inline(__always) static func nonZeroMask(_ bytes: SIMD16<UInt8>) -> SIMD16<UInt8> {
    let either = unsafeBitCast(bytes | (SIMD16<UInt8>() &- bytes), to: SIMD16<Int8>.self)
    return unsafeBitCast(either &>> 7, to: SIMD16<UInt8>.self)
  }

  /// The 16 byte lanes added up.
  @inline(__always) private static func total(_ lanes: SIMD16<UInt8>) -> Int {
    let pairs = unsafeBitCast(lanes, to: SIMD8<UInt16>.self)
    let quads = unsafeBitCast((pairs & 0x00FF) &+ (pairs &>> 8), to: SIMD4<UInt32>.self)
    let sums = (quads & 0xFFFF) &+ (quads &>> 16)
    return Int(sums[0]) &+ Int(sums[1]) &+ Int(sums[2]) &+ Int(sums[3])
  }

  /// How many of the pixel's four bytes are not zero.
  @inline(__always) static func nonZeroCount(_ pixel: UInt32) -> Int {
    (pixel & 0xFF != 0 ? 1 : 0) + (pixel & 0xFF00 != 0 ? 1 : 0) + (pixel & 0xFF_0000 != 0 ? 1 : 0)
      + (pixel & 0xFF00_0000 != 0 ? 1 : 0)
  }
}
