import ArgumentParser
import TimelineLayout
import TimelineScene

/// A number option whose range is a row of the ``OptionLimit`` table (`--scale`, `--dpi`,
/// `--font-size`). Any number is read; the range is checked by ``checked()``, so that a value
/// outside it is refused with the flag and the range, not as unreadable.
package protocol LimitedNumber: OptionValue, Equatable {
  /// The row of the table that bounds this number, and names its flag.
  static var limit: OptionLimit { get }
  /// The number as given.
  var value: Double { get }
  /// The option at `value`, not yet checked.
  init(value: Double)
}

extension LimitedNumber {
  package init?(argument: String) {
    guard let value = Double(argument.trimmingCharacters(in: .whitespaces)) else { return nil }
    self.init(value: value)
  }

  package var text: String { "\(value)" }

  package static func problem(with text: String) -> String? {
    Self(argument: text) == nil ? "'\(text)' is not a number" : nil
  }

  /// The number, or a usage failure (exit 64) naming the flag and the range of ``limit``.
  package func checked() throws(CommandFailure) -> Double {
    try CommandValues.check(value, Self.limit)
  }
}

/// `--scale`: device pixels per layout unit of a PNG.
package struct ScaleArgument: LimitedNumber {
  package static let limit = OptionLimit.scale
  package var value: Double
  package init(value: Double) { self.value = value }
}

/// `--dpi`: pixels per inch of a PNG, which sets the scale to DPI/96.
package struct DPIArgument: LimitedNumber {
  package static let limit = OptionLimit.dpi
  package var value: Double
  package init(value: Double) { self.value = value }
}

/// `--font-size`: the base size of label text, in pixels.
package struct FontSizeArgument: LimitedNumber {
  package static let limit = OptionLimit.fontSize
  package var value: Double
  package init(value: Double) { self.value = value }
}
