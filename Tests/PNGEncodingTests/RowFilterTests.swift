import Testing

@testable import PNGEncoding

/// The vectorised filter costs and filters on cairo's pixels against plain byte-by-byte
/// references on the packed bytes.
@Suite struct RowFilterTests {
  /// A row of cairo pixels packed as PNG bytes: R, G, B (and A).
  static func packed(_ pixels: [UInt32], withAlpha: Bool) -> [UInt8] {
    pixels.flatMap { pixel in
      let rgb = [UInt8(pixel >> 16 & 0xFF), UInt8(pixel >> 8 & 0xFF), UInt8(pixel & 0xFF)]
      return withAlpha ? rgb + [UInt8(pixel >> 24)] : rgb
    }
  }

  static func reference(_ row: [UInt8], _ above: [UInt8], channels: Int) -> (none: Int, sub: Int, up: Int) {
    func cost(_ byte: UInt8) -> Int { byte < 128 ? Int(byte) : 256 - Int(byte) }
    var sums = (none: 0, sub: 0, up: 0)
    for index in row.indices {
      sums.none += cost(row[index])
      sums.sub += cost(row[index] &- (index >= channels ? row[index - channels] : 0))
      sums.up += cost(row[index] &- above[index])
    }
    return sums
  }

  static func referenceFilter(_ kind: RowFilter.Kind, _ row: [UInt8], _ above: [UInt8], channels: Int) -> [UInt8] {
    row.indices.map { index in
      switch kind {
      case .none: row[index]
      case .sub: row[index] &- (index >= channels ? row[index - channels] : 0)
      case .up: row[index] &- above[index]
      }
    }
  }

  /// Mostly extreme bytes, to push every 16-bit lane towards overflow, and runs.
  static func pixels(_ count: Int, seed: UInt64, opaque: Bool) -> [UInt32] {
    var state = seed
    func byte() -> UInt32 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 60 < 12 ? (state >> 59 & 1 == 0 ? 128 : 127) : UInt32(truncatingIfNeeded: state >> 33) & 0xFF
    }
    return (0..<count).map { _ in
      let pixel = byte() << 24 | byte() << 16 | byte() << 8 | byte()
      return opaque ? pixel | 0xFF00_0000 : pixel
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 9, 16, 17, 1021, 1600, 2000])
  func vectorisedCostsAndFiltersMatchTheReference(width: Int) {
    for withAlpha in [false, true] {
      let channels = withAlpha ? 4 : 3
      let row = Self.pixels(width, seed: UInt64(width), opaque: !withAlpha)
      let above = Self.pixels(width, seed: UInt64(width) + 7, opaque: !withAlpha)
      let rowBytes = Self.packed(row, withAlpha: withAlpha)
      let aboveBytes = Self.packed(above, withAlpha: withAlpha)
      row.withUnsafeBufferPointer { r in
        above.withUnsafeBufferPointer { a in
          let costs = RowFilter.costs(
            current: r.baseAddress!, previous: a.baseAddress!, width: width, withAlpha: withAlpha)
          #expect(costs == Self.reference(rowBytes, aboveBytes, channels: channels), "width \(width), \(channels)")
          for kind in [RowFilter.Kind.none, .sub, .up] {
            var output = [UInt8](repeating: 0xEE, count: width * channels + 2)
            output.withUnsafeMutableBufferPointer { o in
              RowFilter.apply(
                kind, current: r.baseAddress!, previous: a.baseAddress!, width: width, withAlpha: withAlpha,
                output: o.baseAddress! + 1)
            }
            let expected = [0xEE] + Self.referenceFilter(kind, rowBytes, aboveBytes, channels: channels) + [0xEE]
            #expect(output == expected, "\(kind), width \(width), \(channels) channels")
          }
        }
      }
    }
  }

  @Test func rowsLikeTheOneAboveAreFilteredUp() {
    let row = Self.pixels(60, seed: 3, opaque: true)
    let kind = row.withUnsafeBufferPointer { r in
      RowFilter.choose(current: r.baseAddress!, previous: r.baseAddress!, width: 60, withAlpha: false)
    }
    #expect(kind == .up)
  }
}
