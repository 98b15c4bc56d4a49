/// Places point-event labels as flags beside vertical stems, above and below the axis.
///
/// Each label is a box of known size whose stem stands at its anchor's x; the text starts
/// `textInset` from the stem. A flag sits to the right of its stem, or to its left when the
/// right side would leave the canvas.
///
/// A stem rises from the axis, so it would cut through any label on its side that covers
/// its x and is nearer the axis. Right flags only cover anchors to their right, left flags
/// only anchors to their left; so right flags are placed from right to left and then left
/// flags from left to right (same anchor: file order), each at the lowest free height on
/// whichever side keeps it nearer the axis, ties going above. By construction:
/// - no two label boxes come closer than the gaps, and none leaves `minX...maxX`;
/// - no stem runs through another label's text (only the rare label that cannot find such
///   a spot on either side is put on top, and `crossesStems` says so: stems may cross it,
///   and its own stem may cross others);
/// - labels on the same instant stack outwards in file order.
///
/// Heights are distances outward from the side's baseline (the axis edge), so the caller maps
/// them to y once the zones above and below are known.
struct LabelPlacement {
  /// One way to draw a label: its size and the side of the stem its text goes on.
  struct Variant {
    var width: Double
    var height: Double
    var flagsRight: Bool
  }

  /// A label to place: the first variant is preferred, later ones are tried when the first
  /// can only be placed with a stem through some text.
  struct Request {
    var id: Int
    var anchorX: Double
    var variants: [Variant]
    /// The sides the label may go on, in order of preference (below is left out where a stem
    /// would cross a bar's label).
    var sides: [LayoutGeometry.Side] = [.above, .below]
  }

  struct Placed {
    var id: Int
    var anchorX: Double
    var side: LayoutGeometry.Side
    var minX: Double
    var maxX: Double
    /// Distance of the box's near edge from the baseline.
    var near: Double
    /// Distance of the box's far edge from the baseline; the stem runs from 0 to here.
    var far: Double
    var flagsRight: Bool
    /// Which of the request's variants was used.
    var variant = 0
    /// Whether this label had to be placed where a stem crosses some text.
    var crossesStems = false

    /// The part of the box that holds text (the box less the gap beside the stem).
    func textSpan(inset: Double) -> ClosedRange<Double> {
      flagsRight ? (minX + inset)...max(minX + inset, maxX) : minX...max(minX, maxX - inset)
    }
  }

  var minX: Double
  var maxX: Double
  var horizontalGap: Double
  var verticalGap: Double
  var textInset: Double

  /// Places every request; the result has one entry per request, in request order.
  func place(_ requests: [Request]) -> [Placed] {
    let flagsRight = requests.map { $0.variants.first?.flagsRight ?? true }
    let order = requests.indices.sorted { a, b in
      if flagsRight[a] != flagsRight[b] { return flagsRight[a] }
      if requests[a].anchorX != requests[b].anchorX {
        return flagsRight[a] ? requests[a].anchorX > requests[b].anchorX : requests[a].anchorX < requests[b].anchorX
      }
      return requests[a].id < requests[b].id
    }
    var placedBySide: [LayoutGeometry.Side: [Placed]] = [.above: [], .below: []]
    var result = [Placed?](repeating: nil, count: requests.count)
    for index in order {
      let request = requests[index]
      var best: Placed?
      for (variantIndex, variant) in request.variants.enumerated() where best == nil {
        for side in request.sides {
          guard var candidate = lowest(request, variant, side: side, among: placedBySide[side] ?? [], strictStems: true)
          else { continue }
          candidate.variant = variantIndex
          if best == nil || candidate.far < (best?.far ?? .infinity) { best = candidate }
        }
      }
      var chosen: Placed
      if let best {
        chosen = best
      } else {
        let variant = request.variants.first ?? Variant(width: 0, height: 0, flagsRight: true)
        let side = request.sides.first ?? .above
        chosen =
          lowest(request, variant, side: side, among: placedBySide[side] ?? [], strictStems: false)
          ?? fallback(request, variant, side: side, among: placedBySide[side] ?? [])
        chosen.crossesStems = true
      }
      placedBySide[chosen.side, default: []].append(chosen)
      result[index] = chosen
    }
    return result.compactMap { $0 }
  }

  /// The lowest valid placement of `request` on `side` with the given flag direction.
  private func lowest(
    _ request: Request, _ variant: Variant, side: LayoutGeometry.Side, among placed: [Placed], strictStems: Bool
  ) -> Placed? {
    let flagsRight = variant.flagsRight
    let x0 = flagsRight ? request.anchorX : request.anchorX - variant.width
    let x1 = x0 + variant.width
    guard x0 >= minX - 0.001, x1 <= maxX + 0.001 else { return nil }
    let reach = horizontalGap + 1
    let nearby = placed.filter { p in
      p.minX < x1 + reach && x0 - reach < p.maxX || (p.anchorX > x0 - reach && p.anchorX < x1 + reach)
    }
    let heights = ([0] + nearby.map { $0.far + verticalGap }).sorted()
    for near in heights {
      let candidate = Placed(
        id: request.id, anchorX: request.anchorX, side: side, minX: x0, maxX: x1, near: near,
        far: near + variant.height, flagsRight: flagsRight)
      if fits(candidate, among: nearby, strictStems: strictStems) { return candidate }
    }
    return nil
  }

  private func fits(_ c: Placed, among placed: [Placed], strictStems: Bool) -> Bool {
    for p in placed {
      let boxesClash =
        c.minX < p.maxX + horizontalGap && p.minX < c.maxX + horizontalGap
        && c.near < p.far + verticalGap && p.near < c.far + verticalGap
      if boxesClash { return false }
      guard strictStems else { continue }
      // Another stem through this text, or this stem through another text.
      let clearance = 2.0
      let cText = c.textSpan(inset: textInset)
      let pText = p.textSpan(inset: textInset)
      if p.anchorX > cText.lowerBound - clearance, p.anchorX < cText.upperBound + clearance, c.near < p.far {
        return false
      }
      if c.anchorX > pText.lowerBound - clearance, c.anchorX < pText.upperBound + clearance, p.near < c.far {
        return false
      }
    }
    return true
  }

  /// Above everything, clamped into the bounds: used only when no side has room.
  private func fallback(_ request: Request, _ variant: Variant, side: LayoutGeometry.Side, among placed: [Placed])
    -> Placed
  {
    let top = (placed.map { $0.far + verticalGap }.max() ?? 0)
    let x0 = min(max(request.anchorX, minX), max(minX, maxX - variant.width))
    return Placed(
      id: request.id, anchorX: request.anchorX, side: side, minX: x0, maxX: x0 + variant.width, near: top,
      far: top + variant.height, flagsRight: x0 >= request.anchorX)
  }
}
