import CCairo
import Foundation

extension Context {
  /// Adds a link annotation to the current page (PDF; other surfaces ignore it) over the
  /// rectangle `x`, `y`, `width`, `height` in user space, through cairo's tag API.
  ///
  /// The caller checks `uri` (only `http`, `https` and relative links reach here); quotes and
  /// backslashes are escaped as cairo's attribute syntax requires.
  public func addLink(uri: String, x: Double, y: Double, width: Double, height: Double) {
    var escaped = ""
    for character in uri {
      if character == "'" || character == "\\" { escaped.append("\\") }
      escaped.append(character)
    }
    // cairo 1.16 reads `rect` in the page's default space, whatever the current matrix: the
    // corners go through the matrix here, and the tag is set with the identity matrix, which
    // gives the same rectangle in cairo versions that do apply the matrix.
    var x0 = x
    var y0 = y
    var x1 = x + width
    var y1 = y + height
    cairo_user_to_device(pointer, &x0, &y0)
    cairo_user_to_device(pointer, &x1, &y1)
    func number(_ value: Double) -> String { String(format: "%.3f", value.isFinite ? value : 0) }
    let rect = "\(number(min(x0, x1))) \(number(min(y0, y1))) \(number(abs(x1 - x0))) \(number(abs(y1 - y0)))"
    cairo_save(pointer)
    cairo_identity_matrix(pointer)
    cairo_tag_begin(pointer, "Link", "rect=[\(rect)] uri='\(escaped)'")
    cairo_tag_end(pointer, "Link")
    cairo_restore(pointer)
  }
}
