/// Turns one row of native-endian premultiplied ARGB32 pixels into PNG's byte order.
enum PixelRows {
  /// R, G, B per pixel; alpha is known to be 255.
  static func unpackOpaque(_ row: UnsafePointer<UInt32>, width: Int, into target: UnsafeMutablePointer<UInt8>) {
    var out = target
    for x in 0..<width {
      let pixel = row[x]
      out[0] = UInt8(truncatingIfNeeded: pixel >> 16)
      out[1] = UInt8(truncatingIfNeeded: pixel >> 8)
      out[2] = UInt8(truncatingIfNeeded: pixel)
      out += 3
    }
  }

  /// R, G, B, A per pixel, colour divided by alpha (rounded, as cairo's own writer does).
  static func unpackTranslucent(_ row: UnsafePointer<UInt32>, width: Int, into target: UnsafeMutablePointer<UInt8>) {
    var out = target
    for x in 0..<width {
      let pixel = row[x]
      let alpha = pixel >> 24
      if alpha == 0 {
        out[0] = 0
        out[1] = 0
        out[2] = 0
        out[3] = 0
      } else {
        out[0] = unpremultiply((pixel >> 16) & 0xFF, alpha)
        out[1] = unpremultiply((pixel >> 8) & 0xFF, alpha)
        out[2] = unpremultiply(pixel & 0xFF, alpha)
        out[3] = UInt8(alpha)
      }
      out += 4
    }
  }

  @inline(__always) static func unpremultiply(_ value: UInt32, _ alpha: UInt32) -> UInt8 {
    UInt8(min(255, (value * 255 + alpha / 2) / alpha))
  }
}
