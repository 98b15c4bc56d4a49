import TimelineScene

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
///
/// Numbers are kept as given: ``check()`` (and a renderer, before it draws) refuses one
/// outside its ``OptionLimit`` with an ``OptionRangeError``.
///
/// ```swift
/// try LayoutOptions(width: 10).check()  // throws: LayoutOptions.width 10 is outside 226…32767 pixels
/// ```
public struct LayoutOptions: Equatable, Sendable {
  /// Canvas width in layout units; the height follows from the content.
  public var width: Double
  /// Colours, fonts and spacing.
  public var theme: Theme
  /// Which way time runs.
  public var orientation: Orientation = .horizontal
  /// Whether long empty stretches may be cut out of the axis.
  public var breaks: AxisBreakMode = .none
  /// Whether events are grouped into swimlanes.
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

  /// The narrowest and widest canvas the layout accepts (``OptionLimit/width``: 226 units is
  /// 60 mm, a narrow journal column; under 320 give a ``Theme/fitted(toWidth:scalingText:)`` theme).
  public static var widthRange: ClosedRange<Double> { OptionLimit.width.range }

  /// Options with the numbers as given (see ``check()``), a fixed height left unset.
  public init(
    width: Double = 1600, theme: Theme = .light, orientation: Orientation = .horizontal,
    breaks: AxisBreakMode = .none, groupBy: Grouping = .none
  ) {
    self.breaks = breaks
    self.groupBy = groupBy
    self.width = width
    self.theme = theme
    self.orientation = orientation
  }
}

extension LayoutOptions {
  /// Every number outside its ``OptionLimit``: the width, a fixed height and the theme's base
  /// label size. Empty when the options can be laid out as they are.
  public var problems: [OptionRangeError] {
    var values: [(OptionLimit, Double)] = [(.width, width), (.fontSize, theme.labelSize)]
    if let height { values.insert((.height, height), at: 1) }
    return values.compactMap { limit, value in
      limit.accepts(value) ? nil : OptionRangeError(limit: limit, value: value)
    }
  }

  /// Throws the first of ``problems``.
  public func check() throws(OptionRangeError) {
    if let first = problems.first { throw first }
  }

  /// These options with every number brought inside its limit (a width that is not a number
  /// becomes 1600, a fixed height that is not one is dropped): what the layout engine draws
  /// with when it is given options that ``check()`` refuses.
  var clampedToLimits: LayoutOptions {
    func clamp(_ value: Double, _ limit: OptionLimit) -> Double {
      min(max(value, limit.range.lowerBound), limit.range.upperBound)
    }
    var copy = self
    copy.width = width.isFinite ? clamp(width, .width) : 1600
    copy.height = height.flatMap { $0.isFinite ? clamp($0, .height) : nil }
    if !OptionLimit.fontSize.accepts(theme.labelSize) {
      let size = theme.labelSize.isFinite ? clamp(theme.labelSize, .fontSize) : Theme.light.labelSize
      copy.theme = theme.scalingText(by: size / theme.labelSize)
      copy.theme.labelSize = size
    }
    return copy
  }
}
