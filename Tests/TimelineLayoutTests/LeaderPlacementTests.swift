import Testing
import TimeAxis
import TimelineModel
import TimelineScene
import TimelineSynthetic

@testable import TimelineLayout

/// The label placement on its own: random label sets, checked for the promises it makes.
@Suite struct LeaderPlacementTests {
  static func placement(width: Double = 1500) -> LabelPlacement {
    LabelPlacement(minX: 0, maxX: width, horizontalGap: 14, verticalGap: 11, textInset: 9)
  }

  static func randomRequests(_ count: Int, seed: UInt64, width: Double = 1500) -> [LabelPlacement.Request] {
    var rng = SplitMix64(seed: seed)
    return (0..<count).map { id in
      let x = Double.random(in: 0...width, using: &rng).rounded()
      let w = Double.random(in: 60...280, using: &rng).rounded()
      let h = Double.random(in: 20...90, using: &rng).rounded()
      return LabelPlacement.Request(
        id: id, anchorX: x,
        variants: [
          LabelPlacement.Variant(width: w, height: h), LabelPlacement.Variant(width: w * 0.7, height: h * 1.4),
        ])
    }
  }

  @Test(arguments: Array(UInt64(1)...60))
  func placedLabelsKeepEveryPromise(seed: UInt64) {
    let count = [1, 2, 5, 12, 30, 80][Int(seed % 6)]
    let requests = Self.randomRequests(count, seed: seed)
    let placement = Self.placement()
    let placed = placement.placeAll(requests)
    #expect(placed.count == requests.count, "every request gets a place")
    #expect(placed.map(\.id) == requests.map(\.id), "in request order")
    for (a, p) in placed.enumerated() {
      #expect(p.minX >= -0.001 && p.maxX <= 1500.001, "inside the bounds")
      #expect(!p.crossesStems)
      for q in placed[(a + 1)...] where q.side == p.side {
        // Boxes keep their gaps.
        let apart =
          p.maxX + 14 <= q.minX + 0.001 || q.maxX + 14 <= p.minX + 0.001 || p.far + 11 <= q.near + 0.001
          || q.far + 11 <= p.near + 0.001
        #expect(apart, "boxes \(p) and \(q) touch")
        // Poles run in the order of their anchors, so the bent leaders never cross.
        if p.anchorX != q.anchorX {
          #expect((p.anchorX < q.anchorX) == (p.poleX < q.poleX), "leaders of \(p.id) and \(q.id) cross")
        }
        // No pole through the other's text.
        for (pole, other) in [(p, q), (q, p)] {
          let text = other.textSpan(inset: 9)
          if pole.poleX > text.lowerBound - 3, pole.poleX < text.upperBound + 3 {
            #expect(pole.far <= other.near + 0.001, "the pole of \(pole.id) crosses the text of \(other.id)")
          }
        }
      }
    }
  }

  @Test func aLoneLabelStandsOverItsDate() {
    let placed = Self.placement().placeAll([
      LabelPlacement.Request(id: 0, anchorX: 400, variants: [LabelPlacement.Variant(width: 200, height: 60)])
    ])
    #expect(placed[0].poleX == 400)
    #expect(placed[0].near == 0)
  }

  /// Three labels on nearby dates: the ones that would stack move sideways instead, and no
  /// label climbs three levels.
  @Test func crowdedLabelsMoveSidewaysBeforeTheyStack() {
    let requests = (0..<4).map {
      LabelPlacement.Request(
        id: $0, anchorX: 700 + Double($0) * 20, variants: [LabelPlacement.Variant(width: 200, height: 60)],
        sides: [.above])
    }
    let placed = Self.placement().placeAll(requests)
    #expect(placed.contains { $0.poleX != $0.anchorX }, "some label moved")
    #expect(placed.map(\.far).max() ?? 0 < 3 * 60, "\(placed)")
  }

