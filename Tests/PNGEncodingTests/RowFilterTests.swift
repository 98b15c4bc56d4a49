import Testing

@testable import PNGEncoding

/// The vectorised filter choice and filters on cairo's pixels against plain byte-by-byte
/// references on the packed bytes.
@Suite struct RowFilterTests {
  /// A row of cairo pixels packed as PNG bytes: R, G, B (and A).
  static func packed(_ pixels: [UInt32], withAlpha: Bool) -> [UInt8] {
    pixels.flatMap { pixel in
      let rgb = [UInt8(pixel >> 16 & 0xFF), UInt8(pixel >> 8 & 0xFF), UInt8(pixel & 0xFF)]
      return withAlpha ? rgb + [UInt8(pixel >> 24)] : rgb
    }
  }

  static func referenceCounts(_ row: [UInt8], _ above: [UInt8], channels: Int) -> (sub: Int, up: Int) {
    let sub = row.indices.filter { row[$0] != ($0 >= channels ? row[$0 - channels] : 0) }.count
    let up = row.indices.filter { row[$0] != above[$0] }.count
    return (sub, up)
  }

  static func referenceFilter(_ kind: RowFilter.Kind, _ row: [UInt8], _ above: [UInt8], channels: Int) -> [UInt8] {
    row.indices.map { index in
      switch kind {
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
  func vectorisedCountsAndFiltersMatchTheReference(width: Int) {
    for withAlpha in [false, true] {
      let channels = withAlpha ? 4 : 3
      let row = Self.pixels(width, seed: UInt64(width), opaque: !withAlpha)
      let above = Self.pixels(width, seed: UInt64(width) + 7, opaque: !withAlpha)
      let rowBytes = Self.packed(row, withAlpha: withAlpha)
      let aboveBytes = Self.packed(above, withAlpha: withAlpha)
      row.withUnsafeBufferPointer { r in
        above.withUnsafeBufferPointer { a in
          let counts = RowFilter.nonZeroCounts(
            current: r.baseAddress!, previous: a.baseAddress!, width: width, withAlpha: withAlpha)
          // Opaque pixels' alpha bytes (dropped from the PNG) filter to zero and do not count.
          let expected = Self.referenceCounts(rowBytes, aboveBytes, channels: channels)
          #expect(counts == expected, "width \(width), \(channels) channels")
          for kind in [RowFilter.Kind.sub, .up] {
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

  @Test func rowsDifferentEverywhereCountEveryByteWithoutOverflow() {
    // 2,000 pixels: more than 255 steps of one lane, each byte counted.
    let row: [UInt32] = (0..<2000).map { $0 % 2 == 0 ? 0x0101_0101 : 0x0202_0202 }
    let above = row.map { $0 &+ 0x0404_0404 }
    let counts = row.withUnsafeBufferPointer { r in
      above.withUnsafeBufferPointer { a in
        RowFilter.nonZeroCounts(current: r.baseAddress!, previous: a.baseAddress!, width: 2000, withAlpha: true)
      }
    }
    #expect(counts == (sub: 8000, up: 8000))
  }

  @Test func rowsLikeTheOneAboveAreFilteredUp() {
    let row = Self.pixels(60, seed: 3, opaque: true)
    let kind = row.withUnsafeBufferPointer { r in
      RowFilter.choose(current: r.baseAddress!, previous: r.baseAddress!, width: 60, withAlpha: false)
    }
    #expect(kind == .up)
  }
}
