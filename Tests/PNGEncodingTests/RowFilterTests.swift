import Testing

@testable import PNGEncoding

/// The vectorised filter costs against a plain byte-by-byte reference.
@Suite struct RowFilterTests {
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

  @Test(arguments: [1, 2, 15, 16, 17, 48, 4096 * 3, 10_000 * 4])
  func vectorisedCostsMatchTheReference(count: Int) {
    var state: UInt64 = UInt64(count)
    func byte() -> UInt8 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Mostly extreme values, to push every 16-bit lane towards overflow.
      return state >> 60 < 12 ? (state >> 59 & 1 == 0 ? 128 : 127) : UInt8(truncatingIfNeeded: state >> 33)
    }
    for channels in [3, 4] {
      let row = (0..<count).map { _ in byte() }
      let above = (0..<count).map { _ in byte() }
      let expected = Self.reference(row, above, channels: channels)
      let actual = row.withUnsafeBufferPointer { r in
        above.withUnsafeBufferPointer { a in
          RowFilter.costs(current: r.baseAddress!, previous: a.baseAddress!, count: count, channels: channels)
        }
      }
      #expect(actual == expected, "count \(count), channels \(channels)")
    }
  }

  @Test func rowsLikeTheOneAboveAreFilteredUp() {
    let row: [UInt8] = (0..<60).map { UInt8($0 * 7 % 256) }
    var output = [UInt8](repeating: 9, count: 61)
    row.withUnsafeBufferPointer { r in
      output.withUnsafeMutableBufferPointer { o in
        RowFilter.chooseAndApply(
          current: r.baseAddress!, previous: r.baseAddress!, count: 60, channels: 3, output: o.baseAddress!)
      }
    }
    #expect(output == [2] + [UInt8](repeating: 0, count: 60))
  }
}
