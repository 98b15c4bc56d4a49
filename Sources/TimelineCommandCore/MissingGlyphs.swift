import PangoText
import TimelineModel
import TimelineRendering
import Timelines

/// The warning a render prints when no installed font has some characters of the timeline.
package enum MissingGlyphs {
  /// `warning: FILE: no installed font has 中 (U+4E2D), …; they are drawn as empty boxes
  /// (install fonts-noto-cjk)`, or `nil` when every character is covered.
  package static func warning(for timeline: Timeline, file: String) -> String? {
    let missing = GlyphCoverage.uncovered(in: [distinctScalars(of: timeline.drawnTexts)])
    guard !missing.isEmpty else { return nil }
    return "warning: \(file): no installed font has \(listed(missing, upTo: 8)); "
      + "they are drawn as empty boxes (install \(packages(for: missing)))"
  }

  /// Each Unicode scalar of `texts` once, in the order of its first appearance: what
  /// `GlyphCoverage.uncovered(in:)` looks at, without looking up every letter of 10,000 titles
  /// in a set (ASCII, most of them, is ticked off in a bit mask).
  package static func distinctScalars(of texts: [String]) -> String {
    var asciiSeen: (low: UInt64, high: UInt64) = (0, 0)
    var seen: Set<Unicode.Scalar> = []
    var result = String.UnicodeScalarView()
    for text in texts {
      for scalar in text.unicodeScalars {
        let value = scalar.value
        if value < 64 {
          guard asciiSeen.low & (1 << value) == 0 else { continue }
          asciiSeen.low |= 1 << value
        } else if value < 128 {
          guard asciiSeen.high & (1 << (value - 64)) == 0 else { continue }
          asciiSeen.high |= 1 << (value - 64)
        } else {
          guard seen.insert(scalar).inserted else { continue }
        }
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// `中 (U+4E2D), 文 (U+6587) and 3 more`: the first `limit` characters with their code points.
  package static func listed(_ missing: [Unicode.Scalar], upTo limit: Int) -> String {
    let shown = missing.prefix(limit).map { "\(Character($0)) (\(codePoint($0)))" }
    let more = missing.count > limit ? " and \(missing.count - limit) more" : ""
    return shown.joined(separator: ", ") + more
  }

  /// The Debian packages whose fonts cover `missing`, each once: `fonts-noto-cjk; fonts-noto-color-emoji`.
  package static func packages(for missing: [Unicode.Scalar]) -> String {
    var packages: [String] = []
    for scalar in missing {
      let package = GlyphCoverage.debianPackage(for: scalar)
      if !packages.contains(package) { packages.append(package) }
    }
    return packages.joined(separator: "; ")
  }

  /// `U+4E2D`, `U+0378`: at least four hex digits.
  package static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
