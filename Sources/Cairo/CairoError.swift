import CCairo

/// A failed cairo call, carrying cairo's status code and its own description.
///
/// Cairo objects keep a sticky error status; the wrapper checks it where it matters (after
/// creating a surface or context, after drawing, after `finish` and after writing) and turns
/// any failure into this error.
public struct CairoError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Cairo's `cairo_status_t` value.
  public let code: UInt32
  /// `cairo_status_to_string` for the code, e.g. "invalid value (typically too big) for the size of the input".
  public let message: String

  init?(_ status: cairo_status_t) {
    guard status != CAIRO_STATUS_SUCCESS else { return nil }
    code = status.rawValue
    message = cairo_status_to_string(status).map { String(cString: $0) } ?? "cairo status \(status.rawValue)"
  }

  /// A failure cairo did not describe (for example a null pointer where cairo promised none).
  public static let unknown = CairoError(code: CAIRO_STATUS_NO_MEMORY.rawValue, message: "out of memory")

  private init(code: UInt32, message: String) {
    self.code = code
    self.message = message
  }

  /// Whether the failure was a write error reported by an output stream.
  public var isWriteError: Bool { code == CAIRO_STATUS_WRITE_ERROR.rawValue }
  /// Whether cairo rejected the surface size.
  public var isInvalidSize: Bool { code == CAIRO_STATUS_INVALID_SIZE.rawValue }

  public var description: String { "cairo: \(message)" }

  static func check(_ status: cairo_status_t) throws(CairoError) {
    if let error = CairoError(status) { throw error }
  }
}

/// Facts about the cairo library the program runs with.
public enum CairoLibrary {
  /// The run-time cairo version, e.g. "1.16.0".
  public static var version: String { String(cString: cairo_version_string()) }
}
