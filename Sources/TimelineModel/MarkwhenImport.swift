import Foundation

/// Reads the common subset of Markwhen's plain-text timelines, so a timeline can be typed
/// by hand in seconds.
///
/// ```text
/// ---
/// title: Kazakhstan, January 2022
/// description: From a fuel-price protest to a crackdown
/// timezone: Asia/Almaty
/// ---
/// // a comment
/// group Protests
/// 2022-01-02: Protests break out over LPG prices
/// 2022-01-02/2022-01-09: Protests intensify #unrest
/// endGroup
/// 2022-01-05: State of emergency #government
///   Lines under an event, indented or not, are its description.
/// ```
///
/// Events are `DATE: title` or `START/END: title` (also `START - END: title`, `START to END:
/// title`), with dates in Markwhen's forms (``MarkwhenDates``: ISO, `01/07/2022` month first or,
/// after a header `dateFormat: d/M/y`, day first, `Jan 8 2022`, `8 Jan 2022`, `January 2022`);
/// a line that starts like a date but is not one is warned about. A `group` or
/// `section` names the category of the events inside it; otherwise the first `#tag` of a line
/// does (tags are removed from the title and kept as tags). The header between `---` lines
/// may set `title`, `description` (the subtitle), `source`, `timezone` and `dateFormat`.
///
/// Importance is marked by the last word of the title (once `#tags` are removed) when that
/// word is `!` alone or `!` and a number: `!` or `!1` makes the event essential (importance
/// 1), `!2` normal (the default anyway) and `!3` a detail; the marker is removed from the
/// title. Any other number (`!4`) is an error, as `importance: 4` would be.
///
/// ```text
/// 2022-01-05: State of emergency declared ! #government
/// 2022-01-06: Internet restored in Almaty for an hour !3
/// ```
///
/// Only a separate last word counts: `Yahoo!` or a `!` earlier in the title stays text. (A
/// title ending in a spaced `!`, as French typography writes it, loses that `!` and becomes
/// essential: write the `!` against the word.)
struct MarkwhenDocument: SourceLocating {
  private(set) var raw = RawTimeline()
  private var locations: [FieldPath: SourceLocation] = [:]
  /// Lines that look like dates but are not read (see ``MarkwhenDates/unreadWarning(_:)``).
  private(set) var warnings: [(location: SourceLocation, message: String)] = []
  /// Where the event past ``InputLimits/maximumEvents``, or the category past
  /// ``InputLimits/maximumCategories``, is: reading stops there.
  private(set) var pastLimit: (location: SourceLocation, path: FieldPath, message: String)?

