import ArgumentParser
import TimelineLayout
import TimelineScene

/// A number option whose range is a row of the ``OptionLimit`` table (`--scale`, `--dpi`,
/// `--font-size`). Any text is read; ``checked()`` refuses a value outside the range with the
/// flag and the range, and a text that is no number (`--dpi lots`) with the flag and the
/// range too, rather than ArgumentParser with "the value is invalid".
package protocol LimitedNumber: OptionValue, Equatable {
  /// The row of the table that bounds this number, and names its flag.
  static var limit: OptionLimit { get }
  /// What the text given was: a number, not yet checked, or a text that is none.
  var reading: NumberReading { get }
  /// The option for `reading`.
  init(reading: NumberReading)
}

/// A number option's text as read: the number, or the text kept for the message refusing it.
package enum NumberReading: Equatable, Sendable {
  case number(Double)
  case unreadable(String)
}

extension LimitedNumber {
  package init?(argument: String) {
    guard let value = Double(argument.trimmingCharacters(in: .whitespaces)) else {
      self.init(reading: .unreadable(argument))
      return
    }
    self.init(reading: .number(value))
  }

  /// The option at `value`, not yet checked.
  package init(value: Double) { self.init(reading: .number(value)) }

  package var text: String {
    switch reading {
    case .number(let value): "\(value)"
    case .unreadable(let text): text
    }
  }

  package static func problem(with text: String) -> String? {
    guard case .unreadable = Self(argument: text)?.reading else { return nil }
    return "'\(text)' is not a number"
  }

  /// The number, or a usage failure (exit 64) naming the flag and the range of ``limit``.
  package func checked() throws(CommandFailure) -> Double {
    switch reading {
    case .number(let value):
      return try CommandValues.check(value, Self.limit)
    case .unreadable(let text):
      throw CommandFailure(
        ExitStatus.usage, "error: \(Self.limit.flag) \(text): give a number in \(Self.limit.rangeText)")
    }
  }
}

/// `--scale`: device pixels per layout unit of a PNG.
package struct ScaleArgument: LimitedNumber {
  package static let limit = OptionLimit.scale
  package var reading: NumberReading
  package init(reading: NumberReading) { self.reading = reading }
}

/// `--dpi`: pixels per inch of a PNG, which sets the scale to DPI/96.
package struct DPIArgument: LimitedNumber {
  package static let limit = OptionLimit.dpi
  package var reading: NumberReading
  package init(reading: NumberReading) { self.reading = reading }
}

/// `--font-size`: the base size of label text, in pixels.
package struct FontSizeArgument: LimitedNumber {
  package static let limit = OptionLimit.fontSize
  package var reading: NumberReading
  package init(reading: NumberReading) { self.reading = reading }
}
