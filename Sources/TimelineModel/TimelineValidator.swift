import Foundation
import TimeAxis

/// Turns a ``RawTimeline`` into a ``Timeline``, collecting every problem as a ``Diagnostic``.
struct TimelineValidator {
  let fileName: String
  let locator: any SourceLocating
  private(set) var diagnostics: [Diagnostic] = []
  /// The "did you mean" of each unknown field name met so far, per list of known names: a
  /// misspelling repeated on every event is looked up once.
  private var guesses: [GuessKey: String?] = [:]

  private struct GuessKey: Hashable {
    var word: String
    var known: [String]
  }
  /// The timeline's zone, once read: wall-clock times are checked against its clock changes.
  private var zone = DisplayZone.utc

  init(fileName: String, locator: any SourceLocating) {
    self.fileName = fileName
    self.locator = locator
  }

  private mutating func report(_ severity: Diagnostic.Severity, _ path: FieldPath, _ message: String) {
    diagnostics.append(
      Diagnostic(
        severity: severity, file: fileName, location: locator.location(of: path), path: path, message: message))
  }

  /// The validated timeline, or `nil` when the document has no usable shape at all.
  mutating func validate(_ raw: RawTimeline) -> Timeline? {
    let root = FieldPath()
    var timeline = Timeline(
      title: text(raw.title, at: root.appending("title")), subtitle: text(raw.subtitle, at: root.appending("subtitle")),
      source: text(raw.source, at: root.appending("source")), notes: text(raw.notes, at: root.appending("notes")))
    if let zone = raw.timezone?.text {
      do {
        timeline.timezone = try TimeZoneName(zone).identifier
        self.zone = DisplayZone(identifier: zone) ?? .utc
      } catch {
        report(.error, root.appending("timezone"), error.message)
      }
    }
    timeline.url = link(raw.url, at: root.appending("url"))
    if let categories = raw.categories, categories.count > InputLimits.maximumCategories {
      report(
        .error, root.appending("categories").appending(InputLimits.maximumCategories),
        InputLimits.tooManyCategories("\(categories.count)"))
      return nil
    }
    for (key, count) in [("periods", raw.periods?.count ?? 0), ("context", raw.context?.count ?? 0)]
    where count > (InputLimits.maximumCount(ofList: key) ?? .max) {
      report(
        .error, root.appending(key).appending(InputLimits.maximumCount(ofList: key) ?? 0), InputLimits.tooMany(key))
      return nil
    }
    timeline.categories = validateCategories(raw.categories ?? [], at: root.appending("categories"))
    let categoryIDs = Set(timeline.categories.map(\.id))
    // Categories events use without defining them; with the defined ones, within the limit.
    var undefinedCategories: Set<String> = []
    timeline.periods = (raw.periods ?? []).enumerated().compactMap { index, period in
      validatePeriod(period, at: root.appending("periods").appending(index))
    }
    guard let rawEvents = raw.events else {
      report(.error, root.appending("events"), "required: a list of events, each with a date and a title")
      return nil
    }
    if rawEvents.count > Self.maximumEvents {
      report(
        .error, root.appending("events"),
        InputLimits.tooManyEvents("\(rawEvents.count)"))
      return nil
    }
    checkFieldNames(eventCount: rawEvents.count, raw: raw)
    if rawEvents.isEmpty {
      report(.warning, root.appending("events"), "the list of events is empty; the timeline will be blank")
    }
    for (index, rawEvent) in rawEvents.enumerated() {
      let path = FieldPath([.key("events"), .index(index)])
      if let event = validateEvent(rawEvent, index: index, at: path) {
        if let category = event.category, !categoryIDs.contains(category) {
          if undefinedCategories.insert(category).inserted,
            categoryIDs.count + undefinedCategories.count > InputLimits.maximumCategories
          {
            report(
              .error, path.appending("category"),
              InputLimits.tooManyCategories("more than \(InputLimits.maximumCategories)"))
            return nil
          }
          report(
            .warning, path.appending("category"),
            "category \"\(category)\" is not defined under categories; it gets the next palette colour")
        }
        timeline.events.append(event)
      }
    }
    warnAboutOutlyingYears(timeline.events)
    for (index, note) in (raw.context ?? []).enumerated() {
      let path = root.appending("context").appending(index)
      guard let title = text(note.title, at: path.appending("title")) else {
        if nonEmpty(note.title) == nil { report(.error, path.appending("title"), "every context note needs a title") }
        continue
      }
      timeline.context.append(
        ContextNote(
          title: title, description: text(note.description, at: path.appending("description")),
          category: nonEmpty(note.category), evidence: text(note.evidence, at: path.appending("evidence"))))
    }
    return timeline
  }

