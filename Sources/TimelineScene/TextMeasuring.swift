/// Measures and wraps text: the one thing layout needs to know about fonts.
///
/// Layout depends on this protocol only, so it runs and is tested without Cairo or Pango
/// (see ``FixedAdvanceTextMeasurer``). `PangoText` provides the real implementation.
///
/// Guarantees expected of implementations:
/// - deterministic: the same text, font and width always give the same block;
/// - with a `maxWidth`, every line is at most `maxWidth` wide unless a single unbreakable
///   cluster is wider (implementations then break inside words or ellipsize);
/// - lines are returned in reading order and concatenate to the text, up to whitespace at
///   the breaks.
public protocol TextMeasuring: Sendable {
  /// Breaks `text` into lines no wider than `maxWidth` (no wrapping when `nil`) and measures them.
  func measure(_ text: String, font: FontSpec, maxWidth: Double?) -> TextBlock
}
