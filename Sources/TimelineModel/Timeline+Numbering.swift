extension Timeline {
  /// Gives every event without an index (``Event/unnumbered``) its place in ``events``, the
  /// order of a file. Events with an index of their own keep it; two events with the same
  /// index are an error of ``validate(name:)``.
  ///
  /// ``init(title:subtitle:source:timezone:notes:categories:periods:events:context:url:)``
  /// numbers the events it is given; layout, validation and rendering number the events
  /// appended since, so calling this is only needed to read the indexes.
  public mutating func numberEvents() {
    for position in events.indices where !events[position].isNumbered {
      events[position].index = position
    }
  }

  /// This timeline with every event numbered (see ``numberEvents()``).
  public func numberingEvents() -> Timeline {
    guard events.contains(where: { !$0.isNumbered }) else { return self }
    var copy = self
    copy.numberEvents()
    return copy
  }
}
