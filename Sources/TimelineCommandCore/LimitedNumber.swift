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
  /// The number as given (not a number when the text was not one).
  var value: Double { get }
  /// The text given when it is not a number, kept for ``checked()``'s message; `nil` for a number.
  var unreadable: String? { get }
  /// The option at `value`, not yet checked.
  init(value: Double)
  /// The option for a text that is not a number; ``checked()`` refuses it.
  init(unreadable: String)
}

extension LimitedNumber {
  package init?(argument: String) {
    guard let value = Double(argument.trimmingCharacters(in: .whitespaces)) else {
      self.init(unreadable: argument)
      return
    }
    self.init(value: value)
  }

  package var text: String { unreadable ?? "\(value)" }

  package static func problem(with text: String) -> String? {
    Self(argument: text)?.unreadable == nil ? nil : "'\(text)' is not a number"
  }

  /// The number, or a usage failure (exit 64) naming the flag and the range of ``limit``.
  package func checked() throws(CommandFailure) -> Double {
    if let unreadable {
      throw CommandFailure(
        ExitStatus.usage, "error: \(Self.limit.flag) \(unreadable): give a number in \(Self.limit.rangeText)")
    }
    return try CommandValues.check(value, Self.limit)
  }
}

/// `--scale`: device pixels per layout unit of a PNG.
package struct ScaleArgument: LimitedNumber {
  package static let limit = OptionLimit.scale
  package var value: Double
  package var unreadable: String?
  package init(value: Double) { self.value = value }
  package init(unreadable: String) {
    value = .nan
    self.unreadable = unreadable
  }
}

/// `--dpi`: pixels per inch of a PNG, which sets the scale to DPI/96.
package struct DPIArgument: LimitedNumber {
  package static let limit = OptionLimit.dpi
  package var value: Double
  package var unreadable: String?
  package init(value: Double) { self.value = value }
  package init(unreadable: String) {
    value = .nan
    self.unreadable = unreadable
  }
}

/// `--font-size`: the base size of label text, in pixels.
package struct FontSizeArgument: LimitedNumber {
  package static let limit = OptionLimit.fontSize
  package var value: Double
  package var unreadable: String?
  package init(value: Double) { self.value = value }
  package init(unreadable: String) {
    value = .nan
    self.unreadable = unreadable
  }
}
