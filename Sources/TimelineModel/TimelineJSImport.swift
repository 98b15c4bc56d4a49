import Foundation
import TimeAxis

/// Reads TimelineJS JSON (the format of Knight Lab's TimelineJS) into the event model, so an
/// existing TimelineJS timeline renders as a static image.
///
/// `title.text.headline` and `title.text.text` become the title and subtitle; each event's
/// `start_date`/`end_date` (`year`, `month`, `day`, `hour`, `minute`, `second`, as numbers or
/// strings; a negative year is that many years BCE, as TimelineJS shows it) its date or range, `text.headline` its title,
/// `text.text` its description (HTML tags removed), `group` its category, `media.link` (or
/// `media.url`) its link; `eras` become periods. Fields it cannot carry (`media` itself,
/// `display_date`, `background`…) are named in one warning each (``TimelineJSDroppedFields``).
/// TimelineJS has no field saying how much an event matters, so every event keeps the default
/// ``Importance/normal``.
struct TimelineJSDocument: Decodable {
  struct DateParts: Decodable {
    var year: RawText?
    var month: RawText?
    var day: RawText?
    var hour: RawText?
    var minute: RawText?
    var second: RawText?
  }

  struct Text: Decodable {
    var headline: RawText?
    var text: RawText?
  }

  /// A slide's media, read for its link only; anything else in it is ignored, never an error.
  struct Media: Decodable {
    var link: String?

    enum CodingKeys: String, CodingKey {
      case url, link
    }

    init(from decoder: any Decoder) {
      let container = try? decoder.container(keyedBy: CodingKeys.self)
      let link = (try? container?.decodeIfPresent(String.self, forKey: .link)) ?? nil
      let url = (try? container?.decodeIfPresent(String.self, forKey: .url)) ?? nil
      // media.url is usually the image itself: it becomes the link only without media.link.
      self.link = [link, url].compactMap { $0?.trimmedSpaces }.first { !$0.isEmpty }
    }
  }

  struct Slide: Decodable {
    var startDate: DateParts?
    var endDate: DateParts?
    var text: Text?
    var group: RawText?
    var media: Media?

    enum CodingKeys: String, CodingKey {
      case startDate = "start_date"
      case endDate = "end_date"
      case text, group, media
    }
  }

  var title: Slide?
  var events: [Slide]?
  var eras: [Slide]?

  /// Whether a JSON document looks like TimelineJS: events with `start_date`.
  static func looksLikeTimelineJS(_ map: JSONSourceMap) -> Bool {
    map.keys(at: FieldPath([.key("events"), .index(0)])).contains { $0.key == "start_date" }
  }

  var raw: RawTimeline {
    var raw = RawTimeline()
    raw.title = title?.text?.headline.map { RawText(Self.plainText($0.text)) }
    raw.subtitle = title?.text?.text.map { RawText(Self.plainText($0.text)) }
    var groups: [String] = []
    var knownGroups: Set<String> = []
    raw.events = (events ?? []).map { slide in
      var event = RawEvent()
      let start = slide.startDate.flatMap(Self.dateText)
      if let end = slide.endDate.flatMap(Self.dateText) {
        event.start = start
        event.end = end
      } else {
        event.date = start
      }
      event.title = slide.text?.headline.map { RawText(Self.plainText($0.text)) }
      event.description = slide.text?.text.map { RawText(Self.plainText($0.text)) }
      event.url = slide.media?.link.map(RawText.init)
      if let group = slide.group?.text, !group.isEmpty {
        event.category = RawText(group)
        // Past the limit, a group stays undefined: the validator then names the first event in one.
        if groups.count < InputLimits.maximumCategories, knownGroups.insert(group).inserted { groups.append(group) }
      }
      return event
    }
    raw.categories = groups.map { RawCategory(id: RawText($0), label: RawText($0), color: nil) }
    raw.periods = (eras ?? []).map { era in
      var period = RawPeriod()
      period.start = era.startDate.flatMap(Self.dateText)
      period.end = era.endDate.flatMap(Self.dateText)
      period.title = era.text?.headline.map { RawText(Self.plainText($0.text)) }
      return period
    }
    return raw
  }

  /// `{year: 2022, month: 1, day: 5}` as `2022-01-05`; the parts are validated later, with
  /// the rest of the dates. Returns `nil` without a year.
  static func dateText(_ parts: DateParts) -> RawText? {
    guard let yearText = parts.year?.text.trimmedSpaces, let year = Int(yearText) else {
      return parts.year.map { RawText($0.text) }
    }
    func two(_ raw: RawText?) -> String? {
      guard let text = raw?.text.trimmedSpaces, !text.isEmpty else { return nil }
      return Int(text).map(DateDigits.two) ?? text
    }
    // TimelineJS counts negative years as years BCE (-44 is 44 BCE, shown "44 BCE"); the
    // event format counts astronomically (-0043 is 44 BC), so BCE years move by one.
    var out = DateDigits.year(year < 0 ? year + 1 : year)
    if let month = two(parts.month) {
      out += "-" + month
      if let day = two(parts.day) {
        out += "-" + day
        if let hour = two(parts.hour) {
          out += "T" + hour + ":" + (two(parts.minute) ?? "00")
          if let second = two(parts.second) { out += ":" + second }
        }
      }
    }
    return RawText(out)
  }

  /// HTML reduced to its text: tags removed, common entities decoded, spaces folded.
  static func plainText(_ html: String) -> String {
    var out = ""
    var inTag = false
    for character in html {
      if character == "<" {
        inTag = true
        out += " "
      } else if character == ">" {
        inTag = false
      } else if !inTag {
        out.append(character)
      }
    }
    let entities = [
      ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
      ("&amp;", "&"),
    ]
    for (entity, value) in entities { out = out.replacingOccurrences(of: entity, with: value) }
    return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }
}

/// Positions in a TimelineJS file for the paths of the event model
/// (`events[3].date` is found at `events[3].start_date`).
struct TimelineJSLocator: SourceLocating {
  let json: JSONSourceMap

  func location(of path: FieldPath) -> SourceLocation? {
    json.location(of: translate(path))
  }

  func keys(at path: FieldPath) -> [(key: String, location: SourceLocation)] { [] }

  private func translate(_ path: FieldPath) -> FieldPath {
    var components = path.components
    if components.first == .key("periods") { components[0] = .key("eras") }
    if components.count >= 3, case .key(let field) = components[2] {
      switch field {
      case "date", "start": components[2] = .key("start_date")
      case "end": components[2] = .key("end_date")
      case "title": components[2] = .key("text")
      case "description": components[2] = .key("text")
      case "category": components[2] = .key("group")
      case "url": components[2] = .key("media")
      default: break
      }
    }
    return FieldPath(components)
  }
}
