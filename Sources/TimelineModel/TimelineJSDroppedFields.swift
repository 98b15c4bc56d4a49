/// The TimelineJS fields the event model cannot carry, named once each as warnings, so nothing
/// an author wrote is dropped without a word.
///
/// Each field gets one warning at its first occurrence, saying how many slides have it:
/// `events[0].media: TimelineJS media (images, video) is not drawn; its link becomes the
/// event's url (5 events have media)`.
enum TimelineJSDroppedFields {
  /// Slide fields the importer reads; `media` is read for its link only and still named.
  static let carried: Set<String> = ["start_date", "end_date", "text", "group"]

  /// What each known TimelineJS field loses, by name.
  static func explanation(_ field: String) -> String {
    switch field {
    case "media": "TimelineJS media (images, video) is not drawn; media.link (or media.url) becomes the event's url"
    case "display_date": "TimelineJS display_date is not shown; labels show the date from start_date and end_date"
    case "background": "TimelineJS background (colour or image) is not drawn"
    case "unique_id": "TimelineJS unique_id is not kept; events are identified by their position"
    case "autolink": "TimelineJS autolink has no effect on a static image"
    default: "TimelineJS field \"\(field)\" is not carried into the timeline"
    }
  }

  /// One warning per dropped field of the title slide, the events and the eras.
  static func warnings(in map: JSONSourceMap) -> [(location: SourceLocation, message: String)] {
    var order: [String] = []
    var first: [String: (path: String, location: SourceLocation)] = [:]
    var counts: [String: Int] = [:]
    func scan(_ path: FieldPath, _ name: String) {
      for (key, location) in map.keys(at: path) where !carried.contains(key) {
        if first[key] == nil {
          order.append(key)
          first[key] = (name, location)
        }
        counts[key, default: 0] += 1
      }
    }
    scan(FieldPath([.key("title")]), "title")
    for list in ["events", "eras"] {
      var index = 0
      while !map.keys(at: FieldPath([.key(list), .index(index)])).isEmpty {
        scan(FieldPath([.key(list), .index(index)]), "\(list)[\(index)]")
        index += 1
      }
    }
    return order.compactMap { key in
      guard let place = first[key] else { return nil }
      let count = counts[key] ?? 1
      let slides = count == 1 ? "1 slide has it" : "\(count) slides have it"
      return (place.location, "\(place.path).\(key): \(explanation(key)) (\(slides))")
    }
  }
}
