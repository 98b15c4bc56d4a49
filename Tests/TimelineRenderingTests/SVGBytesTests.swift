import Testing
import TimelineScene

@testable import TimelineRendering

/// The SVG writer's numbers, colours and path data, byte for byte.
@Suite struct SVGBytesTests {
  func number(_ value: Double, decimals: Int = 3) -> String {
    var bytes = SVGBytes()
    bytes.append(value, decimals: decimals)
    return String(decoding: bytes.bytes, as: UTF8.self)
  }

  func digits(_ value: Int) -> String {
    var bytes = SVGBytes()
    bytes.appendDigits(value)
    return String(decoding: bytes.bytes, as: UTF8.self)
  }

  func hex(_ color: Color) -> String {
    var bytes = SVGBytes()
    bytes.appendHex(color)
    return String(decoding: bytes.bytes, as: UTF8.self)
  }

  func data(_ path: Path) -> String {
    var bytes = SVGBytes()
    _ = bytes.appendPathData(path)
    return String(decoding: bytes.bytes, as: UTF8.self)
  }

  @Test func numbersHaveAtMostThreeDecimalsAndNoTrailingZeros() {
    let cases: [(Double, String)] = [
      (12, "12"), (0.5, "0.5"), (-3.125, "-3.125"), (77.835_937_5, "77.836"), (1600, "1600"),
      (0.0004, "0"), (-0.0004, "0"), (-12.3, "-12.3"), (1_234_567.25, "1234567.25"), (0.01, "0.01"),
      (9.9996, "10"),
    ]
    for (value, text) in cases {
      #expect(number(value) == text, "\(value)")
    }
  }

  @Test func moreDecimalsWhenAsked() {
    #expect(number(0.963_431_2, decimals: 6) == "0.963431")
    #expect(number(0.000_001, decimals: 6) == "0.000001")
    #expect(number(1, decimals: 6) == "1")
  }

  @Test func nonFiniteAndHugeNumbersAreWrittenAsZero() {
    #expect(number(.nan) == "0")
    #expect(number(.infinity) == "0")
    #expect(number(1e300) == "0")
  }

  @Test func integersAreWrittenWhole() {
    #expect(digits(0) == "0")
    #expect(digits(7) == "7")
    #expect(digits(1_000_000_007) == "1000000007")
  }

  @Test func coloursAreEightBitHex() {
    #expect(hex(Color(hex: "#d55e00")!) == "#d55e00")
    #expect(hex(.white) == "#ffffff")
    #expect(hex(Color(red: 0.5, green: 0.1, blue: 1, alpha: 0.3)) == "#801aff")
  }

  @Test func pathDataFollowsTheElements() {
    let rect = Path.rect(Rect(x: 1, y: 2, width: 3, height: 4.5))
    var bytes = SVGBytes()
    let written = bytes.appendPathData(rect)
    #expect(written)
    #expect(String(decoding: bytes.bytes, as: UTF8.self) == "M1 2L4 2L4 6.5L1 6.5Z")
    let curve = Path([
      .move(to: Point(x: 0, y: 0)),
      .curve(control1: Point(x: 1, y: 2), control2: Point(x: 3, y: 4), to: Point(x: 5, y: 6)),
    ])
    #expect(data(curve) == "M0 0C1 2 3 4 5 6")
  }

  @Test func aPathWithoutCurrentPointStartsOneAsCairoDoes() {
    let line = Path([.close, .line(to: Point(x: 1, y: 1)), .line(to: Point(x: 2, y: 1))])
    #expect(data(line) == "M1 1L2 1")
    let curve = Path([.curve(control1: Point(x: 1, y: 2), control2: Point(x: 3, y: 4), to: Point(x: 5, y: 6))])
    #expect(data(curve) == "M1 2C1 2 3 4 5 6")
  }

  @Test func aNonFinitePointWritesNothing() {
    var bytes = SVGBytes()
    bytes.append("<path d=\"")
    let before = bytes.bytes
    let broken = Path([.move(to: Point(x: 1, y: 1)), .line(to: Point(x: .nan, y: 2))])
    let written = bytes.appendPathData(broken)
    #expect(!written)
    #expect(bytes.bytes == before)
  }
}
