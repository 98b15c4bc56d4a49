import Cairo
import Foundation
import PNGEncoding
import Testing

/// The encoder against cairo's own PNG reader and writer, on drawn images.
@Suite struct PNGEncoderTests {
  /// Random rectangles and antialiased diagonals; `opaque` paints a background first.
  static func drawn(width: Int, height: Int, seed: UInt64, opaque: Bool) throws -> ImageSurface {
    let surface = try ImageSurface(width: width, height: height)
    let context = try Context(surface: surface)
    var state = seed
    func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
    if opaque {
      context.setSource(red: 1, green: 1, blue: 1, alpha: 1)
      context.paint()
    }
    for _ in 0..<40 {
      context.setSource(red: next(), green: next(), blue: next(), alpha: opaque ? 1 : next())
      context.newPath()
      context.move(toX: next() * Double(width), y: next() * Double(height))
      context.line(toX: next() * Double(width), y: next() * Double(height))
      context.line(toX: next() * Double(width), y: next() * Double(height))
      context.closePath()
      context.fill()
    }
    try context.checkStatus()
    return surface
  }

  static func encode(_ surface: ImageSurface, level: Int32 = PNGEncoder.defaultLevel) throws -> Data {
    try surface.withPixels { pixels, width, height, stride in
      try PNGEncoder(compressionLevel: level).encode(pixels: pixels, width: width, height: height, stride: stride)
    }
  }

  /// Every pixel of both surfaces as cairo holds them (premultiplied), compared exactly.
  static func samePixels(_ a: ImageSurface, _ b: ImageSurface) -> Bool {
    guard a.width == b.width, a.height == b.height else { return false }
    return a.withPixels { left, width, height, leftStride in
      b.withPixels { right, _, _, rightStride in
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return false }
        return (0..<height).allSatisfy { y in
          memcmp(leftBase + y * leftStride, rightBase + y * rightStride, width * 4) == 0
        }
      }
    }
  }

  /// The colour type byte of the IHDR chunk: 2 is RGB, 6 is RGBA.
  static func colourType(_ png: Data) -> UInt8 { png[png.startIndex + 25] }

  @Test(arguments: [(1, 1), (5, 3), (17, 9), (333, 211), (1600, 40)])
  func opaqueImagesDecodeToTheSamePixelsAsRGB(size: (Int, Int)) throws {
    let surface = try Self.drawn(width: size.0, height: size.1, seed: UInt64(size.0 * 31 + size.1), opaque: true)
    let png = try Self.encode(surface)
    #expect(Self.colourType(png) == 2)
    #expect(Self.samePixels(try ImageSurface(png: png), surface))
  }

  @Test(arguments: [(1, 1), (7, 4), (250, 130)])
  func translucentImagesDecodeLikeCairosOwnPNGs(size: (Int, Int)) throws {
    let surface = try Self.drawn(width: size.0, height: size.1, seed: 99, opaque: false)
    let png = try Self.encode(surface)
    #expect(Self.colourType(png) == 6)
    // Un-premultiplying loses precision where alpha is low; cairo's writer loses the same.
    let ours = try ImageSurface(png: png)
    let cairos = try ImageSurface(png: surface.pngData())
    #expect(Self.samePixels(ours, cairos))
  }

  @Test func everyLevelDecodesAndHigherLevelsAreNotLarger() throws {
    let surface = try Self.drawn(width: 400, height: 300, seed: 7, opaque: true)
    let ours = try Self.encode(surface, level: 0)
    let fastest = try Self.encode(surface, level: 1)
    let smallest = try Self.encode(surface, level: 9)
    #expect(Self.samePixels(try ImageSurface(png: ours), surface))
    #expect(Self.samePixels(try ImageSurface(png: fastest), surface))
    #expect(Self.samePixels(try ImageSurface(png: smallest), surface))
    #expect(smallest.count <= fastest.count)
  }

  @Test(arguments: [Int32(0), 1])
  func translucentImagesDecodeAtEveryEncoder(level: Int32) throws {
    let surface = try Self.drawn(width: 1600, height: 60, seed: 11, opaque: false)
    let ours = try ImageSurface(png: Self.encode(surface, level: level))
    #expect(Self.samePixels(ours, try ImageSurface(png: surface.pngData())))
  }

  @Test func samePixelsGiveTheSameBytes() throws {
    let first = try Self.encode(Self.drawn(width: 300, height: 200, seed: 3, opaque: true))
    let second = try Self.encode(Self.drawn(width: 300, height: 200, seed: 3, opaque: true))
    #expect(first == second)
  }

  @Test func chunksCarryValidChecksums() throws {
    let png = try Self.encode(Self.drawn(width: 64, height: 64, seed: 5, opaque: false))
    var offset = 8
    var types: [String] = []
    let bytes = [UInt8](png)
    while offset + 12 <= bytes.count {
      let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
      let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
      let stored = bytes[offset + 8 + length..<offset + 12 + length].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
      #expect(stored == CRC32.of(bytes[offset + 4..<offset + 8 + length]), "chunk \(type)")
      types.append(type)
      offset += 12 + length
    }
    #expect(offset == bytes.count)
    #expect(types.first == "IHDR" && types.last == "IEND" && types.contains("IDAT"))
  }

  @Test func impossibleSizesAreRefused() {
    let bytes = [UInt8](repeating: 0, count: 16)
    bytes.withUnsafeBytes { raw in
      #expect(throws: PNGError.self) { try PNGEncoder().encode(pixels: raw, width: 0, height: 1, stride: 0) }
      #expect(throws: PNGError.self) { try PNGEncoder().encode(pixels: raw, width: 4, height: 2, stride: 16) }
    }
  }
}

/// A bitwise CRC-32 (the PNG polynomial), independent of zlib's, to check the chunks.
enum CRC32 {
  static func of(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
