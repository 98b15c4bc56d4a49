/// Text as a cache key, equal only to the very same characters: compared and hashed by its
/// UTF-8 bytes.
///
/// `String`'s own `==` is canonical equivalence, under which "Ω" (U+2126 OHM SIGN) equals "Ω"
/// (U+03A9 GREEK CAPITAL LETTER OMEGA) and a decomposed "Café" the composed one: a measurement
/// or a kept layout keyed by `String` would hand one text the other's, and draw characters the
/// file does not have. (Hashing the bytes is also cheaper than hashing a normalized `String`.)
struct ExactText: Hashable {
  let text: String

  init(_ text: String) {
    self.text = text
  }

  static func == (left: ExactText, right: ExactText) -> Bool {
    left.text.utf8.elementsEqual(right.text.utf8)
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
