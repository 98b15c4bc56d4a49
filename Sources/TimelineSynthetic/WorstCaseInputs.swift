import TimelineModel

/// Generates the worst case of each cost family of issue 10 (nesting, YAML aliases, unique
/// categories, Markwhen groups and description lines, event counts, output size) in every
/// input format it applies to, at a given size: the documented limits for `timeline-bench
/// --worst-case`, a moderate size for the tests that run them under a memory cap.
///
/// CSV and Markwhen do not nest and only YAML has aliases, so those families have fewer formats.
public enum WorstCaseInputs {
  /// Every case, in a fixed order.
  public static func all(size: WorstCaseSize) -> [WorstCaseInput] {
    nesting(size) + aliases(size) + categories(size) + markwhenLines(size) + eventCounts(size) + outputs(size)
  }

  /// The families' names, in the order of ``all(size:)``.
  public static let families = ["nesting", "aliases", "categories", "groups", "descriptions", "events", "output"]

  // MARK: - nesting

  /// Nesting at the limit, repeated up to the value limit (`nesting`) and on to fill the file
  /// (`values-past`), and nesting far past the limit (`nesting-past`).
  static func nesting(_ size: WorstCaseSize) -> [WorstCaseInput] {
    // The document and the `x` list take two levels; each block the other 254, as 254 values.
    let block = String(repeating: "[", count: 254) + String(repeating: "]", count: 254)
    let withinValues = (InputLimits.maximumValues - 100) / 254 * (block.utf8.count + 1)
    let blocks = fill(min(size.bytes - 200, withinValues), with: block, separator: ",")
    let manyBlocks = fill(size.bytes - 200, with: block, separator: ",")
    let json = #"{"events":[{"date":"2022-01-01","title":"a"}],"x":["# + blocks + "]}"
    let timelineJS = #"{"events":[{"start_date":{"year":2022},"text":{"headline":"a"}}],"x":["# + blocks + "]}"
    let yaml = "events:\n  - {date: 2022-01-01, title: a}\nx: [" + blocks + "]\n"
    let open = String(repeating: "[", count: size.bytes)
    let manyJSON = #"{"events":[{"date":"2022-01-01","title":"a"}],"x":["# + manyBlocks + "]}"
    let manyYAML = "events:\n  - {date: 2022-01-01, title: a}\nx: [" + manyBlocks + "]\n"
    return [
      WorstCaseInput(
        family: "nesting", name: "nesting.json", fileName: "nesting.json", bytes: bytes(json), withinLimits: true),
      WorstCaseInput(
        family: "nesting", name: "nesting.timelinejs", fileName: "nesting.timelinejs.json", bytes: bytes(timelineJS),
        withinLimits: true),
      WorstCaseInput(
        family: "nesting", name: "nesting.yaml", fileName: "nesting.yaml", bytes: bytes(yaml), withinLimits: true),
      WorstCaseInput(
        family: "nesting", name: "values-past.json", fileName: "values-past.json", bytes: bytes(manyJSON),
        withinLimits: size.bytes < withinValues),
      WorstCaseInput(
        family: "nesting", name: "values-past.yaml", fileName: "values-past.yaml", bytes: bytes(manyYAML),
        withinLimits: size.bytes < withinValues),
      WorstCaseInput(
        family: "nesting", name: "nesting-past.json", fileName: "nesting-past.json", bytes: bytes(open),
        withinLimits: false),
      WorstCaseInput(
        family: "nesting", name: "nesting-past.yaml", fileName: "nesting-past.yaml", bytes: bytes("x: " + open),
        withinLimits: false),
    ]
  }

  // MARK: - aliases

  /// Aliases that expand to just under the limit, past it, a "billion laughs", and a chain of
  /// merges doubling at each level (worked out once per mapping, so within the limits).
  static func aliases(_ size: WorstCaseSize) -> [WorstCaseInput] {
    // Just under: each event repeats a description of `length` characters.
    let length = min(9_000, max(100, size.bytes / size.events - 100))
    var within = "text: &d " + String(repeating: "d", count: length) + "\nevents:\n"
    for index in 0..<size.events {
      within += "  - {date: \(isoDay(month: 1, day: 1 + index % 28)), title: E\(index), description: *d}\n"
    }
    // Past: one long string, repeated until the expansion is far over.
    var past = "text: &s " + String(repeating: "s", count: size.bytes / 10) + "\nevents:\n"
    for _ in 0..<100 { past += "  - {date: 2022-01-01, title: *s}\n" }
    var laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for level in 1...12 {
      laughs += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
    }
    laughs += "events: *a12\n"
    var merges = "m0: &m0 {title: x}\n"
    for level in 1...60 { merges += "m\(level): &m\(level) {<<: [*m\(level - 1), *m\(level - 1)]}\n" }
    merges += "events:\n  - {date: 2022-01-01, <<: *m60}\n"
    return [
      WorstCaseInput(
        family: "aliases", name: "aliases-within.yaml", fileName: "aliases-within.yaml", bytes: bytes(within),
        withinLimits: true),
      WorstCaseInput(
        family: "aliases", name: "aliases-past.yaml", fileName: "aliases-past.yaml", bytes: bytes(past),
        withinLimits: false),
      WorstCaseInput(
        family: "aliases", name: "aliases-laughs.yaml", fileName: "aliases-laughs.yaml", bytes: bytes(laughs),
        withinLimits: false),
      WorstCaseInput(
        family: "aliases", name: "aliases-merges.yaml", fileName: "aliases-merges.yaml", bytes: bytes(merges),
        withinLimits: true),
    ]
  }

