import TimelineLayout
import TimelineScene

// The library says `LayoutOptions.width`; the command names the flag the value came from.

extension OptionLimit {
  /// The command-line flag that sets this number.
  package var flag: String {
    switch self {
    case .width: "--width"
    case .height: "--height"
    case .fontSize: "--font-size"
    case .scale: "--scale"
    case .dpi: "--dpi"
    }
  }
}

extension CommandFailure {
  /// A usage failure (exit 64) for a number outside its limit: `error: --width 10 is outside 226…32767 pixels`.
  package init(_ error: OptionRangeError) {
    self.init(
      ExitStatus.usage,
      "error: \(error.limit.flag) \(OptionLimit.number(error.value)) is outside \(error.limit.rangeText)")
  }
}
