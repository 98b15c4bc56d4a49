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
    parsing: .unconditional,
    help:
      "Canvas width: pixels of the 1x image (320 to 32767), or a length like 170mm, 16cm or 6.5in (96 px to the inch). Default 1600."
  )
  var width: String?

  @Option(
    parsing: .unconditional,
    help: "Pixels per inch of PNG output; sets --scale to DPI/96 (so 170mm at 300 dpi is 2008 px wide).")
  var dpi: Double?

  @Option(
    name: .customLong("font-size"), parsing: .unconditional,
    help: "Base size of label text in pixels (default 18); everything else scales with it.")
  var fontSize: Double?

  @Option(
    help:
      "PDF page: a3, a4, a5, letter or legal; the timeline is fitted inside the margins and centred (default: a page the timeline's size)."
  )
  var page: String?
  @Flag(help: "Turn the --page on its side (the longer edge across).")
  var landscape = false

  @Option(
    parsing: .unconditional,
    help: "Pixel density of PNG output: 2 doubles the pixels, not the layout (0.1 to 10). Default 1.")
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

  @Option(
    parsing: .unconditional,
    help:
      "Fixed canvas height, like --width (pixels or a length): the timeline is fitted into it, clustering crowded stretches where it must. Default: as tall as the content needs, at most as tall as wide."
  )
  var height: String?

  @Option(
    parsing: .unconditional, help: "Fixed aspect ratio width:height, like 16:9 or 4:3; sets the height from the width.")
  var aspect: String?

  /// Where an option's value lives, by its kind.
  enum Slot {
    case text(WritableKeyPath<RenderOptionGroup, String?>)
    case number(WritableKeyPath<RenderOptionGroup, Double?>)
  }

  /// Every option, named as a manifest writes it, in the order ``canonicalDescription`` lists
  /// them (batch stamps hash that text, so the order stays).
  static var slots: KeyValuePairs<String, Slot> {
    [
      "input-format": .text(\.inputFormat), "width": .text(\.width), "dpi": .number(\.dpi),
      "font-size": .number(\.fontSize), "page": .text(\.page), "scale": .number(\.scale),
      "orientation": .text(\.orientation), "breaks": .text(\.breaks), "theme": .text(\.theme),
      "background": .text(\.background), "group-by": .text(\.groupBy), "height": .text(\.height),
      "aspect": .text(\.aspect),
    ]
  }

  /// The option names as a manifest writes them.
  static var manifestKeys: [String] { slots.map(\.key) }

  /// The options whose values are numbers.
  static var numericKeys: Set<String> {
    Set(slots.compactMap { key, slot in if case .number = slot { key } else { nil } })
  }

  /// This group with `key` (a name from ``manifestKeys``) set to `value`, unless the
  /// command line already set it; `nil` for an unknown key or a number that is not one.
  func filling(_ key: String, with value: String) -> RenderOptionGroup? {
    guard let slot = Self.slots.first(where: { $0.key == key })?.value else { return nil }
    var copy = self
    switch slot {
    case .text(let path):
      if copy[keyPath: path] == nil { copy[keyPath: path] = value }
    case .number(let path):
      guard let parsed = Double(value) else { return nil }
      if copy[keyPath: path] == nil { copy[keyPath: path] = parsed }
    }
    return copy
  }

  /// Every option that is set, as `name=value` in a fixed order: what a batch hashes to
  /// tell whether an output is up to date.
  var canonicalDescription: String {
    assignments.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
  }

  /// Every option that is set, named as a manifest writes it, in ``slots`` order; filling an
  /// empty group with them (``filling(_:with:)``) gives this group back.
  var assignments: [(key: String, value: String)] {
    Self.slots.compactMap { key, slot in
      let value: String? =
        switch slot {
        case .text(let path): path == \.page ? pageName : self[keyPath: path]
        case .number(let path): self[keyPath: path].map { "\($0)" }
        }
      return value.map { (key, $0) }
    }
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
    if let page = pageName {
      guard let named = PageSize.named(page) else {
        throw CommandFailure(
          ExitStatus.usage, "error: --page \(self.page ?? page): use \(PageSize.names.joined(separator: ", "))")
      }
      parsedPage = named
    } else if landscape {
      throw CommandFailure(ExitStatus.usage, "error: --landscape needs a --page (e.g. --page a4 --landscape)")
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
    var layout = LayoutOptions(
      width: width, theme: parsedTheme, orientation: parsedOrientation, breaks: parsedBreaks, groupBy: parsedGrouping)
    layout.height = try fixedHeight(width: width)
    return RenderSettings(
      inputFormat: parsedInputFormat,
      layout: layout,
      render: RenderOptions(scale: scale, page: parsedPage))
  }
}

extension RenderOptionGroup {
  /// The canvas height from `--height` or `--aspect`, checked; `nil` when neither is given.
  func fixedHeight(width: Double) throws(CommandFailure) -> Double? {
    if height != nil, aspect != nil {
      throw CommandFailure(ExitStatus.usage, "error: give --height or --aspect, not both")
    }
    var result: Double?
    if let height {
      result = try CommandValues.length(height, option: "--height")
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
      guard result.isFinite, result >= 200, result <= 32_767 else {
        throw CommandFailure(ExitStatus.usage, "error: the canvas height \(Int(result)) px is outside 200…32767 pixels")
      }
    }
    return result
  }
}

/// Checked rendering options: how to read the input, lay it out and draw it.
struct RenderSettings {
  var inputFormat: InputFormat?
  var layout: LayoutOptions
  var render: RenderOptions
}

extension RenderOptionGroup {
  /// `--page` with `-landscape` added when `--landscape` is given (`a4-landscape`): the form
  /// ``PageSize/named(_:)`` reads and a batch manifest writes.
  var pageName: String? {
    guard let page else { return nil }
    return landscape && !page.lowercased().hasSuffix("-landscape") ? page + "-landscape" : page
  }
}
