import Foundation

/// Turns a ``RawTimeline`` into a ``Timeline``, collecting every problem as a ``Diagnostic``.
struct TimelineValidator {
  let fileName: String
  let locator: any SourceLocating
  private(set) var diagnostics: [Diagnostic] = []

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
      title: nonEmpty(raw.title), subtitle: nonEmpty(raw.subtitle), source: nonEmpty(raw.source),
      notes: nonEmpty(raw.notes))
    if let zone = raw.timezone?.text {
      if TimeZone(identifier: zone) != nil {
        timeline.timezone = zone
      } else {
        report(
          .error, root.appending("timezone"),
          "\"\(zone)\" is not a time zone (use an IANA name like Asia/Almaty or UTC)")
      }
    }
    timeline.categories = validateCategories(raw.categories ?? [], at: root.appending("categories"))
    let categoryIDs = Set(timeline.categories.map(\.id))
    timeline.periods = (raw.periods ?? []).enumerated().compactMap { index, period in
      validatePeriod(period, at: root.appending("periods").appending(index))
    }
    guard let rawEvents = raw.events else {
      report(.error, root.appending("events"), "required: a list of events, each with a date and a title")
      return nil
    }
    if rawEvents.isEmpty {
      report(.warning, root.appending("events"), "the list of events is empty; the timeline will be blank")
    }
    for (index, rawEvent) in rawEvents.enumerated() {
      let path = root.appending("events").appending(index)
      if let event = validateEvent(rawEvent, index: index, at: path) {
        if let category = event.category, !categoryIDs.contains(category) {
          report(
            .warning, path.appending("category"),
            "category \"\(category)\" is not defined under categories; it is drawn in grey")
        }
        timeline.events.append(event)
      }
    }
    for (index, note) in (raw.context ?? []).enumerated() {
      let path = root.appending("context").appending(index)
      guard let title = nonEmpty(note.title) else {
        report(.error, path.appending("title"), "every context note needs a title")
        continue
      }
      timeline.context.append(
        ContextNote(
          title: title, description: nonEmpty(note.description), category: nonEmpty(note.category),
          evidence: nonEmpty(note.evidence)))
    }
    return timeline
  }

  private mutating func validateCategories(_ raw: [RawCategory], at path: FieldPath) -> [Category] {
    var result: [Category] = []
    for (index, category) in raw.enumerated() {
      let here = path.appending(index)
      guard let id = nonEmpty(category.id) else {
        report(.error, here.appending("id"), "every category needs an id")
        continue
      }
      if result.contains(where: { $0.id == id }) {
        report(.warning, here.appending("id"), "category \"\(id)\" is defined twice; the first definition is used")
        continue
      }
      var color = nonEmpty(category.color)
      if let text = color, !Self.isHexColor(text) {
        report(.warning, here.appending("color"), "\"\(text)\" is not a colour like #d55e00; a palette colour is used")
        color = nil
      }
      result.append(Category(id: id, label: nonEmpty(category.label) ?? id, color: color))
    }
    return result
  }

  private mutating func validatePeriod(_ raw: RawPeriod, at path: FieldPath) -> Period? {
    let title = nonEmpty(raw.title)
    if title == nil { report(.error, path.appending("title"), "every period needs a title") }
    let start = date(raw.start, at: path.appending("start"), required: true)
    let end = date(raw.end, at: path.appending("end"), required: true)
    guard let title, let start, let end else { return nil }
    guard checkOrder(start, end, at: path.appending("end")) else { return nil }
    return Period(start: start, end: end, title: title, approximate: raw.approximate ?? false)
  }

  private mutating func validateEvent(_ raw: RawEvent, index: Int, at path: FieldPath) -> Event? {
    let title = nonEmpty(raw.title)
    if title == nil { report(.error, path.appending("title"), "every event needs a title") }
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
    guard let title, let time else { return nil }
    return Event(
      index: index, time: time, title: title, description: nonEmpty(raw.description),
      category: nonEmpty(raw.category), tags: (raw.tags ?? []).map(\.text),
      approximate: raw.approximate ?? false, evidence: nonEmpty(raw.evidence))
  }

  private mutating func date(_ raw: RawText?, at path: FieldPath, required: Bool) -> EventDate? {
    guard let text = raw?.text else {
      if required { report(.error, path, "required date is missing") }
      return nil
    }
    do {
      return try EventDate(parsing: text.trimmingCharacters(in: .whitespaces))
    } catch {
      report(.error, path, error.description)
      return nil
    }
  }

  private mutating func checkOrder(_ start: EventDate, _ end: EventDate, at path: FieldPath) -> Bool {
    if end.endExclusive.axisTime <= start.start.axisTime {
      report(.error, path, "the end (\(Self.text(end))) comes before the start (\(Self.text(start)))")
      return false
    }
    return true
  }

  private static func text(_ d: EventDate) -> String {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    var out = d.year < 0 ? "-" : ""
    out += String(repeating: "0", count: max(0, 4 - String(abs(d.year)).count)) + String(abs(d.year))
    if let m = d.month { out += "-" + two(m) }
    if let day = d.day { out += "-" + two(day) }
    if let h = d.hour, let mi = d.minute { out += "T" + two(h) + ":" + two(mi) }
    return out
  }

  /// Words that make `end` open: the range is still going on.
  static let ongoingWords: Set<String> = ["ongoing", "open", "present", "now"]

  static func isHexColor(_ text: String) -> Bool {
    var digits = Substring(text)
    if digits.hasPrefix("#") { digits = digits.dropFirst() }
    return [3, 6, 8].contains(digits.count) && digits.allSatisfy(\.isHexDigit)
  }

  private func nonEmpty(_ raw: RawText?) -> String? {
    guard let text = raw?.text.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
    return text
  }
}
