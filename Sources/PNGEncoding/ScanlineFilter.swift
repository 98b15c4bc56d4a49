import Foundation

/// Produces PNG's filtered scanlines (the filter type byte, then the filtered bytes) from
/// cairo's ARGB32 rows, one row at a time, in order.
///
/// An opaque image becomes RGB rows filtered straight from cairo's pixels; an image with
/// transparency is un-premultiplied a row at a time first and becomes RGBA.
struct ScanlineFilter: ~Copyable {
  private let pixels: UnsafeRawPointer
  private let width: Int
  private let stride: Int
  let opaque: Bool
  /// Straight-alpha copies of this row and the one above (only for images with transparency).
  private var current: UnsafeMutablePointer<UInt32>
  private var previous: UnsafeMutablePointer<UInt32>

  /// Bytes per pixel in the PNG: 3 or 4.
  var pixelSize: Int { opaque ? 3 : 4 }
  /// Bytes per filtered row, the filter type byte included.
  var rowLength: Int { width * pixelSize + 1 }

  init(pixels: UnsafeRawPointer, width: Int, stride: Int, opaque: Bool) {
    self.pixels = pixels
    self.width = width
    self.stride = stride
    self.opaque = opaque
    current = .allocate(capacity: width)
    previous = .allocate(capacity: width)
    // Above the first row, PNG's filters see zeros.
    previous.initialize(repeating: 0, count: width)
    current.initialize(repeating: 0, count: width)
  }

  deinit {
    current.deallocate()
    previous.deallocate()
  }

  private func sourceRow(_ y: Int) -> UnsafePointer<UInt32> {
    pixels.advanced(by: y * stride).assumingMemoryBound(to: UInt32.self)
  }

  /// Writes row `y` (rows must come in order from 0) filtered into `output`, ``rowLength``
  /// bytes; true when the row is like the one above, written as Up and zeros.
  @discardableResult
  mutating func filter(row y: Int, into output: UnsafeMutablePointer<UInt8>) -> Bool {
    // A row of pixels like the one above filters Up to zeros (and stays the row above).
    if y > 0, memcmp(sourceRow(y), sourceRow(y - 1), width * 4) == 0 {
      output[0] = RowFilter.Kind.up.rawValue
      (output + 1).update(repeating: 0, count: rowLength - 1)
      return true
    }
    let row: UnsafePointer<UInt32>
    let above: UnsafePointer<UInt32>
    if opaque {
      row = sourceRow(y)
      above = y > 0 ? sourceRow(y - 1) : UnsafePointer(previous)
    } else {
      swap(&current, &previous)
      PixelRows.unpremultiply(sourceRow(y), width: width, into: current)
      row = UnsafePointer(current)
      above = UnsafePointer(previous)
    }
    let kind = RowFilter.choose(current: row, previous: above, width: width, withAlpha: !opaque)
    output[0] = kind.rawValue
    RowFilter.apply(kind, current: row, previous: above, width: width, withAlpha: !opaque, output: output + 1)
    return false
  }
}
