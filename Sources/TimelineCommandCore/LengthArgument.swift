import ArgumentParser
import TimelineLayout
import TimelineScene

/// `--width` and `--height`: pixels of the 1x image, or a length in mm, cm or in, read by
/// ``Length`` (the library's one parser of units). A minus sign is read too, so that a negative
/// length is refused as such (`must be positive`) rather than as unreadable.
package struct LengthArgument: OptionValue, Equatable {
  /// The text as given (`170mm`), which a manifest and a batch stamp keep.
  package var text: String
  /// The length in pixels, negative when the text has a minus sign.
  package var pixels: Double

  /// Why the text is not a length (`give pixels (1600) or a length …`), or `nil`.
  package var unreadable: LengthParseError?

  /// Any text: one that is not a length is kept with its ``unreadable`` error, so that
  /// ``positivePixels(flag:)`` refuses it with the library's advice and the flag's name, rather
  /// than ArgumentParser with "the value is invalid".
  package init(argument: String) {
    text = argument
    let trimmed = argument.trimmingCharacters(in: .whitespaces)
    let negative = trimmed.hasPrefix("-")
    do {
      let length = try Length(parsing: negative ? String(trimmed.dropFirst()) : trimmed)
      pixels = negative ? -length.pixels : length.pixels
    } catch {
      pixels = .nan
      unreadable = LengthParseError(text: argument, reason: error.reason)
    }
  }

  package static func problem(with text: String) -> String? {
    Self(argument: text).unreadable?.description
  }

  /// The pixels, or a usage failure (exit 64) naming the flag of `limit`: for a minus sign, or
  /// for a length outside the range.
  package func checked(_ limit: OptionLimit) throws(CommandFailure) -> Double {
    try CommandValues.check(try positivePixels(flag: limit.flag), limit)
  }

  /// The pixels, or a usage failure (exit 64) naming `flag` when the text is not a length or
  /// has a minus sign.
  package func positivePixels(flag: String) throws(CommandFailure) -> Double {
    if let unreadable {
      throw CommandFailure(ExitStatus.usage, "error: \(flag) \(text): \(unreadable.advice)")
    }
    guard pixels.sign == .plus else {
      throw CommandFailure(
        ExitStatus.usage, "error: \(flag) \(text): \(LengthParseError(text: text, reason: .negative).advice)")
    }
    return pixels
  }

  /// What the help says a length is, with the range of `limit`.
  package static func helpText(_ limit: OptionLimit) -> String {
    "pixels of the 1x image (\(limit.rangeText)), or a length like 170mm, 16cm or 6.5in (96 px to the inch)"
  }
}
