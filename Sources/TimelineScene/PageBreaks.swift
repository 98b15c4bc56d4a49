/// Where a tall scene (a vertical list) may be cut into printed pages, and what every page
/// after the first repeats at its top.
///
/// The layout knows where its rows begin; a backend with fixed pages (PDF `--page`) cuts only
/// there, so no row is ever split, and draws ``runningHead`` (the title line) and the place's
/// ``Place/heading`` (the date heading in force) above the rows that continue.
public struct PageBreaks: Equatable, Sendable {
  /// One place between rows where a page may end.
  public struct Place: Equatable, Sendable {
    /// The cut, in layout units from the scene's top: everything above belongs to earlier pages.
    public var y: Double
    /// The date heading in force at the cut (the items that drew it), repeated on the next
    /// page; empty when a new heading starts right below the cut.
    public var heading: [SceneItem]
    /// Where ``heading`` was drawn: its top, in layout units from the scene's top.
    public var headingTop: Double
    /// The height ``heading`` takes, the gap below it included.
    public var headingHeight: Double

    /// A place at `y`, repeating `heading` (drawn at `headingTop`, `headingHeight` tall).
    public init(y: Double, heading: [SceneItem] = [], headingTop: Double = 0, headingHeight: Double = 0) {
      self.y = y
      self.heading = heading
      self.headingTop = headingTop
      self.headingHeight = headingHeight
    }
  }

  /// The items repeated, where they are, at the top of every continuation page (the title line).
  public var runningHead: [SceneItem]
  /// Where a continuation page's own content starts, below ``runningHead``.
  public var contentTop: Double
  /// The places a page may end, top to bottom.
  public var places: [Place]

  /// Page breaks repeating `runningHead`, with continued content from `contentTop`, at `places`.
  public init(runningHead: [SceneItem], contentTop: Double, places: [Place]) {
    self.runningHead = runningHead
    self.contentTop = contentTop
    self.places = places
  }
}
