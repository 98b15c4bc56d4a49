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

  package init?(argument: String) {
    let trimmed = argument.trimmingCharacters(in: .whitespaces)
    let negative = trimmed.hasPrefix("-")
    guard let length = try? Length(parsing: negative ? String(trimmed.dropFirst()) : trimmed) else { return nil }
    text = argument
    pixels = negative ? -length.pixels : length.pixels
  }

  package static func problem(with text: String) -> String? {
    guard Self(argument: text) == nil else { return nil }
    do {
      _ = try Length(parsing: text)
      return nil
    } catch {
      return error.description
    }
  }

  /// The pixels, or a usage failure (exit 64) naming the flag of `limit`: for a minus sign, or
  /// for a length outside the range.
  package func checked(_ limit: OptionLimit) throws(CommandFailure) -> Double {
    try CommandValues.check(try positivePixels(flag: limit.flag), limit)
  }

  /// The pixels, or a usage failure (exit 64) naming `flag` when the text has a minus sign.
  package func positivePixels(flag: String) throws(CommandFailure) -> Double {
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
