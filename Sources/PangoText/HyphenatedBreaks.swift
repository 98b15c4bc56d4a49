import CPangoCairo

/// Where Pango breaks a wrapped paragraph with a hyphen: inside a word that had to be split
/// (`PANGO_WRAP_WORD_CHAR` falling back to characters) and at a soft hyphen (U+00AD). Pango
/// draws the hyphen only when it draws the whole paragraph; the measurer hands out each line
/// as text of its own, which must then carry it.
///
/// Reads the layout's logical attributes (`break_inserts_hyphen`, Pango 1.50) once, and maps
/// byte offsets to character offsets in one pass over the text: linear in its length.
struct HyphenatedBreaks {
  /// The attributes' `break_inserts_hyphen` flag for each character position (one more than
  /// the characters: the end of the text).
  private let insertsHyphen: [Bool]
  /// The character offset at each byte offset (a continuation byte counts with its scalar).
  private let characterAt: [Int]

  init(_ layout: OpaquePointer, bytes: [UInt8]) {
    var count: Int32 = 0
    if let attributes = pango_layout_get_log_attrs_readonly(layout, &count) {
      insertsHyphen = (0..<Int(max(0, count))).map { attributes[$0].break_inserts_hyphen != 0 }
    } else {
      insertsHyphen = []
    }
    var offsets: [Int] = []
    offsets.reserveCapacity(bytes.count + 1)
    var character = 0
    for byte in bytes {
      // A continuation byte belongs to the scalar its lead byte started.
      let continues = byte & 0xC0 == 0x80
      offsets.append(continues ? character - 1 : character)
      if !continues { character += 1 }
    }
    offsets.append(character)
    characterAt = offsets
  }

  /// Whether a line that ends at byte `end` (where the next begins) is broken with a hyphen.
  func insertsHyphen(atByte end: Int) -> Bool {
    guard end >= 0, end < characterAt.count else { return false }
    let position = characterAt[end]
    return position < insertsHyphen.count && insertsHyphen[position]
  }

  /// `line` as drawn before such a break: a trailing soft hyphen becomes a visible hyphen, and
  /// a word cut in two gets one.
  static func hyphenated(_ line: String) -> String {
    var text = line
    if text.unicodeScalars.last == "\u{00AD}" { text.unicodeScalars.removeLast() }
    return text + "-"
  }
}
