/// The Markwhen syntax this importer reads past but cannot carry, each kind named in one
/// warning at its first place, with how many times it occurs, so nothing an author wrote is
/// lost or misread without a word.
///
/// ```text
/// warning: plan.mw:7:1: Markwhen event properties ("riders: Tom, Jerry") are not used by timeline;
///   they are left out of the description (3 lines)
/// ```
struct MarkwhenUnsupported {
  /// A kind of Markwhen syntax the event model has no place for.
  enum Kind: CaseIterable {
    /// `key: value` lines right below an event or group line.
    case property
    /// `!id` words naming an event for relative dates.
    case eventID
    /// Lines whose dates are relative (`after !id 3 days`, `2 weeks`, `before …`, `by …`) or `now`.
    case relativeDate
    /// A `0`–`100%` word: how far an event has come.
    case percent
    /// `![alt](url)` images.
    case image
    /// `[place](location)` or `[place](map)` locations.
    case location
    /// `- [ ]` and `- [x]` task list items.
    case taskList
    /// A `group` or `section` opened inside another.
    case nestedGroup

    /// What the importer does with it, for the warning.
    func explanation(_ example: String) -> String {
      switch self {
      case .property:
        "Markwhen event properties (\"\(example)\") are not used by timeline; they are left out of the description"
      case .eventID:
        "Markwhen event ids (\"\(example)\") are not used by timeline, which reads no relative dates; they are left "
          + "out of the title"
      case .relativeDate:
        "Markwhen relative dates and now-events (\"\(example)\") are not read by timeline (give the dates); the "
          + "line is kept as description text"
      case .percent:
        "Markwhen completion percentages (\"\(example)\") are not drawn by timeline; they stay in the title as text"
      case .image:
        "Markwhen images (\"\(example)\") are not drawn by timeline; they are left out of the title"
      case .location:
        "Markwhen locations (\"\(example)\") are not drawn by timeline; the place's name stays in the title"
      case .taskList:
        "Markwhen task lists (\"\(example)\") are not drawn as tasks by timeline; they stay in the description as text"
      case .nestedGroup:
        "nested Markwhen groups (\"\(example)\") are flattened by timeline: each event takes its innermost group as "
          + "its category"
      }
    }
  }

  private var sightings: [(kind: Kind, location: SourceLocation, example: String, count: Int)] = []

  /// Records one occurrence of `kind` at `location`; the first one's `example` is quoted.
  mutating func note(_ kind: Kind, at location: SourceLocation, example: String) {
    if let index = sightings.firstIndex(where: { $0.kind == kind }) {
      sightings[index].count += 1
    } else {
      let short = example.count > 40 ? String(example.prefix(39)) + "…" : example
      sightings.append((kind, location, short, 1))
    }
  }

  /// One warning per kind, in the order the kinds were first met.
  var warnings: [(location: SourceLocation, message: String)] {
    sightings.map { sighting in
      let times = sighting.count == 1 ? "once" : "\(sighting.count) times"
      return (sighting.location, "\(sighting.kind.explanation(sighting.example)) (\(times) in the file)")
    }
  }

  /// Whether `line` is a Markwhen `key: value` property line: a plain key of letters, digits,
  /// `_` or `-`, starting with a letter, then a colon and a space (or the line's end).
  static func isProperty(_ line: String) -> Bool {
    guard let colon = line.firstIndex(of: ":"), let first = line.first, first.isLetter else { return false }
    let key = line[..<colon]
    guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return false }
    let after = line[line.index(after: colon)...]
    return after.isEmpty || after.first == " "
  }

  /// Whether the date part of `line` (before `": "`) is a relative date or `now`, which Markwhen
  /// reads and this importer does not: `after …`, `before …`, `by …`, `!id …`, `now`, or an amount
  /// such as `2 weeks` or `1 week - 3 days`.
  static func isRelativeDateLine(_ line: String) -> Bool {
    guard
      let colon = line.firstRange(of: ": ")?.lowerBound
        ?? (line.hasSuffix(":") ? line.index(before: line.endIndex) : nil)
    else { return false }
    let words = line[..<colon].lowercased().split(separator: " ")
    guard let first = words.first else { return false }
    if ["after", "before", "by", "now"].contains(first) || first.hasPrefix("!") { return true }
    let units = ["millisecond", "second", "minute", "hour", "day", "weekday", "week", "month", "year"]
    guard first.allSatisfy(\.isNumber), words.count >= 2 else { return false }
    let unit = words[1].hasSuffix("s") ? words[1].dropLast() : words[1]
    return units.contains(String(unit)) || ["week", "work", "business"].contains(String(unit))
  }

  /// Whether `word` is a completion percentage, `0%` to `100%`.
  static func isPercent(_ word: Substring) -> Bool {
    guard word.hasSuffix("%"), let value = Int(word.dropLast()) else { return false }
    return (0...100).contains(value) && word.dropLast().allSatisfy(\.isNumber)
  }

  /// Whether `word` is an event id, `!` then a letter (`!launch`; `!3` marks importance).
  static func isEventID(_ word: Substring) -> Bool {
    word.count > 1 && word.first == "!" && word.dropFirst().first?.isLetter == true
      && word.dropFirst().allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
  }
}