  @Test func polesKeepOutOfForbiddenRanges() {
    var placement = Self.placement()
    placement.forbiddenPoles[.below] = [380...460]
    let placed = placement.placeAll([
      LabelPlacement.Request(
        id: 0, anchorX: 420, variants: [LabelPlacement.Variant(width: 150, height: 40)], sides: [.below])
    ])
    #expect(placed[0].poleX < 377 || placed[0].poleX > 463, "pole at \(placed[0].poleX)")
  }
}

/// Folding by importance, cell by cell.
@Suite struct FoldPlanTests {
  @Test func stagesFoldDetailsThenOrdinaryThenMergeThenEssentials() {
    var plan = FoldPlan(cells: 4)
    #expect(!plan.folds(.detail, inCell: 1))
    plan.raise(cell: 1)
    #expect(plan.folds(.detail, inCell: 1) && !plan.folds(.normal, inCell: 1))
    #expect(!plan.folds(.detail, inCell: 0), "only the crowded cell folds")
    plan.raise(cell: 1)
    #expect(plan.folds(.normal, inCell: 1) && !plan.folds(.essential, inCell: 1))
    plan.raise(cell: 1)
    #expect(plan.block(ofCell: 0) == plan.block(ofCell: 1), "cells 0 and 1 now cluster together")
    #expect(plan.block(ofCell: 1) != plan.block(ofCell: 2))
    while plan.raise(cell: 1) {}
    #expect(plan.folds(.essential, inCell: 1))
    #expect(plan.block(ofCell: 0) == plan.block(ofCell: 3))
  }

  /// Folded cells side by side share one cluster; a cell that still shows its titles keeps
  /// its neighbours apart.
  @Test func foldedNeighboursMerge() {
    var plan = FoldPlan(cells: 4)
    plan.raise(cell: 0, to: 2)
    plan.raise(cell: 1, to: 2)
    plan.raise(cell: 3, to: 2)
    plan.mergeFoldedNeighbours()
    #expect(plan.block(ofCell: 0) == plan.block(ofCell: 1), "cells 0 and 1 fold together")
    #expect(plan.block(ofCell: 1) != plan.block(ofCell: 3), "cell 2 still shows its titles")
    #expect(!plan.folds(.normal, inCell: 2), "merging folds no further event")
    #expect(!plan.folds(.essential, inCell: 0), "nor essentials")
    plan.raise(cell: 2, to: 2)
    plan.mergeFoldedNeighbours()
    #expect(plan.block(ofCell: 0) == plan.block(ofCell: 3), "all four now one cluster")
    #expect(!plan.folds(.essential, inCell: 0))
  }

  /// Fold cells depend on the dates alone: the same at every canvas width, whole calendar
  /// units, covering every date.
  @Test func foldCellsAreCalendarStretchesOfTheExtent() {
    let extent = AxisTime(0)...AxisTime(86_400 * 365 * 3)
    let starts = FoldCells.starts(extent: extent, finestUnit: .day)
    #expect(starts.count >= 6 && starts.count <= 24, "\(starts.count) cells")
    #expect(starts.first ?? .infinity <= extent.lowerBound)
    #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 })
    let yearly = FoldCells.starts(extent: extent, finestUnit: .year)
    #expect(yearly.count <= 4, "never finer than the dates: \(yearly.count) cells for three years")
  }

  /// A dense timeline with a few essential events: those keep their own labels.
  @Test func essentialEventsKeepTheirOwnLabels() {
    var rng = SplitMix64(seed: 7)
    var timeline = SyntheticTimeline.make(events: 150, using: &rng)
    let essential = Set(stride(from: 0, to: 150, by: 37))
    for index in essential { timeline.events[index].importance = .essential }
    let result = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer()).layout(timeline)
    #expect(result.geometry.pointLabels.contains { $0.clusterID != nil }, "150 events cluster somewhere")
    let clustered = Set(result.geometry.pointLabels.filter { $0.clusterID != nil }.flatMap(\.members))
    let points = essential.filter { !timeline.events[$0].time.isRangeLike }
    #expect(clustered.isDisjoint(with: points), "essential events were folded: \(clustered.intersection(points))")
  }
}

extension EventTime {
  fileprivate var isRangeLike: Bool {
    if case .point = self { false } else { true }
  }
}

