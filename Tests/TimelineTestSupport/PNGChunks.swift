import Foundation

/// A PNG file read back chunk by chunk, for tests that check what the encoder wrote.
public struct PNGChunks {
  /// One chunk: its four-letter type, its data and whether its CRC matched.
  public struct Chunk {
    public var type: String
    public var body: [UInt8]
    public var crcMatches: Bool
  }

  /// The chunks in file order.
  public var chunks: [Chunk]

  /// Reads every chunk after the signature; `nil` when the bytes are not a well-framed PNG.
  public init?(_ data: Data) {
    let bytes = [UInt8](data)
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.starts(with: signature) else { return nil }
    var chunks: [Chunk] = []
    var index = signature.count
    while index < bytes.count {
      guard index + 12 <= bytes.count else { return nil }
      let length = Int(Self.bigEndian(bytes, at: index))
      guard index + 12 + length <= bytes.count else { return nil }
      let typeAndBody = Array(bytes[(index + 4)..<(index + 8 + length)])
      let stored = Self.bigEndian(bytes, at: index + 8 + length)
      chunks.append(
        Chunk(
          type: String(decoding: typeAndBody.prefix(4), as: UTF8.self), body: Array(typeAndBody.dropFirst(4)),
          crcMatches: Self.crc32(typeAndBody) == stored))
      index += 12 + length
    }
    self.chunks = chunks
  }

  /// The chunk types in order, e.g. `["IHDR", "pHYs", "IDAT", "IEND"]`.
  public var types: [String] { chunks.map(\.type) }

  /// The `pHYs` chunk's horizontal and vertical pixels per unit and its unit (1 is the metre).
  public var physicalDensity: (x: UInt32, y: UInt32, unit: UInt8)? {
    guard let chunk = chunks.first(where: { $0.type == "pHYs" }), chunk.body.count == 9 else { return nil }
    return (Self.bigEndian(chunk.body, at: 0), Self.bigEndian(chunk.body, at: 4), chunk.body[8])
  }

  static func bigEndian(_ bytes: [UInt8], at index: Int) -> UInt32 {
    bytes[index..<(index + 4)].reduce(0) { $0 << 8 | UInt32($1) }
  }

  /// CRC-32 as PNG defines it (ISO 3309), bit by bit.
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
