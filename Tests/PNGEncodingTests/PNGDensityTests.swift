import Cairo
import Foundation
import PNGEncoding
import Testing
import TimelineTestSupport

/// The `pHYs` chunk: every PNG records its pixel density, read back from the written bytes.
@Suite struct PNGDensityTests {
  static func encode(pixelsPerInch: Double?) throws -> Data {
    let surface = try PNGEncoderTests.drawn(width: 40, height: 30, seed: 5, opaque: true)
    let encoder = pixelsPerInch.map { PNGEncoder(pixelsPerInch: $0) } ?? PNGEncoder()
    return try surface.withPixels { pixels, width, height, stride in
      try encoder.encode(pixels: pixels, width: width, height: height, stride: stride)
    }
  }

  @Test func theDefaultIs96DotsPerInchRecordedBeforeTheImageData() throws {
    let png = try Self.encode(pixelsPerInch: nil)
    let chunks = try #require(PNGChunks(png))
    #expect(chunks.types == ["IHDR", "pHYs", "IDAT", "IEND"])
    #expect(chunks.chunks.allSatisfy { $0.crcMatches })
    let density = try #require(chunks.physicalDensity)
    // 96 / 0.0254 = 3779.53 pixels per metre.
    #expect(density.x == 3780 && density.y == 3780 && density.unit == 1)
    // cairo's own reader still takes the file.
    #expect(try ImageSurface(png: png).width == 40)
  }

  @Test(arguments: [(300.0, UInt32(11812)), (72.0, UInt32(2835)), (150.0, UInt32(5906)), (600.0, UInt32(23623))])
  func theGivenDensityIsRecordedInPixelsPerMetre(dpi: Double, perMetre: UInt32) throws {
    let density = try #require(PNGChunks(try Self.encode(pixelsPerInch: dpi))?.physicalDensity)
    #expect(density.x == perMetre && density.y == perMetre && density.unit == 1)
    // Read back as dots per inch, the density is the one asked for or up to one pixel per metre
    // more (rounded up), so a reader that truncates to whole dpi (pandoc) gets it back.
    let readBack = Double(density.x) * 0.0254
    #expect(readBack >= dpi && readBack < dpi + 0.0254)
    #expect(readBack.rounded(.down) == dpi)
  }

  @Test(arguments: [0.0, -5, .nan, .infinity])
  func aDensityThatIsNotAPositiveNumberIsWrittenAs96(dpi: Double) throws {
    let density = try #require(PNGChunks(try Self.encode(pixelsPerInch: dpi))?.physicalDensity)
    #expect(density.x == 3780)
  }
}
