/// Places point-event labels in stacks above and below the axis, each label joined to its
/// date by a leader; labels may move sideways from their dates (the approach of labella.js
/// and d3-milestones, solved greedily and deterministically).
///
/// A label is a flag: its text starts `textInset` right of a vertical pole at the box's left
/// edge. The leader runs from the marker on the axis up to the side's leader zone, bends
/// across it to the pole, and follows the pole to the label's far edge. Heights are
/// distances outward from the zone's outer edge, so the caller maps them to y once the
/// zones above and below are known.
///
/// Requests are placed from the latest anchor to the earliest. For each label every side,
/// width variant and sideways offset is tried at the lowest height it fits, and the cheapest
/// wins: its far edge plus ``shiftCost`` per unit moved. By construction:
/// - poles on a side run in the order of their anchors, at least ``poleGap`` apart, so the
///   leaders' bends (which all share the zone) never cross, and labels at one height read
///   in date order;
/// - no two label boxes come closer than the gaps, and none leaves `minX...maxX`;
/// - no pole runs through another label's text: a pole under a label's text stops below it;
/// - no label moves more than ``maxShift`` from its anchor;
/// - a label that fits nowhere below ``sideLimit`` is reported, not placed.
struct LabelPlacement {
  /// One way to draw a label: its box size (the gap beside the pole included).
  struct Variant: Equatable {
    var width: Double
    var height: Double
  }

  /// A label to place; all its variants are tried.
  struct Request {
    var id: Int
    var anchorX: Double
    var variants: [Variant]
    /// The sides the label may go on.
    var sides: [LayoutGeometry.Side] = [.above, .below]
  }

  struct Placed: Equatable {
    var id: Int
    var anchorX: Double
    var side: LayoutGeometry.Side
    /// The box; the pole stands at `minX`.
    var minX: Double
    var maxX: Double
    /// Distance of the box's near edge from the zone's outer edge.
    var near: Double
    /// Distance of the box's far edge; the pole runs from 0 to here.
    var far: Double
    /// Which of the request's variants was used.
    var variant = 0
    /// Set on the rare label that found no place keeping every promise (more labels than
    /// poles fit on the width): it is put on top, and leaders may cross it.
    var crossesStems = false

    var poleX: Double { minX }

    /// The part of the box that holds text (the box less the gap beside the pole).
    func textSpan(inset: Double) -> ClosedRange<Double> {
      (minX + inset)...max(minX + inset, maxX)
    }
  }

  /// The result: one entry per request, in request order; `nil` where the request did not
  /// fit below ``sideLimit``.
  struct Outcome {
    var placed: [Placed?]
    var overflowing: [Int] { placed.indices.filter { placed[$0] == nil } }
  }

  var minX: Double
  var maxX: Double
  var horizontalGap: Double
  var verticalGap: Double
  var textInset: Double
  /// The least distance between two poles on one side.
  var poleGap = 5.0
  /// How far a label may move sideways from its anchor.
  var maxShift = 360.0
  /// What a unit of sideways movement costs, in units of height.
  var shiftCost = 0.45
  /// The greatest far edge allowed on either side.
  var sideLimit = Double.infinity
  /// The least clearance between a pole and another label's text.
  var clearance = 3.0
  /// Per side, x ranges no pole may stand in (below the axis: the text of range bars, which
  /// poles pass on their way to the labels beyond the bars); sorted, not overlapping.
  var forbiddenPoles = PerSide<[ClosedRange<Double>]>(repeating: [])

  /// Places every request it can within ``sideLimit``.
  func place(_ requests: [Request]) -> Outcome {
    let order = requests.indices.sorted { a, b in
      requests[a].anchorX != requests[b].anchorX
        ? requests[a].anchorX > requests[b].anchorX : requests[a].id > requests[b].id
    }
    // Per side, labels in placement order: poles decrease along each list.
    var bySide = PerSide<[Placed]>(repeating: [])
    var result = [Placed?](repeating: nil, count: requests.count)
    for (position, index) in order.enumerated() {
      let request = requests[index]
      // Keep a pole's width of room at the left edge for every label still to come, so that
      // labels moved left never leave an earlier one without a place.
      let reserve = minX + poleGap * Double(order.count - 1 - position)
      var best: (placed: Placed, cost: Double)?
      for side in request.sides {
        let placed = bySide[side]
        for (variantIndex, variant) in request.variants.enumerated() {
          guard var candidate = cheapest(request, variant, side: side, among: placed, reserve: reserve) else {
            continue
          }
          candidate.placed.variant = variantIndex
          if best == nil || candidate.cost < (best?.cost ?? .infinity) - 0.001 { best = candidate }
        }
      }
      guard let chosen = best?.placed else { continue }
      bySide[chosen.side].append(chosen)
      result[index] = chosen
    }
    return Outcome(placed: result)
  }

