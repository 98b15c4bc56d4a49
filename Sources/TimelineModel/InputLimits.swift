import Foundation

/// The bounds every input format is read within, so that no file inside the 10 MiB input
/// limit costs more than linear time and memory.
///
/// ```swift
/// InputLimits.maximumNesting        // 256 lists and mappings inside each other
/// InputLimits.maximumExpandedBytes  // what YAML aliases may expand to: 10 MiB
/// ```
public enum InputLimits {
  /// The deepest nesting of lists and mappings (objects) in JSON, TimelineJS and YAML. An event
  /// file needs 4 levels (the document, `events`, an event, its `tags`). Below Foundation's
  /// JSON cap (512) and libyaml's (1,000), so our own message, with line and column, comes first.
  /// CSV and Markwhen do not nest.
  public static let maximumNesting = 256

  /// The largest a YAML document may grow to once its aliases are expanded, counted as the
  /// UTF-8 bytes of its scalars plus one per value: the 10 MiB input limit.
  public static let maximumExpandedBytes = 10 * 1024 * 1024 * benchmarkScale

  /// The most events one file may hold; every format stops reading at the next one.
  public static let maximumEvents = 10_000 * benchmarkScale

  /// The most categories one file may hold, defined or used: a legend longer than that is taller
  /// than any canvas. Every format stops at the next one.
  public static let maximumCategories = 1_000

  /// The most periods, and the most context notes, one file may hold: each is laid out like an
  /// event, and a thousand already overflow any page.
  public static let maximumPeriods = 1_000
  /// The most undated context notes one file may hold.
  public static let maximumContextNotes = 1_000

  /// The most values (scalars, lists and mappings, not counting mapping keys) in a JSON,
  /// TimelineJS or YAML file: 10,000 events of a dozen fields and 35 tags each. Each value costs
  /// the decoder a few hundred bytes, so this bounds its memory.
  public static let maximumValues = 500_000 * benchmarkScale

  /// How many times its documented size each limit on events, values and bytes is: 1, unless
  /// the undocumented environment variable `TIMELINE_BENCHMARK_LIMITS` (2…100) raises them for
  /// a benchmark (`timeline-bench --versus-c` renders 100,000 events with 10). Not for users:
  /// the limits are what keeps a hostile file's time and memory bounded.
  package static let benchmarkScale: Int = {
    guard let text = ProcessInfo.processInfo.environment["TIMELINE_BENCHMARK_LIMITS"], let value = Int(text) else {
      return 1
    }
    return min(100, max(1, value))
  }()

  /// The message for more than ``maximumValues`` values.
  static let tooManyValues =
    "more than \(maximumValues) values (texts, lists and mappings) in one file; an event file needs "
    + "about a dozen per event"

  /// The message for a file with more than ``maximumCategories`` categories.
  static func tooManyCategories(_ count: String) -> String {
    "\(count) categories; a timeline is limited to \(maximumCategories) (a legend longer than that fits no page)"
  }

  /// The most entries of the list at a top-level `key` (`events`, `categories`), if it is limited.
  static func maximumCount(ofList key: String) -> Int? {
    switch key {
    case "events": maximumEvents
    case "categories": maximumCategories
    case "periods", "eras": maximumPeriods
    case "context": maximumContextNotes
    default: nil
    }
  }

  /// The message for the list at `key` past its ``maximumCount(ofList:)``.
  static func tooMany(_ key: String) -> String {
    switch key {
    case "events": tooManyEvents("more than \(maximumEvents)")
    case "categories": tooManyCategories("more than \(maximumCategories)")
    case "context": "more than \(maximumContextNotes) context notes; a timeline is limited to \(maximumContextNotes)"
    default: "more than \(maximumPeriods) periods; a timeline is limited to \(maximumPeriods)"
    }
  }

  /// The message for a file with more than ``maximumEvents`` events.
  static func tooManyEvents(_ count: String) -> String {
    "\(count) events; a timeline is limited to \(maximumEvents) (split it, or filter the file)"
  }

  /// The message for nesting deeper than ``maximumNesting``.
  static let tooDeep =
    "lists and mappings nest more than \(maximumNesting) levels deep here; an event file needs 4 "
    + "(the document, events, an event, its tags)"
}
