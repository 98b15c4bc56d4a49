extension Theme {
  /// The spacing between the parts of a timeline, in layout units: every gap the layouts
  /// leave between two blocks of text or drawing is named here, none is a literal in a layout.
  ///
  /// The top-level values are the vertical gaps of a horizontal timeline, top to bottom (see
  /// `HorizontalStack`); ``header``, ``footer``, ``list`` and ``lanes`` hold those of the
  /// header, the footer, the vertical list and the swimlanes.
  ///
  /// ```swift
  /// var theme = Theme.light
  /// theme.gaps.headerToPlot = 30  // more air under the legend
  /// theme.gaps.list.rowsToFooter = 24
  /// ```
  public struct Gaps: Equatable, Sendable {
    /// Under the header (title, subtitle, legend), above the plot.
    public var headerToPlot = 18.0
    /// Between the labels above and the axis, when every leader runs straight.
    public var labelsToAxis = 12.0
    /// Between the labels above and their leaders' bend zone.
    public var labelsToBend = 8.0
    /// How far from the axis ribbon leaders start to bend (above and below).
    public var bendOffset = 4.0
    /// Between the end of the bend zone below and the labels below.
    public var bendToLabels = 4.0
    /// Between the end of the bend zone below and range lanes after it.
    public var bendToLanes = 6.0
    /// Between the axis and the range lanes under it.
    public var axisToLanes = 14.0
    /// Between the range lanes and the labels below them, and between a bend zone and the
    /// labels it leads to when the lanes come later.
    public var lanesToLabels = 12.0
    /// Between the labels below and range lanes placed under them.
    public var labelsToLanes = 18.0
    /// Under the last thing in the plot, inside the period bands.
    public var plotPadding = 6.0
    /// Between the plot and the footer (undated notes, source).
    public var plotToFooter = 22.0
    /// Above and below the "no events yet" note that stands in for an empty plot.
    public var emptyNote = Around(above: 8, below: 16)
    /// The title, subtitle and legend.
    public var header = Header()
    /// The undated notes and the source line.
    public var footer = Footer()
    /// The vertical list (`--orientation vertical`).
    public var list = List()
    /// The swimlanes (`--group-by category`).
    public var lanes = Lanes()

    /// The default spacing.
    public init() {}

    /// Every gap multiplied by `factor` (for a canvas narrower than the theme's design).
    public func scaled(by factor: Double) -> Gaps {
      guard factor.isFinite, factor > 0 else { return self }
      var gaps = self
      for keyPath: WritableKeyPath<Gaps, Double> in [
        \.headerToPlot, \.labelsToAxis, \.labelsToBend, \.bendOffset, \.bendToLabels, \.bendToLanes, \.axisToLanes,
        \.lanesToLabels, \.labelsToLanes, \.plotPadding, \.plotToFooter, \.emptyNote.above, \.emptyNote.below,
        \.header.titleToSubtitle, \.header.textToLegend, \.header.swatchToName, \.header.betweenEntries,
        \.header.betweenRows, \.footer.headingToNotes, \.footer.noteIndent, \.footer.betweenNotes,
        \.footer.notesToSource, \.list.headerToRows, \.list.runningHeadToContent, \.list.aboveHeading,
        \.list.headingToRows, \.list.dateToLine, \.list.lineToText, \.list.titleToDescription,
        \.list.periodTitleToRow, \.list.periodBandPadding, \.list.periodBandOverhang, \.list.rowsToFooter,
        \.lanes.axisToFirstLane, \.lanes.titleToBars, \.lanes.barsToMarkers, \.lanes.aboveMarkers,
        \.lanes.markersToLabels, \.lanes.betweenLanes, \.lanes.underLastLane,
      ] {
        gaps[keyPath: keyPath] *= factor
      }
      return gaps
    }

    /// Space above and below one block.
    public struct Around: Equatable, Sendable {
      /// Above the block.
      public var above: Double
      /// Below the block.
      public var below: Double

      /// `above` and `below` the block.
      public init(above: Double, below: Double) {
        self.above = above
        self.below = below
      }
    }

    /// The gaps in the header.
    public struct Header: Equatable, Sendable {
      /// Under the title, above the subtitle.
      public var titleToSubtitle = 4.0
      /// Under the subtitle (or title), above the legend.
      public var textToLegend = 16.0
      /// Between a legend swatch and its name.
      public var swatchToName = 8.0
      /// Between one legend entry and the next on its row.
      public var betweenEntries = 28.0
      /// Between rows of legend entries.
      public var betweenRows = 8.0

      /// The default header gaps.
      public init() {}
    }

    /// The gaps in the footer.
    public struct Footer: Equatable, Sendable {
      /// Under the "Background (undated)" heading.
      public var headingToNotes = 4.0
      /// How far each undated note is indented past its category square.
      public var noteIndent = 18.0
      /// Between one undated note and the next.
      public var betweenNotes = 3.0
      /// Under the undated notes, above the source line.
      public var notesToSource = 12.0

      /// The default footer gaps.
      public init() {}
    }

    /// The gaps of the vertical list.
    public struct List: Equatable, Sendable {
      /// Under the header, above the first date heading.
      public var headerToRows = 24.0
      /// On later PDF pages, between the repeated title and the content.
      public var runningHeadToContent = 12.0
      /// Above a date heading (a year, month or day) after the first.
      public var aboveHeading = 14.0
      /// Under a date heading, above its first row.
      public var headingToRows = 8.0
      /// Between the right-aligned date column and the line of markers.
      public var dateToLine = 16.0
      /// Between the line of markers and the event text.
      public var lineToText = 18.0
      /// Between an event's title and its description.
      public var titleToDescription = 2.0
      /// Under a period's title line, above the first row it covers.
      public var periodTitleToRow = 6.0
      /// How far a period's tint reaches above its title line and below its last row.
      public var periodBandPadding = 6.0
      /// How far a period's tint reaches left of the line of markers.
      public var periodBandOverhang = 12.0
      /// Under the last row (or the "No events" note), above the footer.
      public var rowsToFooter = 8.0

      /// The default list gaps.
      public init() {}
    }

    /// The gaps of the swimlanes.
    public struct Lanes: Equatable, Sendable {
      /// Under the axis ribbon, above the first lane.
      public var axisToFirstLane = 10.0
      /// Under a lane's title, above its range bars.
      public var titleToBars = 8.0
      /// Under a lane's range bars, above its date markers.
      public var barsToMarkers = 14.0
      /// Above a lane's line of date markers.
      public var aboveMarkers = 8.0
      /// Under a lane's line of date markers, above its labels' leaders.
      public var markersToLabels = 12.0
      /// Between one lane and the next (a rule is drawn half-way).
      public var betweenLanes = 18.0
      /// Under the last lane, where the plot (and its period bands) ends.
      public var underLastLane = 10.0

      /// The default lane gaps.
      public init() {}
    }
  }
}
