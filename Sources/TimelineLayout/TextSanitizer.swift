import TimelineModel

/// Makes user text safe to measure and draw: one line, no control characters.
///
/// Line breaks and tabs become spaces, other C0/C1 controls and noncharacters are dropped,
/// runs of spaces are folded, and the ends are trimmed. Text is also cut at
/// ``maximumScalars`` (with "…") so that no single label can exhaust the text engine.
enum TextSanitizer {
  static let maximumScalars = 2_000

  /// The timeline with every text that is drawn cleaned, once, before layout: titles,
  /// subtitles, descriptions, category labels, periods, notes and the source. (Category ids
  /// stay as written, since events refer to them; where an undefined id is shown as a label
  /// it is cleaned there.)
  static func cleaned(_ timeline: Timeline) -> Timeline {
    var copy = timeline
    copy.title = timeline.title.map(clean)
    copy.subtitle = timeline.subtitle.map(clean)
    copy.source = timeline.source.map(clean)
    for index in copy.categories.indices { copy.categories[index].label = clean(copy.categories[index].label) }
    for index in copy.periods.indices { copy.periods[index].title = clean(copy.periods[index].title) }
    for index in copy.events.indices {
      copy.events[index].title = clean(copy.events[index].title)
      copy.events[index].description = copy.events[index].description.map(clean)
    }
    for index in copy.context.indices {
      copy.context[index].title = clean(copy.context[index].title)
      copy.context[index].description = copy.context[index].description.map(clean)
    }
    return copy
  }

  static func clean(_ text: String) -> String {
    isClean(text) ? text : rebuilt(text)
  }

  /// The cleaning itself, scalar by scalar.
  static func rebuilt(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var lastWasSpace = true
    var count = 0
    for scalar in text.unicodeScalars {
      let v = scalar.value
      let isSpace = v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029
      if isSpace {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
        continue
      }
      if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
      if count >= maximumScalars {
        out.append("…")
        break
      }
      out.append(scalar)
      count += 1
      lastWasSpace = false
    }
    var result = String(out)
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }

  /// Whether `clean` would return `text` unchanged: no spaces at the ends or in pairs, no other
  /// white space, no controls or noncharacters, not too long. One pass, no allocation; most
  /// titles are like this.
  static func isClean(_ text: String) -> Bool {
    if let clean = text.utf8.withContiguousStorageIfAvailable(isClean(utf8:)) { return clean }
    return isClean(scalarsOf: text)
  }

  /// ``isClean(_:)`` over UTF-8 bytes, without decoding: the characters it looks for are
  /// ASCII, `C2 80`–`C2 9F` (C1 controls), `E2 80 A8`/`A9` (line and paragraph separators) and
  /// `EF BF BE`/`BF` (noncharacters).
  private static func isClean(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var count = 0
    var lastWasSpace = true
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 {
        if lastWasSpace { return false }
        lastWasSpace = true
      } else {
        if byte < 0x20 || byte == 0x7F { return false }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] <= 0x9F { return false }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
        {
          return false
        }
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
        lastWasSpace = false
      }
      // Continuation bytes (10xxxxxx) belong to the scalar already counted.
      if byte & 0xC0 != 0x80 {
        count += 1
        if count > maximumScalars { return false }
      }
      index += 1
    }
    return !lastWasSpace || count == 0
  }

  private static func isClean(scalarsOf text: String) -> Bool {
    var count = 0
    var lastWasSpace = true
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v == 0x20 {
        if lastWasSpace { return false }
        lastWasSpace = true
      } else {
        if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFFFE || v == 0xFFFF {
          return false
        }
        lastWasSpace = false
      }
      count += 1
      if count > maximumScalars { return false }
    }
    return !lastWasSpace || count == 0
  }
}
