import TimelineScene

/// Colours, fonts and spacing of a timeline: everything about looks that is not geometry.
///
/// ```swift
/// var theme = Theme.light
/// theme.labelMaxWidth = 260
/// ```
///
/// All lengths are layout units (CSS pixels of the 1x image).
public struct Theme: Equatable, Sendable {
  /// A Pango family list, first choice first: `Inter, DejaVu Sans, Noto Sans`.
  public var fontFamily: String
  /// The page colour.
  public var background: Color
  /// Titles and event text.
  public var ink: Color
  /// Dates, subtitles and secondary text.
  public var mutedInk: Color
  /// Footnotes, rules and other quiet marks.
  public var faintInk: Color
  /// Categorical colours used in order for categories without their own; colour-blind safe.
  public var palette: [Color]
  /// The colour of events without a (defined) category.
  public var uncategorized: Color

  /// The timeline's title, in layout units.
  public var titleSize: Double
  /// The subtitle.
  public var subtitleSize: Double
  /// Legend entries.
  public var legendSize: Double
  /// The date line of a label.
  public var labelDateSize: Double
  /// Event titles in labels: the base size (`--font-size`) the others are scaled with.
  public var labelSize: Double
  /// Axis tick labels.
  public var axisSize: Double
  /// Undated context notes.
  public var contextSize: Double
  /// Period titles.
  public var periodTitleSize: Double
  /// Text inside range bars.
  public var barTextSize: Double
  /// Footnotes.
  public var footnoteSize: Double
  /// The source caption.
  public var captionSize: Double

  /// Space around the drawing, on every side.
  public var margin: Double
  /// The widest a point label's text may be before it wraps.
  public var labelMaxWidth: Double
  /// The gap between a label's stem and its text.
  public var stemToText: Double
  /// The least space between two labels.
  public var labelGap: Double
  /// The height of a tick cell of the axis ribbon.
  public var ribbonCellHeight: Double
  /// The height of the ribbon's context row (years over months, months over days).
  public var ribbonContextHeight: Double
  /// The fill of the ribbon's cells.
  public var ribbonFill: Color
  /// The fill of every other cell, so neighbouring cells read apart.
  public var ribbonAltFill: Color
  /// The ribbon's labels.
  public var ribbonText: Color
  /// Leaders from the axis to labels.
  public var stem: Color
  /// The height of a range bar.
  public var barHeight: Double
  /// The space between range lanes.
  public var laneGap: Double
  /// The fill of period bands.
  public var periodFill: Color
  /// Period titles.
  public var periodInk: Color
  /// Leave the page unpainted (transparent PNG, SVG and PDF backgrounds); the theme's
  /// background colour still decides text contrast and marker rings.
  public var transparentBackground = false
  /// Use the theme's palette even for categories that name their own colour (print).
  public var ignoresCategoryColors = false
  /// How far range bars are mixed towards the background (0 solid, 1 invisible).
  public var tintFraction: Double = 0.76
  /// The named spacing between the parts of every layout (see ``Gaps``).
  public var gaps = Gaps()

  /// Dark text on white: the default.
  public static let light = Theme(
    fontFamily: "Inter, DejaVu Sans, Noto Sans",
    background: Color(red: 1, green: 1, blue: 1),
    ink: Color(hex: "#1a1a1a") ?? .black,
    mutedInk: Color(hex: "#595959") ?? .black,
    faintInk: Color(hex: "#767676") ?? .black,
    palette: ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#6b4c9a", "#8c6d31"]
      .compactMap { Color(hex: $0) },
    uncategorized: Color(hex: "#6f6f6f") ?? .black,
    titleSize: 36, subtitleSize: 20, legendSize: 16, labelDateSize: 15, labelSize: 18, axisSize: 16,
    contextSize: 15, periodTitleSize: 15, barTextSize: 16, footnoteSize: 16, captionSize: 14,
    margin: 48, labelMaxWidth: 270, stemToText: 9, labelGap: 14,
    ribbonCellHeight: 32, ribbonContextHeight: 30,
    ribbonFill: Color(hex: "#efefef") ?? .white, ribbonAltFill: Color(hex: "#e4e4e4") ?? .white,
    ribbonText: Color(hex: "#3d3d3d") ?? .black, stem: Color(hex: "#8f8f8f") ?? .black,
    barHeight: 30, laneGap: 8,
    periodFill: Color(hex: "#f8f3e8") ?? .white, periodInk: Color(hex: "#7a5a1e") ?? .black)

  /// Light text on a near-black page, for slides and dark-mode pages.
  public static let dark: Theme = {
    var theme = Theme.light
    theme.background = Color(hex: "#121417") ?? .black
    theme.ink = Color(hex: "#ececec") ?? .white
    theme.mutedInk = Color(hex: "#b0b3b8") ?? .white
    theme.faintInk = Color(hex: "#8d9096") ?? .white
    theme.palette = ["#56b4e9", "#e69f00", "#3fcf9f", "#f08fc0", "#f0e442", "#b3a1ff", "#ff8a65", "#c8b27a"]
      .compactMap { Color(hex: $0) }
    theme.uncategorized = Color(hex: "#9a9a9a") ?? .white
    theme.ribbonFill = Color(hex: "#24272c") ?? .black
    theme.ribbonAltFill = Color(hex: "#2c3036") ?? .black
    theme.ribbonText = Color(hex: "#d0d0d0") ?? .white
    theme.stem = Color(hex: "#6b6f76") ?? .white
    theme.periodFill = Color(hex: "#2a2620") ?? .black
    theme.periodInk = Color(hex: "#e0c58a") ?? .white
    theme.tintFraction = 0.62
    return theme
  }()