  init(_ text: String) {
    var events: [RawEvent] = []
    var categories: [String] = []
    var knownCategories: Set<String> = []
    // Description lines, joined once at the end (appending to a growing text is quadratic).
    var descriptions: [Int: [String]] = [:]
    // The open groups, innermost last (an event takes the innermost as its category).
    var groups: [String] = []
    var group: String? { groups.last.flatMap { $0.isEmpty ? nil : $0 } }
    var unsupported = MarkwhenUnsupported()
    // Right below an event or group line, `key: value` lines are its Markwhen properties.
    var propertiesOpen = false
    var inHeader = false
    var headerDone = false
    var order = MarkwhenDates.NumericOrder.monthFirst
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
      line.hasSuffix("\r") ? line.dropLast() : line
    }
    for (offset, line) in lines.enumerated() {
      let number = offset + 1
      let trimmed = String(line).trimmedSpaces
      if trimmed == "---", !headerDone {
        if inHeader { headerDone = true }
        inHeader.toggle()
        continue
      }
      if inHeader {
        guard let colon = trimmed.firstIndex(of: ":") else { continue }
        let key = trimmed[..<colon].lowercased()
        let value = RawText(String(trimmed[trimmed.index(after: colon)...]).trimmedSpaces)
        let path = FieldPath([.key(key == "description" ? "subtitle" : key)])
        locations[path] = SourceLocation(line: number, column: 1)
        switch key {
        case "title": raw.title = value
        case "description", "subtitle": raw.subtitle = value
        case "source": raw.source = value
        case "timezone": raw.timezone = value
        case "dateformat": order = MarkwhenDates.NumericOrder(header: value.text)
        case "url": raw.url = value
        default:
          warnings.append(
            (SourceLocation(line: number, column: 1), "Markwhen header field \"\(key)\" is not used by timeline"))
        }
        continue
      }
      if trimmed.isEmpty { propertiesOpen = false }
      if trimmed.isEmpty || trimmed.hasPrefix("//") { continue }
      let lower = trimmed.lowercased()
      let indent = line.prefix { $0 == " " || $0 == "\t" }.count
      let here = SourceLocation(line: number, column: indent + 1)
      if lower.hasPrefix("group ") || lower.hasPrefix("section ") {
        let name = String(trimmed.drop { $0 != " " }).trimmedSpaces
        if !groups.isEmpty { unsupported.note(.nestedGroup, at: here, example: trimmed) }
        groups.append(name)
        propertiesOpen = true
        if let group, knownCategories.insert(group).inserted {
          guard categories.count < InputLimits.maximumCategories else {
            pastLimit = (
              SourceLocation(line: number, column: 1), FieldPath([.key("categories"), .index(categories.count)]),
              InputLimits.tooManyCategories("more than \(InputLimits.maximumCategories)")
            )
            break
          }
          categories.append(group)
        }
        continue
      }
      if lower == "endgroup" || lower == "endsection" {
        _ = groups.popLast()
        propertiesOpen = false
        continue
      }
      guard let event = Self.event(trimmed, order: order) else {
        if propertiesOpen, MarkwhenUnsupported.isProperty(trimmed), !MarkwhenUnsupported.isRelativeDateLine(trimmed) {
          unsupported.note(.property, at: here, example: trimmed)
          continue
        }
        propertiesOpen = false
        if MarkwhenUnsupported.isRelativeDateLine(trimmed) {
          unsupported.note(
            .relativeDate, at: here, example: String(trimmed[..<(trimmed.firstIndex(of: ":") ?? trimmed.endIndex)]))
        } else if let warning = MarkwhenDates.unreadWarning(trimmed) {
          warnings.append((here, warning))
        }
        if ["- [ ]", "- [x]", "- [X]"].contains(where: { trimmed.hasPrefix($0) }) {
          unsupported.note(.taskList, at: here, example: trimmed)
        }
        // A line that is not an event belongs to the previous event's description.
        if !events.isEmpty { descriptions[events.count - 1, default: []].append(trimmed) }
        continue
      }
      let index = events.count
      propertiesOpen = true
      for sighting in event.unsupported {
        unsupported.note(
          sighting.kind, at: SourceLocation(line: number, column: indent + sighting.column), example: sighting.text)
      }
      let base = FieldPath([.key("events"), .index(index)])
      guard index < InputLimits.maximumEvents else {
        pastLimit = (
          SourceLocation(line: number, column: indent + 1), base,
          InputLimits.tooManyEvents("more than \(InputLimits.maximumEvents)")
        )
        break
      }
      locations[base] = SourceLocation(line: number, column: indent + 1)
      for key in ["date", "start"] { locations[base.appending(key)] = SourceLocation(line: number, column: indent + 1) }
      locations[base.appending("end")] = SourceLocation(line: number, column: indent + event.endColumn)
      locations[base.appending("title")] = SourceLocation(line: number, column: indent + event.titleColumn)
      if let importance = event.importance {
        locations[base.appending("importance")] = SourceLocation(line: number, column: indent + importance.column)
      }
      var raw = RawEvent()
      if let end = event.end {
        raw.start = RawText(event.start)
        raw.end = RawText(end)
      } else {
        raw.date = RawText(event.start)
      }
      raw.title = event.title.isEmpty ? nil : RawText(event.title)
      raw.tags = event.tags.isEmpty ? nil : event.tags.map { RawText($0) }
      raw.importance = event.importance.map { RawText($0.text) }
      if let link = event.link {
        raw.url = RawText(link.url)
        locations[base.appending("url")] = SourceLocation(line: number, column: indent + link.column)
      }
      if let category = group ?? event.tags.first {
        raw.category = RawText(category)
        if knownCategories.insert(category).inserted {
          guard categories.count < InputLimits.maximumCategories else {
            pastLimit = (
              SourceLocation(line: number, column: indent + 1), base.appending("category"),
              InputLimits.tooManyCategories("more than \(InputLimits.maximumCategories)")
            )
            break
          }
          categories.append(category)
        }
      }
      events.append(raw)
    }
    for (index, lines) in descriptions { events[index].description = RawText(lines.joined(separator: " ")) }
    warnings += unsupported.warnings
    raw.events = events
    raw.categories = categories.map { RawCategory(id: RawText($0), label: RawText($0), color: nil) }
  }

  /// `DATE: title #tag`, `START/END: title` or `START - END: title` (dates in the forms of
  /// ``MarkwhenDates``); `nil` for other lines.
  /// `importance` is the number of a trailing `!` marker (`"1"` for a bare `!`), with the
  /// column of the marker.
  static func event(_ line: String, order: MarkwhenDates.NumericOrder = .monthFirst) -> (
    start: String, end: String?, title: String, tags: [String], importance: (text: String, column: Int)?,
    endColumn: Int, titleColumn: Int, link: (url: String, column: Int)?,
    unsupported: [(kind: MarkwhenUnsupported.Kind, column: Int, text: String)]
  )? {
    guard let colon = Self.separatorColon(in: line),
      let dates = MarkwhenDates.read(String(line[..<colon]), order: order)
    else { return nil }
    let (start, end, endColumn) = (dates.start, dates.end, dates.endColumn)
    let rest = line[line.index(after: colon)...]
    var tags: [String] = []
    var words: [Substring] = []
    var link: (url: String, column: Int)?
    var unsupported: [(kind: MarkwhenUnsupported.Kind, column: Int, text: String)] = []
    func column(of index: String.Index) -> Int {
      line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: index) + 1
    }
    func note(_ kind: MarkwhenUnsupported.Kind, _ word: Substring) {
      let text = word.replacingOccurrences(of: "\u{00A0}", with: " ")
      unsupported.append((kind, column(of: line.range(of: text)?.lowerBound ?? colon), text))
    }
    for word in MarkwhenLinks.unwrapped(rest).split(separator: " ", omittingEmptySubsequences: true) {
      if word.hasPrefix("#"), word.count > 1 {
        tags.append(String(word.dropFirst()))
      } else if word.hasPrefix("!["), word.contains("](") {
        note(.image, word)
      } else if MarkwhenUnsupported.isEventID(word) {
        note(.eventID, word)
      } else if let url = MarkwhenLinks.link(in: word), ["location", "map"].contains(url.url.lowercased()) {
        note(.location, word)
        if let label = url.label { words.append(label) }
      } else if let url = MarkwhenLinks.link(in: word) {
        // The first link is the event's; the words of a [label](url) link stay in the title.
        if link == nil { link = (url.url, column(of: line.range(of: url.url)?.lowerBound ?? word.startIndex)) }
        if let label = url.label { words.append(label) }
      } else {
        if MarkwhenUnsupported.isPercent(word) { note(.percent, word) }
        words.append(word)
      }
    }
    var importance: (text: String, column: Int)?
    if let last = words.last, let number = Self.importanceMarker(last) {
      let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: last.startIndex) + 1
      importance = (number, column)
      words.removeLast()
    }
    let titleColumn = line.distance(from: line.startIndex, to: colon) + 2 + rest.prefix { $0 == " " }.count
    return (start, end, words.joined(separator: " "), tags, importance, endColumn, titleColumn, link, unsupported)
  }

  /// The number a word marks importance with: `"1"` for `!`, the digits of `!3`; `nil` for
  /// any other word (`Yahoo!`, `!!`, `!x`).
  private static func importanceMarker(_ word: Substring) -> String? {
    guard word.first == "!" else { return nil }
    let digits = word.dropFirst()
    if digits.isEmpty { return "1" }
    return digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? String(digits) : nil
  }

  /// The colon that ends the date part: the first `": "` (times hold colons too), or a
  /// final colon.
  private static func separatorColon(in line: String) -> String.Index? {
    if let range = line.range(of: ": ") { return range.lowerBound }
    if line.hasSuffix(":") { return line.index(before: line.endIndex) }
    return nil
  }

  func location(of path: FieldPath) -> SourceLocation? {
    var components = path.components
    while true {
      if let found = locations[FieldPath(components)] { return found }
      if components.isEmpty { return SourceLocation(line: 1, column: 1) }
      components.removeLast()
    }
  }

  func keys(at path: FieldPath) -> [(key: String, location: SourceLocation)] { [] }
}
