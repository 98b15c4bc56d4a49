/// The sizes of the marks the layouts draw, in layout units: date dots and bars, leaders,
/// bullets and the cut marks of an axis break. The spacing between blocks is
/// ``Theme/Gaps``; these are the shapes themselves, the same in every theme.
enum MarkShapes {
  /// A leader's stroke (and the stem rectangles kept for the no-crossing checks).
  static let stemWidth = 1.25
  /// A dot for a precise date on the axis.
  static let dotRadius = 5.0
  /// A dot for an essential event.
  static let strongDotRadius = 6.5
  /// The ring of page colour around a dot or bar marker, which parts it from what it covers.
  static let ringWidth = 2.0
  /// The height of a bar marker (a month, a year, a cluster) on the axis.
  static let spanMarkerHeight = 8.0
  /// The rounding of a bar marker's corners.
  static let spanMarkerCorner = 4.0
  /// The rounding of a cluster's thinner bar marker.
  static let clusterMarkerCorner = 2.0
  /// How long a cluster member's tick on the axis is.
  static let rugTickLength = 8.0
  /// How far a cluster member's tick starts from the marker line.
  static let rugTickOffset = 1.0
  /// A cluster member's tick's width.
  static let rugTickWidth = 2.0
  /// The coloured bullet before each title of a cluster label.
  static let bulletRadius = 3.5
  /// Where a dot sits on a line of text, as a fraction of the text's ascent from its top
  /// (about the middle of a lower-case letter).
  static let dotHeightInText = 0.62
  /// The rounding of a range bar's corners.
  static let rangeBarCorner = 3.0
  /// How far each of the two slanted strokes of an axis break is from the break's middle.
  static let breakStrokeOffset = 4.0
  /// How far each break stroke leans to each side.
  static let breakStrokeLean = 5.0
  /// How far a break stroke reaches past the axis cells.
  static let breakStrokeOverhang = 3.0
  /// A vertical list's date dot, inside its ring of page colour.
  static let listDotRadius = 6.0
  /// A vertical list's range bar: its width (and twice its corner radius).
  static let listBarWidth = 7.0
  /// The shortest a vertical list's range bar is drawn.
  static let listBarMinimumHeight = 12.0
  /// How far a vertical list's range bar is inset from its row's top and bottom.
  static let listBarInset = 2.0
}
