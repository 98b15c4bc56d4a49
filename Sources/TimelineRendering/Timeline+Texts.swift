import TimelineModel

extension Timeline {
  /// Every piece of text of the timeline that may be drawn: titles, descriptions, labels,
  /// tags and the time zone's name.
  var texts: [String] {
    var result = [title, subtitle, source, timezone].compactMap { $0 }
    for category in categories { result += [category.id, category.label].compactMap { $0 } }
    for period in periods { result.append(period.title) }
    for event in events {
      result += [event.title, event.description, event.category].compactMap { $0 }
      result += event.tags
    }
    for note in context { result += [note.title, note.description].compactMap { $0 } }
    return result
  }
}
