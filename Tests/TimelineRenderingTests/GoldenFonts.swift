import Foundation
import PangoText
import Testing
import TimelineLayout
import TimelineScene
import TimelineTestSupport

/// The fonts the goldens were recorded with, as measurements: the widths of a few probe texts
/// (Latin, Cyrillic, digits, punctuation) in each weight of the default theme. Goldens are
/// compared only where this machine measures the same, so another font set skips them with a
/// clear message instead of failing on every label.
enum GoldenFonts {
  static let path = "Tests/Goldens/fonts.txt"

  static let probes = [
    "Kazakhstan’s January 2022 protests — 5 Jan", "Алматы, Қазақстан · 0123456789", "~2–9 Jan 2022 (+12 more)",
  ]

  /// This machine's measurements, one line each.
  static var current: String {
    let measurer = PangoTextMeasurer()
    let theme = Theme.light
    var lines: [String] = []
    for weight in [FontWeight.regular, .semibold, .bold] {
      for probe in probes {
        let width = measurer.measure(probe, font: theme.font(for: 13, weight: weight), maxWidth: nil).width
        lines.append("\(weight.rawValue) \(String(format: "%.2f", width)) \(probe)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Whether the goldens apply here (always while recording, which writes the measurements).
  static let match: Bool = {
    if GoldenFile.isRecording { return GoldenFile.check(current, against: path) == nil }
    return (try? RepositoryFiles.data(path)).map { String(decoding: $0, as: UTF8.self) } == current
  }()

  static let skipReason: Comment = """
    the installed fonts measure differently from those the goldens were recorded with \
    (\(path)); install the fonts of scripts/install-dependencies.sh, or re-record with TIMELINE_RECORD=1
    """
}
