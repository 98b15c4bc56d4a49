import TimelineModel

extension Timeline {
  /// The texts a render draws: titles, subtitle, source, category labels, period titles,
  /// event titles, descriptions, categories and tags, and context notes. What the command
  /// line checks for characters no installed font has.
  public var drawnTexts: [String] {
    var result = [title, subtitle, source].compactMap { $0 }
    for category in categories { result.append(category.label) }
    for period in periods { result.append(period.title) }
    for event in events {
      result += [event.title, event.description, event.category].compactMap { $0 }
      result += event.tags
    }
    for note in context { result += [note.title, note.description].compactMap { $0 } }
    return result
  }

  /// Every piece of text of the timeline that may be drawn: ``drawnTexts``, with the time
  /// zone's name and the category ids (which stand in for a missing label).
  public var texts: [String] {
    drawnTexts + [timezone].compactMap { $0 } + categories.map(\.id)
  }
}
