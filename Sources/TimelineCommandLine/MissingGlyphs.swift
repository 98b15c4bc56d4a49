import PangoText
import TimelineModel
import TimelineRendering

/// The warning a render prints when no installed font has some characters of the timeline.
enum MissingGlyphs {
  /// `warning: FILE: no installed font has 中 (U+4E2D), …; they are drawn as empty boxes
  /// (install fonts-noto-cjk)`, or `nil` when every character is covered.
  static func warning(for timeline: Timeline, file: String) -> String? {
    let missing = GlyphCoverage.uncovered(in: timeline.drawnTexts)
    guard !missing.isEmpty else { return nil }
    let shown = missing.prefix(8).map { "\(Character($0)) (\(codePoint($0)))" }
    let more = missing.count > 8 ? " and \(missing.count - 8) more" : ""
    var packages: [String] = []
    for scalar in missing {
      let package = GlyphCoverage.debianPackage(for: scalar)
      if !packages.contains(package) { packages.append(package) }
    }
    return "warning: \(file): no installed font has \(shown.joined(separator: ", "))\(more); "
      + "they are drawn as empty boxes (install \(packages.joined(separator: "; ")))"
  }

  /// `U+4E2D`, `U+0378`: at least four hex digits.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
