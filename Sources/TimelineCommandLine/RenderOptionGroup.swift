import ArgumentParser
import Foundation
import TimelineLayout
import TimelineModel
import TimelineRendering

/// The options that shape a rendering, shared by `render` and `batch` (and a batch
/// manifest's `options:`, which use the same names without the dashes).
///
/// Every value is optional so that one given on the command line can be told from a
/// default: in a batch, flags on the command line win over the manifest.
struct RenderOptionGroup: ParsableArguments {
  @Option(
    name: .customLong("input-format"),
    help: "Input syntax: json, yaml, csv, timelinejs or markwhen (default: from the extension, else by content).")
  var inputFormat: String?

  @Option(
    help:
      "Canvas width: pixels of the 1x image (320 to 32767), or a length like 170mm, 16cm or 6.5in (96 px to the inch). Default 1600."
  )
  var width: String?

  @Option(help: "Pixels per inch of PNG output; sets --scale to DPI/96 (so 170mm at 300 dpi is 2008 px wide).")
  var dpi: Double?

  @Option(
    name: .customLong("font-size"),
    help: "Base size of label text in pixels (default 18); everything else scales with it.")
  var fontSize: Double?

  @Option(help: "PDF page: a4 or letter, the timeline fitted inside the margins (default: a page the timeline's size).")
  var page: String?

  @Option(help: "Pixel density of PNG output: 2 doubles the pixels, not the layout (0.1 to 10). Default 1.")
  var scale: Double?

  @Option(help: "horizontal (default: time runs left to right) or vertical (a list down the page, for reports).")
  var orientation: String?

  @Option(help: "none (default), or auto: cut long empty stretches out of the axis when dates crowd elsewhere.")
  var breaks: String?

  @Option(help: "Colour theme: light (default), dark, or print (greys for photocopies).")
  var theme: String?

  @Option(help: "Page background: theme (default) or transparent (PNG, SVG and PDF).")
  var background: String?

  @Option(name: .customLong("group-by"), help: "none (default), or category: one swimlane per category.")
  var groupBy: String?

  /// The option names as a manifest writes them.
  static let manifestKeys = [
    "input-format", "width", "dpi", "font-size", "page", "scale", "orientation", "breaks", "theme", "background",
    "group-by",
  ]

  /// The options whose values are numbers.
  static let numericKeys: Set<String> = ["dpi", "font-size", "scale"]

  /// This group with `key` (a name from ``manifestKeys``) set to `value`, unless the
  /// command line already set it; `nil` for an unknown key or a number that is not one.
  func filling(_ key: String, with value: String) -> RenderOptionGroup? {
    var copy = self
    func number(_ text: String) -> Double?? { Double(text).map { .some($0) } }
    switch key {
    case "input-format": copy.inputFormat = inputFormat ?? value
    case "width": copy.width = width ?? value
    case "dpi":
      guard let parsed = number(value) else { return nil }
      copy.dpi = dpi ?? parsed
    case "font-size":
      guard let parsed = number(value) else { return nil }
      copy.fontSize = fontSize ?? parsed
    case "page": copy.page = page ?? value
    case "scale":
      guard let parsed = number(value) else { return nil }
      copy.scale = scale ?? parsed
    case "orientation": copy.orientation = orientation ?? value
    case "breaks": copy.breaks = breaks ?? value
    case "theme": copy.theme = theme ?? value
    case "background": copy.background = background ?? value
    case "group-by": copy.groupBy = groupBy ?? value
    default: return nil
    }
    return copy
  }

  /// Every option that is set, as `name=value` in a fixed order: what a batch hashes to
  /// tell whether an output is up to date.
  var canonicalDescription: String {
    let values: [String?] = [
      inputFormat, width, dpi.map { "\($0)" }, fontSize.map { "\($0)" }, page, scale.map { "\($0)" }, orientation,
      breaks, theme, background, groupBy,
    ]
    return zip(Self.manifestKeys, values).compactMap { key, value in value.map { "\(key)=\($0)" } }
      .joined(separator: ";")
  }

  /// The checked values, or a usage failure (exit 64) naming the option.
  func settings() throws(CommandFailure) -> RenderSettings {
    let width = try CommandValues.width(self.width ?? "1600")
    var scale = self.scale ?? 1
    if let dpi {
      guard dpi.isFinite, dpi >= 9.6, dpi <= 960 else {
        throw CommandFailure(ExitStatus.usage, "error: --dpi \(dpi) is outside 9.6…960")
      }
      scale = dpi / 96
    }
    try CommandValues.check(width: width, scale: scale)
    var parsedPage: PageSize?
    if let page {
      guard let named = PageSize.named(page) else {
        throw CommandFailure(ExitStatus.usage, "error: --page \(page): use a4 or letter")
      }
      parsedPage = named
    }
    let parsedInputFormat = try CommandValues.inputFormat(inputFormat)
    let orientation = self.orientation ?? "horizontal"
    guard let parsedOrientation = Orientation(rawValue: orientation.lowercased()) else {
      throw CommandFailure(ExitStatus.usage, "error: --orientation \(orientation): use horizontal or vertical")
    }
    let breaks = self.breaks ?? "none"
    guard let parsedBreaks = AxisBreakMode(rawValue: breaks.lowercased()) else {
      throw CommandFailure(ExitStatus.usage, "error: --breaks \(breaks): use none or auto")
    }
    let theme = self.theme ?? "light"
    guard var parsedTheme = Theme.named(theme) else {
      throw CommandFailure(ExitStatus.usage, "error: --theme \(theme): use light, dark or print")
    }
    if let fontSize {
      guard fontSize.isFinite, fontSize >= 6, fontSize <= 72 else {
        throw CommandFailure(ExitStatus.usage, "error: --font-size \(fontSize) is outside 6…72 pixels")
      }
      parsedTheme = parsedTheme.scalingText(by: fontSize / parsedTheme.labelSize)
    }
    let background = self.background ?? "theme"
    switch background.lowercased() {
    case "theme": break
    case "transparent": parsedTheme.transparentBackground = true
    default: throw CommandFailure(ExitStatus.usage, "error: --background \(background): use theme or transparent")
    }
    let groupBy = self.groupBy ?? "none"
    guard let parsedGrouping = Grouping(rawValue: groupBy.lowercased()) else {
      throw CommandFailure(ExitStatus.usage, "error: --group-by \(groupBy): use none or category")
    }
    return RenderSettings(
      inputFormat: parsedInputFormat,
      layout: LayoutOptions(
        width: width, theme: parsedTheme, orientation: parsedOrientation, breaks: parsedBreaks,
        groupBy: parsedGrouping),
      render: RenderOptions(scale: scale, page: parsedPage))
  }
}

/// Checked rendering options: how to read the input, lay it out and draw it.
struct RenderSettings {
  var inputFormat: InputFormat?
  var layout: LayoutOptions
  var render: RenderOptions
}
