/// A whole timeline, decoded and validated: plain values, ready for layout.
///
/// ```swift
/// let loaded = try TimelineLoader.load(data: bytes, fileName: "seed.yaml")
/// loaded.timeline.events.count
/// ```
///
/// Invariants of a loaded timeline: every event has a non-empty title and valid dates, every
/// range ends at or after its start, `events[i].index == i` (file order), and category ids
/// are unique (the first definition wins). A timeline built in code is checked by
/// ``validate(name:)``; its events need no index (see ``Event/init(time:title:description:category:tags:approximate:evidence:importance:url:)``).
public struct Timeline: Equatable, Sendable {
  /// The heading drawn at the top.
  public var title: String?
  /// A line under the title.
  public var subtitle: String?
  /// Footer caption naming the source.
  public var source: String?
  /// IANA zone in which times are shown; `"UTC"` when the file names none.
  public var timezone: String
  /// Free text on how the events were derived (not drawn).
  public var notes: String?
  /// A link to the source (`http`, `https` or relative; see ``LinkCheck``).
  public var url: String?
  /// Categories in legend order.
  public var categories: [Category]
  /// Background bands (a state of emergency), in file order.
  public var periods: [Period]
  /// The events in file order; see ``Event/index``.
  public var events: [Event]
  /// Undated background the source gives; drawn as notes under the axis.
  public var context: [ContextNote]

  /// A timeline of `events`; those without an index are numbered by their place (see
  /// ``numberEvents()``). Nothing is checked here: see ``validate(name:)``.
  public init(
    title: String? = nil, subtitle: String? = nil, source: String? = nil, timezone: String = "UTC",
    notes: String? = nil, categories: [Category] = [], periods: [Period] = [], events: [Event] = [],
    context: [ContextNote] = [], url: String? = nil
  ) {
    self.title = title
    self.subtitle = subtitle
    self.source = source
    self.timezone = timezone
    self.notes = notes
    self.categories = categories
    self.periods = periods
    self.events = events
    self.context = context
    self.url = url
    numberEvents()
  }
}

/// When an event happened: at a date, over an inclusive range of dates, or since a date and
/// still going on (`end: ongoing` in the file).
public enum EventTime: Equatable, Sendable {
  /// On one date, at its precision.
  case point(EventDate)
  /// From `start` to `end`, both inclusive at their precision.
  case range(start: EventDate, end: EventDate)
  /// A range with no end yet: layout runs it to the end of the axis and fades it out.
  case ongoing(since: EventDate)

  /// The first date of the event.
  public var start: EventDate {
    switch self {
    case .point(let d): d
    case .range(let s, _): s
    case .ongoing(let s): s
    }
  }

  /// The last date of the event (the same as `start` for a point, and for an ongoing range,
  /// whose end is not known).
  public var end: EventDate {
    switch self {
    case .point(let d): d
    case .range(_, let e): e
    case .ongoing(let s): s
    }
  }
}

/// One event of a timeline.
public struct Event: Equatable, Sendable {
  /// Position in the input file, from 0: ties between events at the same date break on it,
  /// and it names the event in SVG ids (`event-3`). ``Event/unnumbered`` (or any negative
  /// number) until a ``Timeline`` numbers the event by its place in ``Timeline/events``.
  public var index: Int
  /// When it happened.
  public var time: EventTime
  /// The label drawn for it.
  public var title: String
  /// Longer text, shown where the layout has room (the vertical list).
  public var description: String?
  /// A category id; may name no defined category (it then gets a palette colour of its own).
  public var category: String?
  /// Free keywords, kept with the event for searching and filtering; not drawn.
  public var tags: [String]
  /// Whether the date is an estimate; drawn with "~".
  public var approximate: Bool
  /// The source sentence the event comes from.
  public var evidence: String?
  /// How much the event matters when a crowded stretch must be folded into a cluster.
  public var importance: Importance
  /// A link for the event (`http`, `https` or relative; see ``LinkCheck``): SVG wraps the
  /// event in `<a href>`, PDF puts a link annotation over its label.
  public var url: String?