  private mutating func validateCategories(_ raw: [RawCategory], at path: FieldPath) -> [Category] {
    var result: [Category] = []
    var seen: Set<String> = []
    for (index, category) in raw.enumerated() {
      let here = path.appending(index)
      guard let id = nonEmpty(category.id) else {
        report(.error, here.appending("id"), "every category needs an id")
        continue
      }
      guard seen.insert(id).inserted else {
        report(.warning, here.appending("id"), "category \"\(id)\" is defined twice; the first definition is used")
        continue
      }
      var color = nonEmpty(category.color)
      if let text = color {
        do {
          _ = try HexColor(text)
        } catch {
          report(.warning, here.appending("color"), error.message + "; a palette colour is used")
          color = nil
        }
      }
      result.append(Category(id: id, label: text(category.label, at: here.appending("label")) ?? id, color: color))
    }
    return result
  }

  private mutating func validatePeriod(_ raw: RawPeriod, at path: FieldPath) -> Period? {
    let title = text(raw.title, at: path.appending("title"))
    if title == nil, nonEmpty(raw.title) == nil {
      report(.error, path.appending("title"), "every period needs a title")
    }
    let start = date(raw.start, at: path.appending("start"), required: true)
    let end = date(raw.end, at: path.appending("end"), required: true)
    guard let title, let start, let end else { return nil }
    guard checkOrder(start, end, at: path.appending("end")) else { return nil }
    return Period(start: start, end: end, title: title, approximate: raw.approximate ?? false)
  }

  private mutating func validateEvent(_ raw: RawEvent, index: Int, at path: FieldPath) -> Event? {
    let title = text(raw.title, at: path.appending("title"))
    if title == nil, nonEmpty(raw.title) == nil { report(.error, path.appending("title"), "every event needs a title") }
    var time: EventTime?
    switch (raw.date, raw.start, raw.end) {
    case (.some, .some, _), (.some, _, .some):
      report(.error, path.appending(raw.start != nil ? "start" : "end"), "give either date, or start and end, not both")
    case (.some, nil, nil):
      if let d = date(raw.date, at: path.appending("date"), required: true) { time = .point(d) }
    case (nil, .some, nil):
      report(.error, path.appending("start"), "a range needs an end as well (the end is inclusive)")
    case (nil, nil, .some):
      report(.error, path.appending("end"), "a range needs a start as well")
    case (nil, .some, .some(let endText)) where Self.ongoingWords.contains(endText.text.lowercased()):
      if let start = date(raw.start, at: path.appending("start"), required: true) { time = .ongoing(since: start) }
    case (nil, .some, .some):
      let start = date(raw.start, at: path.appending("start"), required: true)
      let end = date(raw.end, at: path.appending("end"), required: true)
      if let start, let end, checkOrder(start, end, at: path.appending("end")) {
        time = .range(start: start, end: end)
      }
    case (nil, nil, nil):
      report(.error, path, "every event needs a date, or a start and an end")
    }
    let importance = importance(raw.importance, at: path.appending("importance"))
    guard let title, let time else { return nil }
    return Event(
      index: index, time: time, title: title, description: text(raw.description, at: path.appending("description")),
      category: nonEmpty(raw.category), tags: (raw.tags ?? []).map(\.text),
      approximate: raw.approximate ?? false, evidence: text(raw.evidence, at: path.appending("evidence")),
      importance: importance, url: link(raw.url, at: path.appending("url")))
  }