  /// Greys only, at lightness steps a photocopier keeps apart; for print.
  public static let print: Theme = {
    var theme = Theme.light
    theme.palette = ["#000000", "#5a5a5a", "#8c8c8c", "#3c3c3c", "#707070", "#a6a6a6"].compactMap { Color(hex: $0) }
    theme.uncategorized = Color(hex: "#7a7a7a") ?? .black
    theme.ink = .black
    theme.mutedInk = Color(hex: "#404040") ?? .black
    theme.faintInk = Color(hex: "#555555") ?? .black
    theme.ribbonFill = Color(hex: "#eeeeee") ?? .white
    theme.ribbonAltFill = Color(hex: "#dddddd") ?? .white
    theme.periodFill = Color(hex: "#f2f2f2") ?? .white
    theme.periodInk = Color(hex: "#333333") ?? .black
    theme.stem = Color(hex: "#666666") ?? .black
    theme.ignoresCategoryColors = true
    return theme
  }()

  /// The same theme with every text size multiplied by `factor` (and the label width with it).
  public func scalingText(by factor: Double) -> Theme {
    guard factor.isFinite, factor > 0 else { return self }
    var theme = self
    for keyPath: WritableKeyPath<Theme, Double> in [
      \.titleSize, \.subtitleSize, \.legendSize, \.labelDateSize, \.labelSize, \.axisSize, \.contextSize,
      \.periodTitleSize, \.barTextSize, \.footnoteSize, \.captionSize, \.labelMaxWidth, \.ribbonCellHeight,
      \.ribbonContextHeight, \.barHeight,
    ] {
      theme[keyPath: keyPath] *= factor
    }
    // The marks on the axis keep their size (``MarkShapes``): a context row shrunk with its
    // text would let a dot on the cells' top edge reach into the month name above it.
    let contextRowNeeded = theme.contextSize * 1.3 + Self.contextRowMarkRoom
    if contextRowNeeded > theme.ribbonContextHeight + 0.01 { theme.ribbonContextHeight = contextRowNeeded }
    return theme
  }

  /// What a context row keeps below its text for the marks on the axis: the text's top
  /// padding and the tallest mark above the cells' top edge (the largest dot with its ring, or
  /// a cluster member's tick).
  static let contextRowMarkRoom =
    2 + max(MarkShapes.strongDotRadius + MarkShapes.ringWidth, MarkShapes.rugTickOffset + MarkShapes.rugTickLength)

  /// The narrowest canvas drawn at the theme's own sizes, in layout units (84.7 mm, a 3.33 in
  /// journal column); narrower canvases, down to ``LayoutOptions/widthRange``'s 60 mm, use
  /// ``fitted(toWidth:scalingText:)``.
  public static let fullSizeWidth = 320.0

  /// The theme for a canvas `width` units wide: unchanged from ``fullSizeWidth`` up; narrower,
  /// the margin, the ``gaps`` and (unless `scalingText` is false, for a text size the user chose) every text
  /// size shrink in proportion, × width / 320, so a 60 mm column (226.8 units) is a 320-unit
  /// design at 71 %: 18-unit labels become 12.8 (9.6 pt), the smallest text 9.9 (7.4 pt).
  public func fitted(toWidth width: Double, scalingText: Bool = true) -> Theme {
    guard width.isFinite, width > 0, width < Self.fullSizeWidth else { return self }
    let factor = width / Self.fullSizeWidth
    var theme = scalingText ? self.scalingText(by: factor) : self
    theme.margin *= factor
    theme.gaps = theme.gaps.scaled(by: factor)
    return theme
  }

  /// The smallest text size the theme sets, in layout units (captions and footnotes).
  public var smallestTextSize: Double {
    [
      titleSize, subtitleSize, legendSize, labelDateSize, labelSize, axisSize, contextSize, periodTitleSize,
      barTextSize, footnoteSize, captionSize,
    ].min() ?? labelSize
  }

  /// The themes by name, for `--theme`.
  public static func named(_ name: String) -> Theme? {
    switch name.lowercased() {
    case "light": .light
    case "dark": .dark
    case "print": .print
    default: nil
    }
  }

  func font(_ size: Double, _ weight: FontWeight = .regular) -> FontSpec {
    FontSpec(family: fontFamily, size: size, weight: weight)
  }
}

extension Theme {
  /// The tint of every other period band, a shade towards the period ink, so that
  /// neighbouring periods are told apart; both tints are slightly translucent, so that where
  /// periods overlap the overlap reads darker.
  var periodAltFill: Color { periodFill.mixed(with: periodInk, fraction: 0.07) }
  /// The thin edge at each period band's start.
  var periodEdge: Color { periodInk.withAlpha(0.35) }

  /// The theme's font family at `size` and `weight`.
  public func font(for size: Double, weight: FontWeight = .regular) -> FontSpec {
    font(size, weight)
  }
}
