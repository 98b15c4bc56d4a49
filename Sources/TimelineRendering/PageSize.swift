/// A printed page in points, with the margin kept clear on every side.
public struct PageSize: Equatable, Sendable {
  /// In PDF points (1/72 inch).
  public var width: Double
  /// In PDF points.
  public var height: Double
  /// Space kept free on every side, in PDF points.
  public var margin: Double

  /// A page of `width` × `height` points with `margin` on every side.
  public init(width: Double, height: Double, margin: Double) {
    self.width = width
    self.height = height
    self.margin = margin
  }

  /// ISO A3, 297 × 420 mm, with 15 mm margins.
  public static let a3 = PageSize(width: 841.89, height: 1190.551, margin: 42.52)
  /// ISO A4, 210 × 297 mm, with 15 mm margins.
  public static let a4 = PageSize(width: 595.276, height: 841.89, margin: 42.52)
  /// ISO A5, 148 × 210 mm, with 12 mm margins.
  public static let a5 = PageSize(width: 419.528, height: 595.276, margin: 34.016)
  /// US Letter, 8.5 × 11 in, with 0.6 in margins.
  public static let letter = PageSize(width: 612, height: 792, margin: 43.2)
  /// US Legal, 8.5 × 14 in, with 0.6 in margins.
  public static let legal = PageSize(width: 612, height: 1008, margin: 43.2)

  /// The names ``named(_:)`` knows, for messages.
  public static let names = ["a3", "a4", "a5", "letter", "legal"]

  /// The page turned on its side: the longer edge across.
  public var landscape: PageSize {
    PageSize(width: max(width, height), height: min(width, height), margin: margin)
  }

  /// The page sizes by name, for `--page`: `a3`, `a4`, `a5`, `letter`, `legal`, each also
  /// with `-landscape` (what `--landscape` adds, and what a batch manifest writes).
  public static func named(_ name: String) -> PageSize? {
    var key = name.lowercased()
    let turned = key.hasSuffix("-landscape")
    if turned { key.removeLast("-landscape".count) }
    let page: PageSize? =
      switch key {
      case "a3": .a3
      case "a4": .a4
      case "a5": .a5
      case "letter": .letter
      case "legal": .legal
      default: nil
      }
    return turned ? page?.landscape : page
  }
}