  /// The link written at `path`, or `nil` (with an error) when ``LinkCheck`` refuses it.
  private mutating func link(_ raw: RawText?, at path: @autoclosure () -> FieldPath) -> String? {
    guard let value = text(raw, at: path()) else { return nil }
    if let problem = LinkCheck.problem(with: value) {
      report(.error, path(), problem)
      return nil
    }
    return value
  }

  /// The importance written at `path`: ``Importance/normal`` when the field is absent or
  /// empty, and an error (then `.normal`) for anything not in ``importanceValues``.
  private mutating func importance(_ raw: RawText?, at path: @autoclosure () -> FieldPath) -> Importance {
    guard let value = nonEmpty(raw) else { return .normal }
    if let importance = Self.importanceValues[value.lowercased()] { return importance }
    report(.error, path(), "\"\(value)\" is not an importance; \(Self.importanceChoices)")
    return .normal
  }

  private mutating func date(_ raw: RawText?, at path: @autoclosure () -> FieldPath, required: Bool) -> EventDate? {
    guard let text = raw?.text else {
      if required { report(.error, path(), "required date is missing") }
      return nil
    }
    do {
      let date = try EventDate(parsing: text.trimmingWhitespace)
      if let warning = DaylightSavingCheck.warning(for: date, in: zone) { report(.warning, path(), warning) }
      return date
    } catch {
      report(.error, path(), error.description)
      return nil
    }
  }

  private mutating func checkOrder(_ start: EventDate, _ end: EventDate, at path: @autoclosure () -> FieldPath) -> Bool
  {
    // Compared as instants in the timeline's zone, so offsets and clock changes count.
    if zone.axisTime(wallClock: end.endExclusive, utcOffsetMinutes: end.utcOffsetMinutes)
      <= zone.axisTime(wallClock: start.start, utcOffsetMinutes: start.utcOffsetMinutes)
    {
      report(.error, path(), "the end (\(Self.text(end))) comes before the start (\(Self.text(start)))")
      return false
    }
    return true
  }

  /// A date in an order error: ISO 8601 to the minute, without its offset.
  private static func text(_ d: EventDate) -> String {
    var date = d.written
    date.precision = min(date.precision, .minute)
    date.utcOffsetMinutes = nil
    return CalendarFormatter.iso(date)
  }

  /// Warns about a few dates centuries away from all the others: usually a typo (2202 for 2022).
  private mutating func warnAboutOutlyingYears(_ events: [Event]) {
    guard events.count >= 3 else { return }
    let years = events.map(\.time.start.year).sorted()
    let median = years[years.count / 2]
    let outliers = events.filter { abs($0.time.start.year - median) > 100 }
    guard !outliers.isEmpty, outliers.count <= max(1, events.count / 10) else { return }
    for event in outliers {
      let field = event.time == .point(event.time.start) ? "date" : "start"
      report(
        .warning, FieldPath([.key("events"), .index(event.index), .key(field)]),
        "year \(Self.yearAsWritten(event.time.start.year)) is far from the other dates (around \(Self.yearAsRead(median))); "
          + "is it a typo?")
    }
  }

  /// A year as the file writes it, with the era a reader knows when it is not AD: `2202`,
  /// `-43 (44 BC)`, `0 (1 BC)`.
  static func yearAsWritten(_ year: Int) -> String {
    year > 0 ? String(year) : "\(year) (\(1 - year) BC)"
  }

  /// A year as a reader knows it: `2022`, `44 BC`.
  static func yearAsRead(_ year: Int) -> String {
    year > 0 ? String(year) : "\(1 - year) BC"
  }

  /// The most events one file may hold.
  static let maximumEvents = InputLimits.maximumEvents
  /// The most Unicode scalars one text field may hold.
  static let maximumTextLength = 10_000

  static let topLevelFields = [
    "title", "subtitle", "source", "timezone", "notes", "categories", "periods", "events", "context", "url",
  ]
  static let categoryFields = ["id", "label", "color"]
  static let periodFields = ["start", "end", "title", "approximate"]
  static let eventFields = [
    "date", "start", "end", "title", "description", "category", "tags", "approximate", "evidence", "importance",
    "url",
  ]
  static let contextFields = ["title", "description", "category", "evidence"]

