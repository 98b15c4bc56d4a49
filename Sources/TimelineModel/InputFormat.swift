/// The syntax of an event file.
public enum InputFormat: String, Sendable, CaseIterable {
  case json
  case yaml
  /// A table with a header row; see `CSVTimeline`.
  case csv
  /// TimelineJS JSON; see `TimelineJSDocument`. Recognised by content among JSON files.
  case timelinejs
  /// Markwhen-style plain text (`.mw`, `.markwhen`); see `MarkwhenDocument`.
  case markwhen

  /// The format an extension names (`.json`, `.yaml`, `.yml`), or `nil`.
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".json") {
      self = .json
    } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
      self = .yaml
    } else if lower.hasSuffix(".csv") {
      self = .csv
    } else if lower.hasSuffix(".mw") || lower.hasSuffix(".markwhen") {
      self = .markwhen
    } else {
      return nil
    }
  }

  /// Guesses from content: JSON when the first non-blank character opens an object or list.
  public init(sniffing bytes: some Sequence<UInt8>) {
    for byte in bytes where ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains(byte) {
      self = byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") ? .json : .yaml
      return
    }
    self = .yaml
  }
}
