import Foundation

/// The syntax of an event file.
public enum InputFormat: String, Sendable, CaseIterable {
  /// JSON (`.json`).
  case json
  /// YAML (`.yaml`, `.yml`).
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

  /// Guesses from content: JSON when the first non-blank character opens an object or list;
  /// Markwhen when the first line that is not a comment starts with a date and a colon; CSV
  /// when the first line is a header with commas that names a `title` column; YAML otherwise.
  public init(sniffing bytes: some Sequence<UInt8>) {
    let head = String(decoding: Array(bytes.prefix(4096)), as: UTF8.self)
    let lines = head.split(separator: "\n").map { String($0).trimmedSpaces }
      .filter { !$0.isEmpty && !$0.hasPrefix("//") && $0 != "\u{FEFF}" }
    guard var first = lines.first else {
      self = .yaml
      return
    }
    if first.hasPrefix("\u{FEFF}") { first.removeFirst() }
    if first.hasPrefix("{") || first.hasPrefix("[") {
      self = .json
    } else if MarkwhenDocument.event(first) != nil
      || first == "---" && head.contains("\n---") && !head.contains("events:")
    {
      self = .markwhen
    } else if first.contains(","),
      first.lowercased().split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "title" })
    {
      self = .csv
    } else {
      self = .yaml
    }
  }
}
