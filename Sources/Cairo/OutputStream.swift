import CCairo
import Foundation

/// Collects the bytes cairo writes through its stream callbacks, in memory.
///
/// Cairo surfaces created "for stream" call back with chunks of output; this sink appends
/// them, so a render can go to a file (atomically, by the caller), to stdout, or to a test.
public final class ByteSink {
  public private(set) var data = Data()

  public init() {}

  func append(_ bytes: UnsafePointer<UInt8>, count: Int) {
    data.append(bytes, count: count)
  }

  /// The C callback cairo calls; `closure` is an unretained `ByteSink`.
  static let writeFunction: cairo_write_func_t = { closure, bytes, length in
    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().append(bytes, count: Int(length))
    return CAIRO_STATUS_SUCCESS
  }
}

/// Feeds bytes to cairo's PNG reader.
final class ByteSource {
  let data: [UInt8]
  var offset = 0

  init(_ data: Data) {
    self.data = [UInt8](data)
  }

  static let readFunction: cairo_read_func_t = { closure, buffer, length in
    guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
    let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard count > 0 else { return CAIRO_STATUS_SUCCESS }
    guard source.offset + count <= source.data.count else { return CAIRO_STATUS_READ_ERROR }
    source.data.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return }
      buffer.update(from: base + source.offset, count: count)
    }
    source.offset += count
    return CAIRO_STATUS_SUCCESS
  }
}
