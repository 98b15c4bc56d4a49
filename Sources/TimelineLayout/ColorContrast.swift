import Foundation
import TimelineScene

extension Color {
  /// WCAG relative luminance.
  var relativeLuminance: Double {
    func channel(_ c: Double) -> Double { c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
  }

  /// WCAG contrast ratio between two opaque colours (1…21).
  func contrast(with other: Color) -> Double {
    let a = relativeLuminance
    let b = other.relativeLuminance
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  /// This colour darkened (on a light background) or lightened (on a dark one) until it
  /// reaches 4.5:1 contrast, for text.
  func readable(on background: Color) -> Color {
    let target: Color = background.relativeLuminance > 0.4 ? .black : .white
    var color = self.withAlpha(1)
    var steps = 0
    while color.contrast(with: background) < 4.5, steps < 20 {
      color = color.mixed(with: target, fraction: 0.08)
      steps += 1
    }
    return color
  }
}
