import Testing

@testable import TimelineLayout

/// The vertical assembly of a horizontal timeline, without any text: parts stack in order,
/// with the theme's gaps, and nothing overlaps.
@Suite struct HorizontalStackTests {
  static func parts(barsUnderLabels: Bool, bendBelow: Double = 0) -> HorizontalStack.Parts {
    HorizontalStack.Parts(
      periodStrip: 30, labelsAbove: 200, bendAbove: 20, ribbon: 62, ribbonContext: 30, lanes: 80, hasLanes: true,
      labelsBelow: 150, bendBelow: bendBelow, barsUnderLabels: barsUnderLabels)
  }

  @Test(arguments: [false, true])
  func partsStackInOrderWithoutOverlap(barsUnderLabels: Bool) {
    let gaps = Theme.Gaps()
    let stack = HorizontalStack(top: 100, parts: Self.parts(barsUnderLabels: barsUnderLabels), gaps: gaps)
    #expect(stack.periodTop == 100)
    #expect(stack.aboveTop == 130)
    // Labels above, their bend zone and its gap, then the ribbon.
    #expect(stack.ribbonTop == 130 + 200 + 20 + gaps.labelsToBend)
    #expect(stack.ribbonBottom == stack.ribbonTop + 62)
    #expect(stack.frame.markerAbove == stack.ribbonTop + 30)
    #expect(stack.frame.baselineAbove == 330)
    if barsUnderLabels {
      #expect(stack.belowTop >= stack.ribbonBottom + gaps.lanesToLabels)
      #expect(stack.lanesTop == stack.belowTop + 150 + gaps.labelsToLanes)
      #expect(stack.plotBottom == stack.lanesTop + 80 + gaps.plotPadding)
    } else {
      #expect(stack.lanesTop == stack.ribbonBottom + gaps.axisToLanes)
      #expect(stack.belowTop == stack.lanesTop + 80 + gaps.lanesToLabels)
      #expect(stack.plotBottom == stack.belowTop + 150 + gaps.plotPadding)
    }
  }

  /// A deep bend zone below pushes the lanes (or the labels) down so that bends end first.
  @Test func aDeepBendZoneMakesRoom() {
    let gaps = Theme.Gaps()
    let stack = HorizontalStack(top: 0, parts: Self.parts(barsUnderLabels: false, bendBelow: 30), gaps: gaps)
    #expect(stack.frame.bendEndBelow == stack.ribbonBottom + gaps.bendOffset + 30)
    #expect(stack.lanesTop >= stack.frame.bendEndBelow + gaps.bendToLanes)
  }

  /// Empty stretches take no space: no labels above means no gap above the ribbon.
  @Test func emptyPartsTakeNoSpace() {
    var parts = Self.parts(barsUnderLabels: false)
    parts.labelsAbove = 0
    parts.bendAbove = 0
    parts.periodStrip = 0
    let stack = HorizontalStack(top: 50, parts: parts, gaps: Theme.Gaps())
    #expect(stack.ribbonTop == 50)
  }
}
