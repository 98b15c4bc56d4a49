import TimelineCommandCore

/// The process's arguments as the kernel passed them, checked to be UTF-8.
///
/// Swift's `CommandLine.arguments` decodes each argument as UTF-8 and puts U+FFFD in place of
/// bytes that are not: `-o $'o\xfe.png'` would write a file named `o�.png`, and an input named
/// `bad\xff.yaml` would be "not found" while it is there. Such an argument is refused before
/// anything runs, shown with each stray byte as `\xHH`.
enum RawArguments {
  /// The message for the first argument (counted from 1, after the program name) that is not
  /// UTF-8, or `nil` when all are.
  static func problem(_ arguments: [[UInt8]]) -> String? {
    guard let index = arguments.firstIndex(where: { String(validating: $0, as: UTF8.self) == nil }) else {
      return nil
    }
    return "error: argument \(index + 1) is not UTF-8 (\(shown(arguments[index]))): timeline reads its arguments "
      + "as UTF-8 text; give the file a UTF-8 name, or use - for stdin or stdout"
  }

  /// The arguments of this process (without the program name) as bytes.
  static var ofThisProcess: [[UInt8]] {
    (1..<Int(CommandLine.argc)).map { index in
      guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
      var bytes: [UInt8] = []
      var offset = 0
      while pointer[offset] != 0 {
        bytes.append(UInt8(bitPattern: pointer[offset]))
        offset += 1
      }
      return bytes
    }
  }

  /// `bytes` as text, each byte that starts no valid UTF-8 sequence written `\xHH` (and
  /// control characters escaped as every printed line escapes them).
  static func shown(_ bytes: [UInt8]) -> String {
    var text = ""
    var index = 0
    while index < bytes.count {
      let length = sequenceLength(bytes, at: index)
      if length > 0, let scalar = String(validating: bytes[index..<index + length], as: UTF8.self) {
        text += scalar
        index += length
      } else {
        let hex = String(bytes[index], radix: 16, uppercase: true)
        text += "\\x" + (hex.count == 1 ? "0" : "") + hex
        index += 1
      }
    }
    return StandardStreams.printable(text)
  }

  /// The length of the UTF-8 sequence whose lead byte is at `index`, if it is complete there;
  /// 0 for a stray byte. (Overlong forms and surrogates are caught by the validation after.)
  private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length =
      switch lead {
      case 0x00...0x7F: 1
      case 0xC2...0xDF: 2
      case 0xE0...0xEF: 3
      case 0xF0...0xF4: 4
      default: 0
      }
    guard length > 0, index + length <= bytes.count else { return 0 }
    return bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 } ? length : 0
  }
}
