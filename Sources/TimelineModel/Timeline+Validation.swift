extension Timeline {
  /// Every problem with this timeline, as the loader reports them for an event file: the
  /// same validator checks real calendar days, ranges that end before they start, time zones,
  /// colours, categories, importance and text limits, plus that no two events share an
  /// ``Event/index`` (events left unnumbered get their place in ``events`` first, see
  /// ``numberEvents()``). An empty result (or warnings only) means the timeline can be rendered.
  ///
  /// Diagnostics name fields by path (`events[2].end`) under `name`; they have no line and
  /// column, as there is no file.
  ///
  /// ```swift
  /// let problems = timeline.validate().filter { $0.severity == .error }
  /// ```
  public func validate(name: String = "timeline") -> [Diagnostic] {
    let numbered = numberingEvents()
    var validator = TimelineValidator(fileName: name, locator: NoSourceLocations())
    _ = validator.validate(numbered.raw)
    var diagnostics = validator.diagnostics
    var firstWithIndex: [Int: Int] = [:]
    for (position, event) in numbered.events.enumerated() {
      if let first = firstWithIndex[event.index] {
        diagnostics.append(
          Diagnostic(
            severity: .error, file: name, location: nil,
            path: FieldPath([.key("events"), .index(position), .key("index")]),
            message: "index \(event.index) is also the index of events[\(first)]; every event needs its own "
              + "(or none: a timeline numbers the events it is given in order)"))
      } else {
        firstWithIndex[event.index] = position
      }
    }
    return diagnostics
  }

  /// The errors of ``validate(name:)``, without the warnings.
  public func validationErrors(name: String = "timeline") -> [Diagnostic] {
    validate(name: name).filter { $0.severity == .error }
  }

  /// This timeline as an event file would hold it, for the validator.
  var raw: RawTimeline {
    func text(_ value: String?) -> RawText? { value.map(RawText.init) }
    return RawTimeline(
      title: text(title), subtitle: text(subtitle), source: text(source), timezone: RawText(timezone),
      notes: text(notes),
      categories: categories.map { RawCategory(id: RawText($0.id), label: RawText($0.label), color: text($0.color)) },
      periods: periods.map {
        RawPeriod(
          start: RawText($0.start.isoText), end: RawText($0.end.isoText), title: RawText($0.title),
          approximate: $0.approximate)
      },
      events: events.map(\.raw),
      context: context.map {
        RawContext(
          title: RawText($0.title), description: text($0.description), category: text($0.category),
          evidence: text($0.evidence))
      })
  }
}

extension Event {
  /// This event as an event file would hold it.
  var raw: RawEvent {
    var raw = RawEvent(
      title: RawText(title), description: description.map(RawText.init), category: category.map(RawText.init),
      tags: tags.map(RawText.init), approximate: approximate, evidence: evidence.map(RawText.init),
      importance: RawText(String(importance.rawValue)))
    switch time {
    case .point(let date):
      raw.date = RawText(date.isoText)
    case .range(let start, let end):
      raw.start = RawText(start.isoText)
      raw.end = RawText(end.isoText)
    case .ongoing(let since):
      raw.start = RawText(since.isoText)
      raw.end = RawText("ongoing")
    }
    return raw
  }
}

/// Where values are in a timeline built in code: nowhere, there is no file.
struct NoSourceLocations: SourceLocating {
  func location(of path: FieldPath) -> SourceLocation? { nil }
  func keys(at path: FieldPath) -> [(key: String, location: SourceLocation)] { [] }
}