  /// Warns about every field the format does not know, suggesting the nearest known name.
  private mutating func checkFieldNames(eventCount: Int, raw: RawTimeline) {
    let root = FieldPath()
    checkKeys(at: root, known: Self.topLevelFields)
    for index in 0..<(raw.categories?.count ?? 0) {
      checkKeys(at: root.appending("categories").appending(index), known: Self.categoryFields)
    }
    for index in 0..<(raw.periods?.count ?? 0) {
      checkKeys(at: root.appending("periods").appending(index), known: Self.periodFields)
    }
    for index in 0..<eventCount { checkKeys(at: FieldPath([.key("events"), .index(index)]), known: Self.eventFields) }
    for index in 0..<(raw.context?.count ?? 0) {
      checkKeys(at: root.appending("context").appending(index), known: Self.contextFields)
    }
  }

  private mutating func checkKeys(at path: FieldPath, known: [String]) {
    for (key, location) in locator.keys(at: path) where !known.contains(key) {
      var message = "unknown field \"\(key)\" is ignored"
      if let guess = guess(for: key, among: known) { message += "; did you mean \"\(guess)\"?" }
      diagnostics.append(
        Diagnostic(severity: .warning, file: fileName, location: location, path: path.appending(key), message: message))
    }
  }

  /// ``nearest(_:among:)``, remembered for the rest of the file.
  private mutating func guess(for word: String, among known: [String]) -> String? {
    let key = GuessKey(word: word, known: known)
    if let remembered = guesses[key] { return remembered }
    let found = Self.nearest(word, among: known)
    guesses[key] = found
    return found
  }

  /// The known name within two edits of `word` (case-insensitive), if one is close enough.
  static func nearest(_ word: String, among known: [String]) -> String? {
    // Two edits change the length by two at most: a longer word is nobody's misspelling (and
    // a huge key costs nothing).
    let longest = known.map(\.count).max() ?? 0
    guard word.utf8.count <= 4 * (longest + 2) else { return nil }
    let lower = Array(word.lowercased())
    var best: (name: String, distance: Int)?
    for name in known where abs(name.count - lower.count) <= 2 {
      let distance = editDistance(lower, Array(name))
      if distance <= 2, distance < (best?.distance ?? .max) { best = (name, distance) }
    }
    return best?.name
  }

  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }

  /// Words that make `end` open: the range is still going on.
  static let ongoingWords: Set<String> = ["ongoing", "open", "present", "now"]

  /// What `importance` may be, lowercased: the numbers as text (YAML scalars and JSON
  /// numbers both arrive as text) and a pair of words for each level.
  static let importanceValues: [String: Importance] = [
    "1": .essential, "essential": .essential, "high": .essential,
    "2": .normal, "normal": .normal, "default": .normal,
    "3": .detail, "detail": .detail, "low": .detail,
  ]

  /// The accepted importance values, said in an error message.
  static let importanceChoices =
    "use 1 (must show), 2 (default) or 3 (detail), or the words essential/high, normal/default, detail/low"

  /// The trimmed text of a field, `nil` when empty; text over ``maximumTextLength`` Unicode
  /// scalars is an error (it would only be cut when drawn, and can exhaust the text engine).
  private mutating func text(_ raw: RawText?, at path: @autoclosure () -> FieldPath) -> String? {
    guard let value = nonEmpty(raw) else { return nil }
    // A text has at least as many UTF-8 bytes as scalars: short ones need no count.
    guard value.utf8.count > Self.maximumTextLength else { return value }
    let length = value.unicodeScalars.count
    if length > Self.maximumTextLength {
      report(
        .error, path(),
        "the text is \(length) characters long; fields are limited to \(Self.maximumTextLength)")
      return nil
    }
    return value
  }

  private func nonEmpty(_ raw: RawText?) -> String? {
    guard let text = raw?.text.trimmingWhitespaceAndNewlines, !text.isEmpty else { return nil }
    return text
  }
}
