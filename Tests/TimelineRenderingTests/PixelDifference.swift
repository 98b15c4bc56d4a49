import Cairo
import Foundation
import PNGEncoding

/// How two decoded images differ, pixel by pixel: the count of pixels whose colour differs by
/// more than `tolerance` in some channel, and, when any do, a picture of where (the golden
/// faded to grey, differing pixels in red) for a person to look at.
struct PixelDifference {
  var width: Int
  var height: Int
  var differing: Int
  /// A PNG of the difference; `nil` when nothing differs beyond the tolerance.
  var picture: Data?

  /// Share of the image that differs, from 0 to 1.
  var share: Double { width * height == 0 ? 0 : Double(differing) / Double(width * height) }

  /// `nil` when the sizes differ (that is a difference no tolerance covers).
  init?(golden: ImageSurface, actual: ImageSurface, tolerance: UInt8 = 24) throws {
    guard golden.width == actual.width, golden.height == actual.height else { return nil }
    width = golden.width
    height = golden.height
    let width = width
    let height = height
    var marks = [UInt32](repeating: 0, count: width * height)
    var count = 0
    golden.withPixels { goldenPixels, _, _, goldenStride in
      actual.withPixels { actualPixels, _, _, actualStride in
        for y in 0..<height {
          for x in 0..<width {
            let a = goldenPixels.load(fromByteOffset: y * goldenStride + x * 4, as: UInt32.self)
            let b = actualPixels.load(fromByteOffset: y * actualStride + x * 4, as: UInt32.self)
            var differs = false
            for shift: UInt32 in [0, 8, 16, 24] {
              let ca = Int((a >> shift) & 0xFF)
              let cb = Int((b >> shift) & 0xFF)
              if abs(ca - cb) > Int(tolerance) { differs = true }
            }
            if differs {
              count += 1
              marks[y * width + x] = 0xFFE0_0000
            } else {
              // The golden, faded: its luminance pulled towards white.
              let grey = UInt32(((a >> 16 & 0xFF) + (a >> 8 & 0xFF) + (a & 0xFF)) / 3 / 3 + 170)
              marks[y * width + x] = 0xFF00_0000 | grey << 16 | grey << 8 | grey
            }
          }
        }
      }
    }
    differing = count
    picture =
      count == 0
      ? nil
      : try marks.withUnsafeBytes {
        try PNGEncoder().encode(pixels: $0, width: width, height: height, stride: width * 4)
      }
  }
}
