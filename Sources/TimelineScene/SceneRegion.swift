/// A labelled area of a ``Scene`` that stands for one event (or one cluster of events): what
/// formats with structure (SVG) attach ids, classes, tooltips and accessible names to.
///
/// Plain values only: the backend never learns what an event is, just that the text drawn
/// inside ``box`` belongs to a thing named ``label``.
public struct SceneRegion: Equatable, Sendable {
  /// A stable identifier, unique in the scene, made of letters, digits and hyphens
  /// (`event-3` for the fourth event of the file).
  public var id: String
  /// Style classes, e.g. `["event", "category-protest"]`.
  public var classes: [String]
  /// The accessible name and tooltip: date, title and description in plain text.
  public var label: String
  /// The area whose text runs belong to the region, in layout units.
  public var box: Rect
  /// Where the region links to (a checked `http`, `https` or relative URL), or `nil`.
  public var link: String?

  /// A region with an SVG `id`, `classes`, an accessible `label`, its `box` and an optional `link`.
  public init(id: String, classes: [String], label: String, box: Rect, link: String? = nil) {
    self.id = id
    self.classes = classes
    self.label = label
    self.box = box
    self.link = link
  }
}
