/// Trimming of the field texts the validator reads, without Foundation's `NSString` round trip.
///
/// The same characters as Foundation's `CharacterSet.whitespaces` and
/// `CharacterSet.whitespacesAndNewlines` are trimmed, Unicode scalar by scalar (as `NSString`
/// trims: a space before a combining mark goes, the mark stays). A text that starts and ends
/// with a visible ASCII character, as almost every field does, is returned as it is.
extension String {
  /// The text without leading and trailing spaces, tabs, line breaks and other Unicode
  /// separators: what `trimmingCharacters(in: .whitespacesAndNewlines)` gives.
  var trimmingWhitespaceAndNewlines: String {
    trimming(where: Self.isWhitespaceOrNewline)
  }

  /// The text without leading and trailing spaces and tabs (but line breaks kept): what
  /// `trimmingCharacters(in: .whitespaces)` gives.
  var trimmingWhitespace: String {
    trimming(where: Self.isWhitespace)
  }

  /// The tab, the spaces of general category Zs and the zero-width space (U+200B), exactly the
  /// members of Foundation's `CharacterSet.whitespaces` (checked scalar by scalar in the tests).
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// ``isWhitespace(_:)``, line feed to carriage return (U+000A–U+000D), next line (U+0085) and
  /// the line and paragraph separators: exactly Foundation's `CharacterSet.whitespacesAndNewlines`.
  static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: isWhitespace(scalar)
    }
  }

  private func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
    let bytes = utf8
    guard let first = bytes.first, let last = bytes.last else { return self }
    // Visible ASCII at both ends: nothing to trim, and no scalar to decode.
    if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
    let end = scalars.lastIndex(where: { !isTrimmed($0) }) ?? start
    if start == scalars.startIndex, scalars.index(after: end) == scalars.endIndex { return self }
    return String(scalars[start...end])
  }
}
