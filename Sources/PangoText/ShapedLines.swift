import CPangoCairo
import TimelineScene

/// Single-line Pango layouts kept after measuring or drawing a line, so that drawing the same
/// line again (the PNG after measuring, the SVG after the PNG) does not itemize and shape it
/// once more: with unhinted metrics and one context per font map (``PangoEngine/FontMap``), a
/// line's layout does not depend on the surface it is drawn on.
///
/// A layout is kept under its exact text (``ExactText``), font and font source; measuring keeps a
/// block's layout only when it came out as one line whose text is the whole block. Drawing uses
/// the layout's first line, placed at the run's origin, so the wrap width a kept layout was
/// measured with (which aligns right-to-left text to its right end) changes nothing. At most
/// ``limit`` are kept; the cache starts over when it is full. Use with ``PangoEngine/lock``
/// held: a layout it returns is borrowed, valid until the next ``keep(_:text:font:source:)``.
final class ShapedLines {
  struct Key: Hashable {
    var text: ExactText
    var font: FontSpec
    var source: FontSource
  }

  /// The most layouts kept (a few kilobytes each).
  static let limit = 4096

  private var layouts: [Key: OpaquePointer] = [:]

  /// How many layouts are kept.
  var count: Int { layouts.count }

  deinit { forgetAll() }

  /// The layout kept for `text` in `font` from `source`, if any.
  func layout(_ text: String, font: FontSpec, source: FontSource) -> OpaquePointer? {
    layouts[Key(text: ExactText(text), font: font, source: source)]
  }

  /// Keeps `layout` (taking a reference) as the one line `text` makes in `font` from `source`,
  /// unless one is kept already.
  func keep(_ layout: OpaquePointer, text: String, font: FontSpec, source: FontSource) {
    let key = Key(text: ExactText(text), font: font, source: source)
    guard layouts[key] == nil else { return }
    if layouts.count >= Self.limit { forgetAll() }
    g_object_ref(UnsafeMutableRawPointer(layout))
    layouts[key] = layout
  }

  /// Lets every kept layout go.
  func forgetAll() {
    for layout in layouts.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
    layouts.removeAll(keepingCapacity: true)
  }
}
