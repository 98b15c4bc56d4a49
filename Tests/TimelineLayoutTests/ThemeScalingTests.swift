import Testing
import TimelineScene

@testable import TimelineLayout

/// Text shrinks with a narrow canvas or a small `--font-size`, the marks on the axis do not:
/// the context row keeps room for them below its text.
@Suite struct ThemeScalingTests {
  func roomBelowText(_ theme: Theme) -> Double {
    theme.ribbonContextHeight - theme.contextSize * 1.3
  }

  @Test func theContextRowKeepsRoomForTheAxisMarks() {
    #expect(Theme.light.ribbonContextHeight == 30)  // the full-size design is unchanged
    for theme in [
      Theme.light.fitted(toWidth: 60 / 25.4 * 96), Theme.light.fitted(toWidth: 250),
      Theme.light.scalingText(by: 0.5), Theme.dark.scalingText(by: 0.7),
    ] {
      #expect(roomBelowText(theme) >= Theme.contextRowMarkRoom - 0.01, "\(theme.ribbonContextHeight)")
    }
    // Larger text grows the row with it, as before.
    #expect(Theme.light.scalingText(by: 2).ribbonContextHeight == 60)
    #expect(Theme.contextRowMarkRoom >= MarkShapes.strongDotRadius + MarkShapes.ringWidth)
  }
}
