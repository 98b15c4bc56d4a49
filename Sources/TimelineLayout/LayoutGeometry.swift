import TimelineScene

/// Where the layout put things, for tests, reports and image maps; the scene draws them.
///
/// Guarantees (checked by tests on the seed and on random timelines): no two rectangles in
/// ``occupiedRects`` overlap, all of them lie inside ``canvas``, and every event of the
/// timeline appears exactly once: as a point label, a member of a cluster label, or a bar.
public struct LayoutGeometry: Equatable, Sendable {
  /// Which side of the axis a point label sits on.
  public enum Side: String, Sendable {
    /// Above the axis.
    case above
    /// Below the axis.
    case below
  }

  /// A point event's label with its anchor on the axis, or a cluster's label standing for
  /// several events.
  public struct PointLabel: Equatable, Sendable {
    /// The event (for a cluster, its first member).
    public var eventIndex: Int
    /// Every event the label stands for: `[eventIndex]`, or a cluster's members in date order.
    public var members: [Int]
    /// The cluster's number (0, 1, …) when the label stands for several events.
    public var clusterID: Int?
    /// Where the stem meets the axis.
    public var anchor: Point
    /// The whole flag: the gap beside the stem and the text.
    public var box: Rect
    /// The text part of the flag.
    public var textBox: Rect
    /// Which side of the axis the label is on.
    public var side: Side
    /// Set on the rare label that could not be placed without a stem crossing some text.
    public var crossesStems: Bool
    /// The text lines exactly as drawn, top to bottom: the date (or a cluster's heading),
    /// then the titles.
    public var lines: [String] = []
    /// Whether a title had to be shortened with "…" (only titles longer than the label's
    /// line limit are).
    public var shortened = false
    /// A cluster's heading ("7 events · 5–6 Jan"); `nil` for an event's own label.
    public var heading: String?
    /// The box of each title block as drawn, in the order of the label's titles (for a label
    /// of several events on one date, the order of ``members``).
    public var titleBoxes: [Rect] = []
  }

  /// The line joining a point label to its date: from the marker on the axis to `bendStart`,
  /// bent across the leader zone to `bendEnd` (the foot of the label's pole), then along
  /// the pole to `end`. A leader that needs no bend has `bendStart == bendEnd`'s x.
  public struct Leader: Equatable, Sendable {
    /// The event the label belongs to (for a cluster, its first member).
    public var eventIndex: Int
    /// The side of the axis the label is on.
    public var side: Side
    /// Where the leader leaves the axis (the event's marker).
    public var anchor: Point
    /// Where the leader starts to bend.
    public var bendStart: Point
    /// Where the bend ends: the foot of the label's pole.
    public var bendEnd: Point
    /// Where the leader meets the label.
    public var end: Point
  }

  /// A range event's bar, and its label (inside the bar or beside it).
  public struct RangeBar: Equatable, Sendable {
    /// The range event the bar shows.
    public var eventIndex: Int
    /// The bar, from the start of the range to its end.
    public var bar: Rect
    /// The label's text block.
    public var label: Rect
    /// Whether the label is drawn inside the bar (else beside it).
    public var labelInside: Bool
    /// The lane from the axis, from 0.
    public var lane: Int
    /// The label's text as drawn: the dates, then the title.
    public var lines: [String] = []
    /// Whether the title had to be shortened with "…" to fit beside the bar.
    public var shortened = false
  }

  /// Any other text block: titles, legend entries, axis labels, period titles, notes.
  public struct TextBox: Equatable, Sendable {
    /// What part of the timeline a text block belongs to.
    public enum Role: String, Sendable {
      /// The title and subtitle.
      case header
      /// A legend entry.
      case legend
      /// An axis tick label.
      case axis
      /// A period's title.
      case period
      /// Undated notes and the source caption.
      case footer
    }
    /// What part of the timeline the text belongs to.
    public var role: Role
    /// Where the text block is.
    public var box: Rect
  }

  /// The whole canvas: origin 0, 0, the options' width and the height the content needed.
  public var canvas: Rect
  /// Every point event's or cluster's label.
  public var pointLabels: [PointLabel] = []
  /// Every range event's bar and label.
  public var rangeBars: [RangeBar] = []
  /// The other text blocks: header, legend, axis labels, period titles, footer.
  public var texts: [TextBox] = []
  /// The straight parts of the leaders from the axis to point labels, as thin vertical
  /// rectangles (a bent leader has two: below and above its bend).
  public var stems: [Rect] = []
  /// One leader per point label, in the order of ``pointLabels``.
  public var leaders: [Leader] = []
  /// The gaps in the axis where empty stretches of time were cut out (`breaks: .auto`).
  public var axisBreaks: [Rect] = []

  /// How many events a reader can read in full: those with their own label (shared only
  /// with events on the same date) or a range bar whose title was not shortened. Events
  /// folded into a cluster, or whose title was cut with "…", do not count.
  public var eventsShownInFull: Int {
    pointLabels.filter { $0.clusterID == nil && !$0.shortened }.map(\.members.count).reduce(0, +)
      + rangeBars.filter { !$0.shortened }.count
  }

  /// Every rectangle that must not overlap another: labels, bars, bar labels outside their
  /// bar, and texts.
  public var occupiedRects: [Rect] {
    var rects = pointLabels.map(\.box)
    for bar in rangeBars {
      rects.append(bar.bar)
      if !bar.labelInside { rects.append(bar.label) }
    }
    rects += texts.map(\.box)
    return rects
  }
}
