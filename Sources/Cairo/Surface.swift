import CCairo
import Foundation

/// An owned cairo surface: created with its status checked, destroyed in `deinit`.
///
/// Subclasses: ``ImageSurface`` (pixels, PNG), ``PDFSurface`` and ``SVGSurface`` (vector,
/// streamed into a ``ByteSink``).
public class Surface {
  let pointer: OpaquePointer

  /// Takes ownership of `pointer`; destroys it and throws if cairo flagged an error.
  init(taking pointer: OpaquePointer) throws(CairoError) {
    if let error = CairoError(cairo_surface_status(pointer)) {
      cairo_surface_destroy(pointer)
      throw error
    }
    self.pointer = pointer
  }

  deinit {
    cairo_surface_destroy(pointer)
  }

  /// Finishes the surface (vector surfaces write their last bytes here) and checks its status.
  public func finish() throws(CairoError) {
    cairo_surface_finish(pointer)
    try CairoError.check(cairo_surface_status(pointer))
  }

  /// The surface's current status, as an error if it is not success.
  public func checkStatus() throws(CairoError) {
    try CairoError.check(cairo_surface_status(pointer))
  }
}

/// A 32-bit ARGB pixel surface in memory.
///
/// ```swift
/// let surface = try ImageSurface(width: 100, height: 50)
/// let png = try surface.pngData()
/// let decoded = try ImageSurface(png: png)
/// decoded.pixel(x: 0, y: 0)   // (a, r, g, b)
/// ```
public final class ImageSurface: Surface {
  public init(width: Int, height: Int) throws(CairoError) {
    try super.init(
      taking: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(clamping: width), Int32(clamping: height)))
  }

  /// Decodes a PNG through cairo.
  public init(png: Data) throws(CairoError) {
    let source = ByteSource(png)
    let pointer = withExtendedLifetime(source) {
      cairo_image_surface_create_from_png_stream(ByteSource.readFunction, Unmanaged.passUnretained(source).toOpaque())
    }
    guard let pointer else { throw CairoError.unknown }
    try super.init(taking: pointer)
  }

  public var width: Int { Int(cairo_image_surface_get_width(pointer)) }
  public var height: Int { Int(cairo_image_surface_get_height(pointer)) }

  /// Encodes the surface as PNG with cairo's writer (the project writes its own PNGs through
  /// `PNGEncoder`; this one stays as the yardstick for size and speed).
  public func pngData() throws(CairoError) -> Data {
    cairo_surface_flush(pointer)
    let sink = ByteSink()
    let status = withExtendedLifetime(sink) {
      cairo_surface_write_to_png_stream(pointer, ByteSink.writeFunction, Unmanaged.passUnretained(sink).toOpaque())
    }
    try CairoError.check(status)
    return sink.data
  }

  /// Calls `body` with the surface's pixels after flushing pending drawing: native-endian
  /// premultiplied ARGB32, `stride` bytes per row. The buffer is valid only inside `body`.
  public func withPixels<Result, Failure: Error>(
    _ body: (_ pixels: UnsafeRawBufferPointer, _ width: Int, _ height: Int, _ stride: Int) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    cairo_surface_flush(pointer)
    let stride = Int(cairo_image_surface_get_stride(pointer))
    let data = cairo_image_surface_get_data(pointer)
    let buffer = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : stride * height)
    return try body(buffer, width, height, stride)
  }

  /// The pixel at (`x`, `y`) as un-premultiplied 8-bit (alpha, red, green, blue), or `nil`
  /// outside the surface.
  public func pixel(x: Int, y: Int) -> (alpha: UInt8, red: UInt8, green: UInt8, blue: UInt8)? {
    guard x >= 0, y >= 0, x < width, y < height, let data = cairo_image_surface_get_data(pointer) else { return nil }
    cairo_surface_flush(pointer)
    let stride = Int(cairo_image_surface_get_stride(pointer))
    let value = data.advanced(by: y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
    let a = UInt8(value >> 24)
    func channel(_ shift: UInt32) -> UInt8 {
      let c = UInt32((value >> shift) & 0xFF)
      return a == 0 ? 0 : UInt8(min(255, (c * 255 + UInt32(a) / 2) / UInt32(a)))
    }
    return (a, channel(16), channel(8), channel(0))
  }
}

/// A PDF document written into a ``ByteSink``; sizes in points.
public final class PDFSurface: Surface {
  public let sink: ByteSink

  public init(width: Double, height: Double, sink: ByteSink) throws(CairoError) {
    self.sink = sink
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    try super.init(taking: cairo_pdf_surface_create_for_stream(ByteSink.writeFunction, closure, width, height))
  }

  /// Sets the document's title and its creation and modification dates (ISO 8601), which
  /// cairo would otherwise take from the clock.
  public func setMetadata(title: String, date: String) {
    cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_TITLE, title)
    cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATOR, "timeline")
    cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATE_DATE, date)
    cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_MOD_DATE, date)
  }
}

/// An SVG 1.1 document written into a ``ByteSink``; sizes in CSS pixels.
public final class SVGSurface: Surface {
  public let sink: ByteSink

  public init(width: Double, height: Double, sink: ByteSink) throws(CairoError) {
    self.sink = sink
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    try super.init(taking: cairo_svg_surface_create_for_stream(ByteSink.writeFunction, closure, width, height))
    cairo_svg_surface_restrict_to_version(pointer, CAIRO_SVG_VERSION_1_1)
    cairo_svg_surface_set_document_unit(pointer, CAIRO_SVG_UNIT_PX)
  }
}