  // MARK: - categories

  /// Every event in a category of its own, in every format; and category lists filling the file.
  static func categories(_ size: WorstCaseSize) -> [WorstCaseInput] {
    let n = size.events
    var json = #"{"events":["#
    var yaml = "events:\n"
    var csv = "date,title,category\n"
    var markwhen = ""
    var timelineJS = #"{"events":["#
    var within = "events:\n"
    for index in 0..<n {
      let shared = index % InputLimits.maximumCategories
      within +=
        "  - {date: \(isoDay(month: 1 + index % 12, day: 1 + index % 28)), title: E\(index), category: c\(shared)}\n"
      let date = isoDay(month: 1 + index % 12, day: 1 + index % 28)
      let comma = index > 0 ? "," : ""
      json += comma + #"{"date":"\#(date)","title":"E\#(index)","category":"c\#(index)"}"#
      yaml += "  - {date: \(date), title: E\(index), category: c\(index)}\n"
      csv += "\(date),E\(index),c\(index)\n"
      markwhen += "\(date): E\(index) #c\(index)\n"
      timelineJS +=
        comma + #"{"start_date":{"year":2022,"month":\#(1 + index % 12),"day":\#(1 + index % 28)},"#
        + #""text":{"headline":"E\#(index)"},"group":"c\#(index)"}"#
    }
    json += "]}"
    timelineJS += "]}"
    // Definitions filling the file, with a few events.
    let definitionCount = size.bytes / 40
    var definedJSON = #"{"events":[{"date":"2022-01-01","title":"a","category":"k1"}],"categories":["#
    var definedYAML = "events:\n  - {date: 2022-01-01, title: a, category: k1}\ncategories:\n"
    for index in 0..<definitionCount {
      definedJSON += (index > 0 ? "," : "") + #"{"id":"k\#(index)","label":"K\#(index)"}"#
      definedYAML += "  - {id: k\(index), label: K\(index)}\n"
    }
    definedJSON += "]}"
    func input(_ name: String, _ file: String, _ text: String) -> WorstCaseInput {
      WorstCaseInput(
        family: "categories", name: name, fileName: file, bytes: bytes(text),
        withinLimits: n <= InputLimits.maximumCategories)
    }
    return [
      WorstCaseInput(
        family: "categories", name: "categories-within.yaml", fileName: "categories-within.yaml", bytes: bytes(within),
        withinLimits: true),
      input("categories.json", "categories.json", json),
      input("categories.yaml", "categories.yaml", yaml),
      input("categories.csv", "categories.csv", csv),
      input("categories.markwhen", "categories.mw", markwhen),
      input("categories.timelinejs", "categories.timelinejs.json", timelineJS),
      input("categories-defined.json", "categories-defined.json", definedJSON).past,
      input("categories-defined.yaml", "categories-defined.yaml", definedYAML).past,
    ]
  }

  // MARK: - Markwhen groups and description lines

  /// A file of `group` lines, and one of description lines under a single event.
  static func markwhenLines(_ size: WorstCaseSize) -> [WorstCaseInput] {
    var groups = "2022-01-01: first\n"
    var index = 0
    while groups.utf8.count < size.bytes - 40 {
      groups += "group g\(index)\n"
      index += 1
    }
    groups += "2022-01-02: last\n"
    var groupsWithin = ""
    for index in 0..<InputLimits.maximumCategories { groupsWithin += "group g\(index)\n2022-01-01: E\(index)\n" }
    // Description lines up to the 10,000-character text limit, then many more.
    let line = "a line of description text\n"
    let descriptions = "2022-01-01: the event\n" + String(repeating: line, count: (size.bytes - 40) / line.utf8.count)
    let within = "2022-01-01: the event\n" + String(repeating: line, count: 9_000 / line.utf8.count)
    return [
      WorstCaseInput(
        family: "groups", name: "groups.markwhen", fileName: "groups.mw", bytes: bytes(groups), withinLimits: false),
      WorstCaseInput(
        family: "groups", name: "groups-within.markwhen", fileName: "groups-within.mw", bytes: bytes(groupsWithin),
        withinLimits: true),
      WorstCaseInput(
        family: "descriptions", name: "descriptions.markwhen", fileName: "descriptions.mw", bytes: bytes(descriptions),
        withinLimits: false),
      WorstCaseInput(
        family: "descriptions", name: "descriptions-within.markwhen", fileName: "descriptions-within.mw",
        bytes: bytes(within), withinLimits: true),
    ]
  }

