import Foundation
import TimelineScene

extension Color {
  /// WCAG relative luminance.
  var relativeLuminance: Double {
    func channel(_ c: Double) -> Double { c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
  }

  /// This colour darkened until it reaches 4.5:1 contrast against white, for text.
  var readableOnWhite: Color {
    var color = self.withAlpha(1)
    var steps = 0
    while (1.05 / (color.relativeLuminance + 0.05)) < 4.5, steps < 20 {
      color = color.mixed(with: .black, fraction: 0.08)
      steps += 1
    }
    return color
  }
}
