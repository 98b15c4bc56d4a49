import Foundation
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene

/// The rendering options as plain values: what ``RenderOptionGroup`` parsed from a command
/// line or a batch manifest, or, made with ``init()``, the defaults of a command line that
/// gives none of them. ``settings()`` checks them.
package struct RenderOptionValues: Equatable {
  package var inputFormat: InputFormatChoice?
  package var width: LengthArgument?
  package var dpi: DPIArgument?
  package var fontSize: FontSizeArgument?
  package var page: PageChoice?
  package var landscape = false
  package var scale: ScaleArgument?
  package var orientation: OrientationChoice?
  package var breaks: BreaksChoice?
  package var theme: ThemeChoice?
  package var background: BackgroundChoice?
  package var groupBy: GroupByChoice?
  package var height: LengthArgument?
  package var aspect: String?

  /// No option given: every value is its default.
  package init() {}

  /// The values of a parsed group (``RenderOptionGroup/values``).
  package init(
    inputFormat: InputFormatChoice?, width: LengthArgument?, dpi: DPIArgument?, fontSize: FontSizeArgument?,
    page: PageChoice?, landscape: Bool, scale: ScaleArgument?, orientation: OrientationChoice?,
    breaks: BreaksChoice?, theme: ThemeChoice?, background: BackgroundChoice?, groupBy: GroupByChoice?,
    height: LengthArgument?, aspect: String?
  ) {
    self.inputFormat = inputFormat
    self.width = width
    self.dpi = dpi
    self.fontSize = fontSize
    self.page = page
    self.landscape = landscape
    self.scale = scale
    self.orientation = orientation
    self.breaks = breaks
    self.theme = theme
    self.background = background
    self.groupBy = groupBy
    self.height = height
    self.aspect = aspect
  }

  /// The checked values, or a usage failure (exit 64) naming the option.
  package func settings() throws(CommandFailure) -> RenderSettings {
    let width = try self.width?.checked(.width) ?? 1600
    var scale = try self.scale?.checked() ?? 1
    if let dpi {
      scale = try dpi.checked() / 96
    }
    try CommandValues.check(width: width, scale: scale)
    if page == nil, landscape {
      throw CommandFailure(ExitStatus.usage, "error: --landscape needs a --page (e.g. --page a4 --landscape)")
    }
    let parsedPage = pageName.flatMap(PageSize.named)
    let parsedInputFormat = inputFormat?.format
    let parsedOrientation = orientation?.orientation ?? .horizontal
    let parsedBreaks = breaks?.mode ?? AxisBreakMode.none
    var parsedTheme = theme?.theme ?? .light
    if let fontSize = try fontSize?.checked() {
      parsedTheme = parsedTheme.scalingText(by: fontSize / parsedTheme.labelSize)
    }
    parsedTheme = try Self.themeForNarrowWidth(parsedTheme, width: width, fontSizeGiven: fontSize != nil)
    if background == .transparent { parsedTheme.transparentBackground = true }
    let parsedGrouping = groupBy?.grouping ?? Grouping.none
    var layout = LayoutOptions(
      width: width, theme: parsedTheme, orientation: parsedOrientation, breaks: parsedBreaks, groupBy: parsedGrouping)
    layout.height = try fixedHeight(width: width)
    return RenderSettings(
      inputFormat: parsedInputFormat,
      layout: layout,
      render: RenderOptions(scale: scale, page: parsedPage))
  }

  /// Under 320 px (84.7 mm) the margin and, unless `--font-size` chose it, the text shrink with
  /// the width (``Theme/fitted(toWidth:scalingText:)``); text that would then print under 6 pt
  /// (at 96 px to the inch) is refused with the `--font-size` that keeps it readable.
  package static func themeForNarrowWidth(_ theme: Theme, width: Double, fontSizeGiven: Bool) throws(CommandFailure)
    -> Theme
  {
    guard width < Theme.fullSizeWidth else { return theme }
    let fitted = theme.fitted(toWidth: width, scalingText: !fontSizeGiven)
    let points = fitted.smallestTextSize * 0.75
    guard points < 5.995 else { return fitted }
    let needed = (6 / 0.75 * fitted.labelSize / fitted.smallestTextSize).rounded(.up)
    throw CommandFailure(
      ExitStatus.usage,
      "error: at --width \(Int(width.rounded())) px (\(Int((width / 96 * 25.4).rounded())) mm) the smallest text would be "
        + "\((points * 10).rounded() / 10) pt, under 6 pt; give --font-size \(Int(needed)) or more")
  }

  /// The canvas height from `--height` or `--aspect`, checked; `nil` when neither is given.
  package func fixedHeight(width: Double) throws(CommandFailure) -> Double? {
    if height != nil, aspect != nil {
      throw CommandFailure(ExitStatus.usage, "error: give --height or --aspect, not both")
    }
    var result: Double?
    if let height {
      result = try height.positivePixels(flag: "--height")
    } else if let aspect {
      let parts = aspect.split(separator: ":", omittingEmptySubsequences: false).map {
        Double($0.trimmingCharacters(in: .whitespaces))
      }
      guard parts.count == 2, let w = parts[0], let h = parts[1], w.isFinite, h.isFinite, w > 0, h > 0 else {
        throw CommandFailure(ExitStatus.usage, "error: --aspect \(aspect): give width:height, like 16:9")
      }
      result = (width * h / w).rounded()
    }
    if let result {
      guard OptionLimit.height.accepts(result) else {
        throw CommandFailure(
          ExitStatus.usage, "error: the canvas height \(Int(result)) px is outside \(OptionLimit.height.rangeText)")
      }
    }
    return result
  }

  /// `--page` with `-landscape` added when `--landscape` is given (`a4-landscape`): the form
  /// ``PageSize/named(_:)`` reads and a batch manifest writes.
  package var pageName: String? {
    guard let page = page?.rawValue else { return nil }
    return landscape && !page.hasSuffix("-landscape") ? page + "-landscape" : page
  }
}