  /// Places every request, going past ``sideLimit`` where it must; a request that fits
  /// nowhere at all is stacked on top and marked `crossesStems`.
  func placeAll(_ requests: [Request]) -> [Placed] {
    var unlimited = self
    unlimited.sideLimit = .infinity
    var outcome = unlimited.place(requests)
    for index in outcome.overflowing {
      let request = requests[index]
      let variant = request.variants.first ?? Variant(width: 0, height: 0)
      let side = request.sides.first ?? .above
      let top =
        outcome.placed.compactMap { $0 }.filter { $0.side == side }.map { $0.far + verticalGap }.max() ?? 0
      let x0 = min(max(request.anchorX, minX), max(minX, maxX - variant.width))
      outcome.placed[index] = Placed(
        id: request.id, anchorX: request.anchorX, side: side, minX: x0, maxX: x0 + variant.width, near: top,
        far: top + variant.height, crossesStems: true)
    }
    return outcome.placed.compactMap { $0 }
  }

  /// The cheapest valid placement of `request` on `side` with `variant`, among the offsets
  /// that put it at its anchor or just left of a label already placed.
  private func cheapest(
    _ request: Request, _ variant: Variant, side: LayoutGeometry.Side, among placed: [Placed], reserve: Double
  ) -> (placed: Placed, cost: Double)? {
    let w = variant.width
    var upper = min(maxX - w, request.anchorX + maxShift)
    if let last = placed.last { upper = min(upper, last.poleX - poleGap) }
    // Moving at most `maxShift`, unless the labels after it already stand farther left.
    let lower = max(minX, reserve, min(request.anchorX - maxShift, upper))
    guard upper >= lower - 0.001 else { return nil }
    // Labels that can matter: those whose box starts before this one could end (the list
    // runs by decreasing pole, so they are at its end).
    var nearby: [Placed] = []
    for other in placed.reversed() {
      if other.minX >= upper + w + horizontalGap + clearance { break }
      nearby.append(other)
    }
    var offsets = [min(max(request.anchorX, lower), upper)]
    for other in nearby {
      for edge in [other.minX - horizontalGap - w, other.minX - clearance - w] where edge >= lower && edge <= upper {
        offsets.append(edge)
      }
    }
    let forbidden = forbiddenPoles[side]
    if !forbidden.isEmpty {
      // Poles may stand just outside any forbidden range in reach.
      for range in forbidden where range.upperBound >= lower - clearance && range.lowerBound <= upper + clearance {
        for edge in [range.lowerBound - clearance - 0.5, range.upperBound + clearance + 0.5]
        where edge >= lower && edge <= upper {
          offsets.append(edge)
        }
      }
      offsets = offsets.filter { x in
        !forbidden.contains { $0.lowerBound - clearance < x && x < $0.upperBound + clearance }
      }
    }
    var best: (placed: Placed, cost: Double)?
    for x0 in offsets {
      let near = lowestNear(x0: x0, variant: variant, among: nearby)
      let far = near + variant.height
      guard far <= sideLimit + 0.001 else { continue }
      let cost = far + shiftCost * abs(x0 - request.anchorX)
      if best == nil || cost < (best?.cost ?? .infinity) - 0.001 {
        best = (
          Placed(
            id: request.id, anchorX: request.anchorX, side: side, minX: x0, maxX: x0 + w, near: near, far: far),
          cost
        )
      }
    }
    return best
  }

  /// The lowest near edge at which a box starting at `x0` clears every nearby label: boxes
  /// keep the gaps, and a pole under this label's text must end below it.
  private func lowestNear(x0: Double, variant: Variant, among nearby: [Placed]) -> Double {
    let x1 = x0 + variant.width
    let text = (x0 + textInset)...max(x0 + textInset, x1)
    // Open intervals of forbidden near edges.
    var forbidden: [(from: Double, to: Double)] = []
    for other in nearby {
      if x0 < other.maxX + horizontalGap && other.minX < x1 + horizontalGap {
        forbidden.append((other.near - verticalGap - variant.height, other.far + verticalGap))
      }
      if other.poleX > text.lowerBound - clearance && other.poleX < text.upperBound + clearance {
        forbidden.append((-Double.infinity, other.far + verticalGap))
      }
    }
    forbidden.sort { $0.from < $1.from }
    var near = 0.0
    for interval in forbidden where interval.to > near {
      if interval.from >= near { break }
      near = interval.to
    }
    return near
  }
}