  // MARK: - event counts

  /// Files filled with events, far past the event limit, in every format.
  static func eventCounts(_ size: WorstCaseSize) -> [WorstCaseInput] {
    let csvRow = "2022-01-01,e\n"
    let markwhenRow = "2022-01-01: e\n"
    let yamlRow = "  - {date: 2022-01-01, title: e}\n"
    let jsonRow = #"{"date":"2022-01-01","title":"e"}"#
    let timelineJSRow = #"{"start_date":{"year":2022},"text":{"headline":"e"}}"#
    func input(_ name: String, _ file: String, _ text: String) -> WorstCaseInput {
      WorstCaseInput(family: "events", name: name, fileName: file, bytes: bytes(text), withinLimits: false)
    }
    return [
      input(
        "events.csv", "events.csv", "date,title\n" + String(repeating: csvRow, count: size.bytes / csvRow.utf8.count)),
      input("events.markwhen", "events.mw", String(repeating: markwhenRow, count: size.bytes / markwhenRow.utf8.count)),
      input(
        "events.yaml", "events.yaml", "events:\n" + String(repeating: yamlRow, count: size.bytes / yamlRow.utf8.count)),
      input(
        "events.json", "events.json", #"{"events":["# + fill(size.bytes - 20, with: jsonRow, separator: ",") + "]}"),
      input(
        "events.timelinejs", "events.timelinejs.json",
        #"{"events":["# + fill(size.bytes - 20, with: timelineJSRow, separator: ",") + "]}"),
    ]
  }

  // MARK: - output size

  /// The most events with long titles, drawn as a vertical list (taller than any viewer
  /// opens) and horizontally, to SVG and PDF.
  static func outputs(_ size: WorstCaseSize) -> [WorstCaseInput] {
    var yaml = "events:\n"
    let words = String(repeating: "a long title of many words, ", count: 10)
    for index in 0..<size.events {
      yaml += "  - {date: \(isoDay(month: 1 + index % 12, day: 1 + index % 28)), title: \"E\(index) \(words)\"}\n"
    }
    let text = bytes(yaml)
    // A poster: the most events the layout places one label each (1,000; more start folded)
    // across the widest canvas, one a year, so that every label must be packed.
    var poster = "events:\n"
    for index in 0..<min(size.events, 1_000) {
      poster += "  - {date: \"\(1000 + index)\", title: \"Event \(index), a title of a few words\"}\n"
    }
    return [
      WorstCaseInput(
        family: "output", name: "output-poster.svg", fileName: "output-poster.yaml", bytes: bytes(poster),
        arguments: ["--width", "32767"], output: "svg", withinLimits: true),
      WorstCaseInput(
        family: "output", name: "output-vertical.svg", fileName: "output-vertical.yaml", bytes: text,
        arguments: ["--orientation", "vertical"], output: "svg", withinLimits: false),
      WorstCaseInput(
        family: "output", name: "output-vertical.pdf", fileName: "output-vertical.yaml", bytes: text,
        arguments: ["--orientation", "vertical"], output: "pdf", withinLimits: false),
      WorstCaseInput(
        family: "output", name: "output-horizontal.svg", fileName: "output-horizontal.yaml", bytes: text,
        output: "svg", withinLimits: true),
      WorstCaseInput(
        family: "output", name: "output-horizontal.pdf", fileName: "output-horizontal.yaml", bytes: text,
        output: "pdf", withinLimits: true),
    ]
  }

  // MARK: - helpers

  /// `piece` repeated, joined by `separator`, to about `target` bytes (at least once).
  static func fill(_ target: Int, with piece: String, separator: String) -> String {
    let count = max(1, target / (piece.utf8.count + separator.utf8.count))
    return Array(repeating: piece, count: count).joined(separator: separator)
  }

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// A day of 2022 as event files write it: `2022-03-07`.
  static func isoDay(month: Int, day: Int) -> String { EventDate(year: 2022, month: month, day: day).isoText }
}
