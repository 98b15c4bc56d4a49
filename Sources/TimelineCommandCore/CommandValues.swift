import TimelineLayout
import TimelineRendering
import TimelineScene

/// Checks of command-line values shared by the commands; failures exit with 64.
package enum CommandValues {
  package static func check(width: Double, scale: Double) throws(CommandFailure) {
    try check(width, .width)
    try check(scale, .scale)
    guard width * scale <= Double(RenderOptions.maximumPixelSide) else {
      throw CommandFailure(
        ExitStatus.usage,
        "error: --width \(Int(width)) at --scale \(scale) is \(Int(width * scale)) pixels wide, over the limit of \(RenderOptions.maximumPixelSide)"
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
}
