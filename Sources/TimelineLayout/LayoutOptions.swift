/// What the caller chooses about a layout.
public struct LayoutOptions: Equatable, Sendable {
  /// Canvas width in layout units; the height follows from the content.
  public var width: Double
  public var theme: Theme

  /// The narrowest and widest canvas the layout accepts; wider requests are clamped.
  public static let widthRange: ClosedRange<Double> = 320...32_767

  public init(width: Double = 1600, theme: Theme = .light) {
    self.width = width.isFinite ? min(max(width, Self.widthRange.lowerBound), Self.widthRange.upperBound) : 1600
    self.theme = theme
  }
}
