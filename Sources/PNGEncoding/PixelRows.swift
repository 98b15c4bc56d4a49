/// Cairo's native-endian premultiplied ARGB32 pixels (0xAARRGGBB) and PNG's byte order.
enum PixelRows {
  /// Writes one pixel as R, G, B (alpha dropped) or R, G, B, A `withAlpha`.
  @inline(__always) static func pack(_ pixel: UInt32, withAlpha: Bool, into target: UnsafeMutablePointer<UInt8>) {
    target[0] = UInt8(truncatingIfNeeded: pixel >> 16)
    target[1] = UInt8(truncatingIfNeeded: pixel >> 8)
    target[2] = UInt8(truncatingIfNeeded: pixel)
    if withAlpha { target[3] = UInt8(truncatingIfNeeded: pixel >> 24) }
  }

  #if _endian(little)
    /// Writes four pixels (16 bytes in memory order) as 12 bytes R, G, B or 16 bytes R, G, B, A
    /// `withAlpha`. Without alpha it may store 14 bytes, the last two to be overwritten.
    @inline(__always) static func pack(
      _ pixels: SIMD16<UInt8>, withAlpha: Bool, into target: UnsafeMutablePointer<UInt8>
    ) {
      let out = UnsafeMutableRawPointer(target)
      let pairs = unsafeBitCast(pixels, to: SIMD2<UInt64>.self)
      // Filtered flat colour is mostly zeros, which need no reordering.
      if pairs[0] | pairs[1] == 0 {
        out.storeBytes(of: 0, as: UInt64.self)
        out.storeBytes(of: 0, toByteOffset: withAlpha ? 8 : 4, as: UInt64.self)
        return
      }
      let words = unsafeBitCast(pixels, to: SIMD4<UInt32>.self)
      // Red and blue swapped: 0xAABBGGRR, which is R, G, B, A in memory.
      let swapped = (words & 0xFF00_FF00) | (words &>> 16 & 0xFF) | (words & 0xFF) &<< 16
      if withAlpha {
        out.storeBytes(of: swapped, as: SIMD4<UInt32>.self)
        return
      }
      // Two pixels per 64-bit lane, the second moved down over the first one's alpha.
      let swappedPairs = unsafeBitCast(swapped, to: SIMD2<UInt64>.self)
      let packed = (swappedPairs & 0xFF_FFFF) | (swappedPairs &>> 32 & 0xFF_FFFF) &<< 24
      out.storeBytes(of: packed[0], as: UInt64.self)
      out.storeBytes(of: packed[1], toByteOffset: 6, as: UInt64.self)
    }
  #endif

  /// The row with each colour divided by alpha (rounded, as cairo's own writer does), still
  /// as 0xAARRGGBB; fully transparent pixels become 0.
  static func unpremultiply(_ row: UnsafePointer<UInt32>, width: Int, into target: UnsafeMutablePointer<UInt32>) {
    for x in 0..<width {
      let pixel = row[x]
      let alpha = pixel >> 24
      if alpha == 0 {
        target[x] = 0
      } else if alpha == 255 {
        target[x] = pixel
      } else {
        let red = unpremultiply((pixel >> 16) & 0xFF, alpha)
        let green = unpremultiply((pixel >> 8) & 0xFF, alpha)
        let blue = unpremultiply(pixel & 0xFF, alpha)
        target[x] = alpha << 24 | red << 16 | green << 8 | blue
      }
    }
  }

  @inline(__always) static func unpremultiply(_ value: UInt32, _ alpha: UInt32) -> UInt32 {
    min(255, (value * 255 + alpha / 2) / alpha)
  }
}
