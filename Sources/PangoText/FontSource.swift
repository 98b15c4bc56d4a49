import Foundation
import TimelineScene

/// Which installed fonts Pango sets a text in: the text backend's own policy, which the scene
/// (a family list per run) knows nothing of.
///
/// Every installed font is the safe choice, but fontconfig then sorts all of them whenever
/// Pango needs a font set; the families the default theme leads with (Inter and DejaVu Sans)
/// in a private configuration sort in a fraction of the time. The
/// measurer and the drawer make the same choice for each text
/// (``PangoTextMeasurer/fontSource(for:in:)``), so what was measured is what is drawn.
public enum FontSource: String, Equatable, Hashable, Sendable {
  /// Every installed font: the named families first, any other font for characters they lack.
  case system
  /// Only the quick families: much quicker to set up and match (fontconfig then sorts a few
  /// dozen fonts instead of every one installed), for text those families fully cover.
  case namedFamilies
}

extension PangoEngine {
  /// The source for `text` in the family list `family`: ``FontSource/namedFamilies`` when the
  /// list starts with the quick families and they have a glyph for every character (so Pango
  /// would pick from them anyway), ``FontSource/system`` otherwise. Call with `lock` held.
  func source(for text: String, family: String) -> FontSource {
    guard leadsWithQuickFamilies(family), let named = namedFontConfig, named.covers(text) else { return .system }
    return .namedFamilies
  }

  /// Whether the comma-separated `family` list begins with ``namedFamilies``, in order.
  func leadsWithQuickFamilies(_ family: String) -> Bool {
    if let known = quickFamilyLists[family] { return known }
    let listed = FontSpec.familyNames(in: family).map { $0.lowercased() }
    let leads = listed.starts(with: Self.namedFamilies.map { $0.lowercased() })
    quickFamilyLists[family] = leads
    return leads
  }
}