/// The row packer on its own: what it returns keeps every promise, and the checker it is
/// held to does catch a broken placement.
@Suite struct RowPackingTests {
  @Test(arguments: Array(UInt64(1)...60))
  func packedPlacementsAreValid(seed: UInt64) {
    let count = [1, 3, 8, 20, 45, 90][Int(seed % 6)]
    let requests = LeaderPlacementTests.randomRequests(count, seed: seed)
    let placement = LeaderPlacementTests.placement()
    var packedAny = false
    for rows in 1...8 {
      guard let packed = RowPacking(placement: placement).pack(requests, variant: 0, rows: rows) else { continue }
      packedAny = true
      #expect(packed.map(\.id) == requests.map(\.id))
      #expect(placement.isValid(packed, for: requests), "seed \(seed), \(rows) rows")
    }
    #expect(packedAny || count > 40, "\(count) labels found no packing in 8 rows")
  }

  @Test func crowdsSpreadBothWaysFromTheirDates() {
    // Six labels on nearly one date, in three rows: some move left, some right.
    let requests = (0..<6).map {
      LabelPlacement.Request(
        id: $0, anchorX: 700 + Double($0), variants: [LabelPlacement.Variant(width: 200, height: 50)], sides: [.above])
    }
    let packed = RowPacking(placement: LeaderPlacementTests.placement()).pack(requests, variant: 0, rows: 3)
    let poles = (packed ?? []).map { $0.poleX - $0.anchorX }
    #expect(poles.contains { $0 < -20 } && poles.contains { $0 > 20 }, "\(poles)")
    let tallest: Double = (packed ?? []).map(\.far).max() ?? .infinity
    let threeRows: Double = 3 * 50 + 2 * 11 + 0.01
    #expect(tallest <= threeRows)
  }

  @Test func theCheckerCatchesBrokenPlacements() {
    let placement = LeaderPlacementTests.placement()
    let requests = [
      LabelPlacement.Request(id: 0, anchorX: 100, variants: [LabelPlacement.Variant(width: 200, height: 40)]),
      LabelPlacement.Request(id: 1, anchorX: 150, variants: [LabelPlacement.Variant(width: 200, height: 40)]),
    ]
    let good = placement.placeAll(requests)
    #expect(placement.isValid(good, for: requests))
    var overlapping = good
    overlapping[1].side = overlapping[0].side
    overlapping[1].minX = overlapping[0].minX + 50
    overlapping[1].maxX = overlapping[1].minX + 200
    overlapping[1].near = overlapping[0].near
    overlapping[1].far = overlapping[0].far
    #expect(!placement.isValid(overlapping, for: requests))
    var crossed = good
    crossed[0].side = .above
    crossed[1].side = .above
    crossed[0].minX = 260
    crossed[0].maxX = 460
    crossed[1].minX = 100
    crossed[1].maxX = 300
    #expect(!placement.isValid(crossed, for: requests), "leaders out of date order")
  }
}

/// Widening the canvas does not hide titles that a narrower one showed: no cliffs. The fold
/// cells and the order of folding steps do not depend on the width, so a wider canvas tries
/// the same folds with more room.
@Suite struct NoCliffTests {
  @Test(arguments: Array(UInt64(1)...24))
  func shownInFullNeverFallsAsTheWidthGrows(seed: UInt64) {
    var rng = SplitMix64(seed: seed + 500)
    let count = [12, 25, 40, 60][Int(seed % 4)]
    let timeline = SyntheticTimeline.make(events: count, using: &rng)
    var best = -1
    for width in [900.0, 1200, 1600, 2000, 2600] {
      let layout = TimelineLayoutEngine(measurer: FixedAdvanceTextMeasurer(), options: LayoutOptions(width: width))
        .layout(timeline)
      let shown = layout.geometry.eventsShownInFull
      #expect(
        shown >= best,
        "seed \(seed): \(shown) titles in full at \(Int(width)) px, \(best) at a narrower width")
      best = max(best, shown)
    }
  }
}
