import ArgumentParser
import Foundation
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene

/// The options that shape a rendering, shared by `render` and `batch` (and a batch
/// manifest's `options:`, which use the same names without the dashes).
///
/// Every value is optional so that one given on the command line can be told from a
/// default: in a batch, flags on the command line win over the manifest.
package struct RenderOptionGroup: ParsableArguments {
  @Option(
    name: .customLong("input-format"),
    help: "Input syntax (default: from the extension, else by content).")
  package var inputFormat: InputFormatChoice?

  @Option(
    parsing: .unconditional,
    help: """
      Canvas width: \(LengthArgument.helpText(.width)). Default 1600. Under 320 px (84.7 mm; 60 mm is \
      \(OptionLimit.number(OptionLimit.width.range.lowerBound)) px) the margins and text shrink with it, × width/320, \
      unless --font-size is given.
      """)
  package var width: LengthArgument?

  @Option(
    parsing: .unconditional,
    help: """
      Pixels per inch of PNG output (\(OptionLimit.dpi.rangeText)); sets --scale to DPI/96 (so 170mm at 300 dpi is \
      2008 px wide).
      """)
  package var dpi: DPIArgument?

  @Option(
    name: .customLong("font-size"), parsing: .unconditional,
    help: "Base size of label text (\(OptionLimit.fontSize.rangeText), default 18); everything else scales with it.")
  package var fontSize: FontSizeArgument?

  @Option(
    help:
      "PDF page: a3, a4, a5, letter or legal (or NAME-landscape); the timeline is fitted inside the margins and centred, a long vertical list continues on further pages (default: a page the timeline's size)."
  )
  package var page: PageChoice?
  @Flag(help: "Turn the --page on its side (the longer edge across).")
  package var landscape = false

  @Option(
    parsing: .unconditional,
    help:
      "Pixel density of PNG output: 2 doubles the pixels, not the layout (\(OptionLimit.scale.rangeText)). Default 1.")
  package var scale: ScaleArgument?

  @Option(help: "horizontal (default: time runs left to right) or vertical (a list down the page, for reports).")
  package var orientation: OrientationChoice?

  @Option(help: "none (default), or auto: cut long empty stretches out of the axis when dates crowd elsewhere.")
  package var breaks: BreaksChoice?

  @Option(help: "Colour theme: light (default), dark, or print (greys for photocopies).")
  package var theme: ThemeChoice?

  @Option(help: "Page background: theme (default) or transparent (PNG, SVG and PDF).")
  package var background: BackgroundChoice?

  @Option(name: .customLong("group-by"), help: "none (default), or category: one swimlane per category.")
  package var groupBy: GroupByChoice?

  @Option(
    parsing: .unconditional,
    help: """
      Fixed canvas height, like --width (\(LengthArgument.helpText(.height))): the timeline is fitted into it, \
      clustering crowded stretches where it must. Default: as tall as the content needs, at most as tall as wide.
      """)
  package var height: LengthArgument?

  @Option(
    parsing: .unconditional, help: "Fixed aspect ratio width:height, like 16:9 or 4:3; sets the height from the width.")
  package var aspect: String?

  /// ArgumentParser's starting point, which it fills by parsing: the options cannot be read
  /// before that. An empty group is `RenderOptionGroup.parse([])`.
  package init() {}

  /// Where an option's value lives, by its kind.
  package enum Slot {
    /// Text checked only when the settings are made (`aspect`).
    case text(WritableKeyPath<RenderOptionGroup, String?>)
    /// A typed value (see ``ValueSlot``).
    case value(ValueSlot)

    /// The slot of the typed option at `path`.
    package static func value<Value: OptionValue>(_ path: WritableKeyPath<RenderOptionGroup, Value?>) -> Slot {
      .value(
        ValueSlot(
          read: { $0[keyPath: path]?.text },
          fill: { group, text in group[keyPath: path] = Value(argument: text) },
          problem: { Value.problem(with: $0) }))
    }
  }

  /// `page`, as a manifest writes it: a page name, `-landscape` added for `--landscape`.
  package static var pageSlot: ValueSlot {
    ValueSlot(
      read: { $0.pageName },
      fill: { group, text in
        let name = text.lowercased()
        let turned = name.hasSuffix("-landscape")
        group.page = PageChoice(argument: turned ? String(name.dropLast("-landscape".count)) : name)
        if turned { group.landscape = true }
      },
      problem: { text in
        PageSize.named(text) != nil ? nil : "'\(text)' is none of \(PageChoice.valueList), each also as NAME-landscape"
      })
  }

  /// How to read, check and set a typed option through its text, the way a manifest gives it.
  package struct ValueSlot {
    /// The value's text, if set.
    package var read: (RenderOptionGroup) -> String?
    /// Sets the value from text that ``problem`` has no objection to.
    package var fill: (inout RenderOptionGroup, String) -> Void
    /// Why the text is not a value of the option, or `nil`.
    package var problem: (String) -> String?
  }

  /// Every option, named as a manifest writes it, in the order ``canonicalDescription`` lists
  /// them (batch stamps hash that text, so the order stays).
  package static var slots: KeyValuePairs<String, Slot> {
    [
      "input-format": .value(\.inputFormat), "width": .value(\.width), "dpi": .value(\.dpi),
      "font-size": .value(\.fontSize), "page": .value(pageSlot), "scale": .value(\.scale),
      "orientation": .value(\.orientation), "breaks": .value(\.breaks), "theme": .value(\.theme),
      "background": .value(\.background), "group-by": .value(\.groupBy), "height": .value(\.height),
      "aspect": .text(\.aspect),
    ]
  }

  /// The option names as a manifest writes them.
  package static var manifestKeys: [String] { slots.map(\.key) }

  /// Why `value` cannot be option `key` (a manifest key), or `nil` when it can.
  package static func problem(key: String, value: String) -> String? {
    switch slots.first(where: { $0.key == key })?.value {
    case nil: "unknown option '\(key)'"
    case .text: nil
    case .value(let slot): slot.problem(value)
    }
  }

  /// This group with `key` (a name from ``manifestKeys``) set to `value`, unless the
  /// command line already set it; `nil` for an unknown key, a number that is not one or a
  /// value that is none of an option's values.
  package func filling(_ key: String, with value: String) -> RenderOptionGroup? {
    guard let slot = Self.slots.first(where: { $0.key == key })?.value else { return nil }
    var copy = self
    switch slot {
    case .text(let path):
      if copy[keyPath: path] == nil { copy[keyPath: path] = value }
    case .value(let slot):
      guard slot.problem(value) == nil else { return nil }
      if slot.read(copy) == nil { slot.fill(&copy, value) }
    }
    return copy
  }

  /// Every option that is set, as `name=value` in a fixed order: what a batch hashes to
  /// tell whether an output is up to date.
  package var canonicalDescription: String {
    assignments.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
  }

  /// Every option that is set, named as a manifest writes it, in ``slots`` order; filling an
  /// empty group with them (``filling(_:with:)``) gives this group back.
  package var assignments: [(key: String, value: String)] {
    Self.slots.compactMap { key, slot in
      let value: String? =
        switch slot {
        case .text(let path): self[keyPath: path]
        case .value(let slot): slot.read(self)
        }
      return value.map { (key, $0) }
    }
  }

  /// The checked values, or a usage failure (exit 64) naming the option.
  package func settings() throws(CommandFailure) -> RenderSettings {
    try values.settings()
  }

  /// The parsed options as plain values.
  package var values: RenderOptionValues {
    RenderOptionValues(
      inputFormat: inputFormat, width: width, dpi: dpi, fontSize: fontSize, page: page, landscape: landscape,
      scale: scale, orientation: orientation, breaks: breaks, theme: theme, background: background, groupBy: groupBy,
      height: height, aspect: aspect)
  }
}

/// Checked rendering options: how to read the input, lay it out and draw it.
package struct RenderSettings: Equatable {
  package var inputFormat: InputFormat?
  package var layout: LayoutOptions
  package var render: RenderOptions

  /// Settings from values already checked.
  package init(inputFormat: InputFormat?, layout: LayoutOptions, render: RenderOptions) {
    self.inputFormat = inputFormat
    self.layout = layout
    self.render = render
  }
}

extension RenderOptionGroup {
  /// `--page` with `-landscape` added when `--landscape` is given (``RenderOptionValues/pageName``).
  package var pageName: String? { values.pageName }
}
