import TimelineLayout
import TimelineRendering

/// Checks of command-line values shared by the commands; failures exit with 64.
package enum CommandValues {
  /// A width in CSS pixels from `1600`, `1600px`, `170mm`, `16cm` or `6.5in` (96 px to the inch).
  package static func width(_ text: String) throws(CommandFailure) -> Double {
    try length(text, option: "--width")
  }

  /// Pixels from `1600`, `1600px`, `170mm`, `16cm` or `6.5in` (``Length``), or a usage
  /// failure naming `option`.
  package static func length(_ text: String, option: String) throws(CommandFailure) -> Double {
    do {
      return try Length(parsing: text).pixels
    } catch {
      throw CommandFailure(ExitStatus.usage, "error: \(option) \(text): \(error.advice)")
    }
  }

  package static func check(width: Double, scale: Double) throws(CommandFailure) {
    try check(width, .width)
    try check(scale, .scale)
    guard width * scale <= Double(RenderOptions.maximumPixelSide) else {
      throw CommandFailure(
        ExitStatus.usage,
        "error: --width \(Int(width)) at --scale \(scale) is \(Int(width * scale)) pixels wide, over the limit of 32767"
      )
    }
  }

  /// `value`, or a usage failure naming the flag of `limit` and its range.
  @discardableResult
  package static func check(_ value: Double, _ limit: OptionLimit) throws(CommandFailure) -> Double {
    do {
      return try limit.check(value)
    } catch {
      throw CommandFailure(error)
    }
  }

  package static func formats(_ text: String?) throws(CommandFailure) -> [OutputFormat] {
    guard let text else { return [] }
    var result: [OutputFormat] = []
    for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
      guard let format = OutputFormat(rawValue: name) else {
        throw CommandFailure(ExitStatus.usage, "error: -T \(name): unknown format; use png, svg or pdf")
      }
      if !result.contains(format) { result.append(format) }
    }
    return result
  }
}
