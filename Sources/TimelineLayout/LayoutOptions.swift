/// Which way time runs.
public enum Orientation: String, Sendable, CaseIterable {
  /// Time runs left to right along an axis; labels above and below (the default).
  case horizontal
  /// Time runs down the page as a list: dates on the left, titles and descriptions on the
  /// right. For long lists in reports and narrow columns.
  case vertical
}

/// Whether empty stretches of time may be cut out of the axis.
public enum AxisBreakMode: String, Sendable, CaseIterable {
  /// One continuous axis (the default).
  case none
  /// Cut long empty stretches when that makes crowded dates readable; see `AxisBreaks`.
  case auto
}

/// How events are grouped into horizontal swimlanes.
public enum Grouping: String, Sendable, CaseIterable {
  /// All events share the space around one axis (the default).
  case none
  /// One lane per category, in legend order, with uncategorised events last.
  case category
}

/// What the caller chooses about a layout.
public struct LayoutOptions: Equatable, Sendable {
  /// Canvas width in layout units; the height follows from the content.
  public var width: Double
  public var theme: Theme
  public var orientation: Orientation = .horizontal
  public var breaks: AxisBreakMode = .none
  public var groupBy: Grouping = .none
  /// A fixed canvas height (`--height`, or `--aspect`): the timeline is fitted into it,
  /// clustering more where it must. `nil` lets the height follow the content, up to
  /// ``maximumHeight``.
  public var height: Double?

  /// The tallest the layout makes a horizontal canvas before it clusters crowded stretches:
  /// the fixed height when there is one, else as tall as the canvas is wide, and at least
  /// 1,600 units, so that narrower canvases (a report's column, a phone) grow into portrait
  /// pages. It never shrinks as the width grows, so a wider canvas never shows fewer titles
  /// for want of height.
  public var maximumHeight: Double { height ?? max(width, 1600) }

  /// The narrowest and widest canvas the layout accepts (226 units is 60 mm, a narrow journal
  /// column; under 320 give a ``Theme/fitted(toWidth:scalingText:)`` theme); others are clamped.
  public static let widthRange: ClosedRange<Double> = 226...32_767

  public init(
    width: Double = 1600, theme: Theme = .light, orientation: Orientation = .horizontal,
    breaks: AxisBreakMode = .none, groupBy: Grouping = .none
  ) {
    self.breaks = breaks
    self.groupBy = groupBy
    self.width = width.isFinite ? min(max(width, Self.widthRange.lowerBound), Self.widthRange.upperBound) : 1600
    self.theme = theme
    self.orientation = orientation
  }
}