  /// An event with a hand-set `index`; see ``init(time:title:description:category:tags:approximate:evidence:importance:url:)``
  /// for one the timeline numbers.
  public init(
    index: Int, time: EventTime, title: String, description: String? = nil, category: String? = nil,
    tags: [String] = [], approximate: Bool = false, evidence: String? = nil, importance: Importance = .normal,
    url: String? = nil
  ) {
    self.index = index
    self.time = time
    self.title = title
    self.description = description
    self.category = category
    self.tags = tags
    self.approximate = approximate
    self.evidence = evidence
    self.importance = importance
    self.url = url
  }

  /// An event without an index: the ``Timeline`` it is put in numbers it by its place in
  /// ``Timeline/events`` (file order), as the loader numbers events in a file.
  ///
  /// ```swift
  /// let timeline = Timeline(events: [
  ///   Event(time: .point(EventDate(year: 1969, month: 7, day: 16)), title: "Launch"),
  ///   Event(time: .point(EventDate(year: 1969, month: 7, day: 24)), title: "Splashdown"),
  /// ])
  /// timeline.events.map(\.index)  // [0, 1]
  /// ```
  public init(
    time: EventTime, title: String, description: String? = nil, category: String? = nil, tags: [String] = [],
    approximate: Bool = false, evidence: String? = nil, importance: Importance = .normal, url: String? = nil
  ) {
    self.init(
      index: Self.unnumbered, time: time, title: title, description: description, category: category, tags: tags,
      approximate: approximate, evidence: evidence, importance: importance, url: url)
  }

  /// The ``index`` of an event no timeline has numbered yet.
  public static let unnumbered = -1

  /// Whether the event has an index of its own (given, or numbered by a timeline).
  public var isNumbered: Bool { index >= 0 }
}

/// How much an event matters to the reader (`importance: 1|2|3` in the file).
///
/// When a stretch of the axis is too crowded for every title to get its own label, details
/// are folded into a cluster first; essential events never are, and are drawn a little
/// stronger. The raw values are the file's numbers: smaller means more important.
public enum Importance: Int, Comparable, Sendable, CaseIterable {
  /// 1: must show; never folded into a cluster.
  case essential = 1
  /// 2: the default.
  case normal = 2
  /// 3: a detail; the first to be folded away.
  case detail = 3

  /// More important sorts first: essential before detail.
  public static func < (lhs: Importance, rhs: Importance) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A category of events, shown in the legend.
public struct Category: Equatable, Sendable {
  /// What events name in their `category` field.
  public var id: String
  /// The name shown in the legend.
  public var label: String
  /// `#rrggbb` as written in the file, or `nil` for the next palette colour.
  public var color: String?

  /// A category; `color` is checked by ``Timeline/validate(name:)`` (or use ``init(id:label:hexColor:)``).
  public init(id: String, label: String, color: String? = nil) {
    self.id = id
    self.label = label
    self.color = color
  }
}

/// A background band over a stretch of time, such as a state of emergency.
public struct Period: Equatable, Sendable {
  /// The first day of the band.
  public var start: EventDate
  /// The last day, inclusive at its precision.
  public var end: EventDate
  /// The band's label.
  public var title: String
  /// Whether the dates are estimates; drawn with "~".
  public var approximate: Bool

  /// A background band from `start` to `end`.
  public init(start: EventDate, end: EventDate, title: String, approximate: Bool = false) {
    self.start = start
    self.end = end
    self.title = title
    self.approximate = approximate
  }
}

/// Undated background that a source gives ("the ruling party has banned all opposition parties").
public struct ContextNote: Equatable, Sendable {
  /// The note's heading.
  public var title: String
  /// Its text.
  public var description: String?
  /// A category id, for its colour.
  public var category: String?
  /// The source sentence it comes from.
  public var evidence: String?

  /// An undated note.
  public init(title: String, description: String? = nil, category: String? = nil, evidence: String? = nil) {
    self.title = title
    self.description = description
    self.category = category
    self.evidence = evidence
  }
}
