/// Packs point labels into rows above and below the axis and spreads each side's labels
/// around their dates, for ``LabelPlacement``'s kind of label (a flag on a pole at its left
/// edge, joined to its date by a leader).
///
/// Three steps, all deterministic:
/// 1. **Rows.** From the latest date back, each label takes the side and row (at most
///    `rows` per side) that lets it stand nearest its date. A label in row `r` casts a
///    shadow over rows `r` and up until its end, which later labels in those rows must clear;
///    a later label in a lower row may start right after its pole (a staircase), which is
///    what lets `k` rows hold `k` labels per label width.
/// 2. **Positions.** Per side, the least distance between consecutive poles that keeps every
///    shadow clear is fixed by the rows; under those distances the poles are placed as near
///    their dates as possible in the least-squares sense (isotonic regression by pooling
///    adjacent violators), so a crowd spreads both ways from its dates instead of drifting
///    one way. Then clamped into the bounds.
/// 3. **Heights.** Row by row, each label drops to the lowest height clear of the labels of
///    lower rows that it meets (boxes that overlap across, or a pole under its text).
///
/// The result keeps ``LabelPlacement``'s promises by construction except for forbidden pole
/// ranges; ``LabelPlacement/isValid(_:for:)`` checks them all, and callers fall back to the
/// greedy placement when it fails.
struct RowPacking {
  let placement: LabelPlacement

  /// The variant number that picks, label by label, the variant covering the least area.
  static let leastArea = -1

  /// Places every request using variant `variant` (or its last; or per label the smallest,
  /// for ``leastArea``) with at most `rows` rows per side; `nil` when the labels cannot fit
  /// the width that way.
  func pack(_ requests: [LabelPlacement.Request], variant: Int, rows: Int) -> [LabelPlacement.Placed]? {
    let order = requests.indices.sorted {
      requests[$0].anchorX != requests[$1].anchorX
        ? requests[$0].anchorX < requests[$1].anchorX : requests[$0].id < requests[$1].id
    }
    // Variant `leastArea` picks, per label, the variant covering the least area.
    func choice(_ index: Int) -> Int {
      let variants = requests[index].variants
      guard variant == Self.leastArea else { return min(variant, variants.count - 1) }
      return variants.indices.min {
        variants[$0].width * variants[$0].height < variants[$1].width * variants[$1].height
      }
        ?? 0
    }
    func size(_ index: Int) -> LabelPlacement.Variant { requests[index].variants[choice(index)] }
    guard let assignment = assignRows(requests, order: order, size: size, rows: rows) else { return nil }
    var result = [LabelPlacement.Placed?](repeating: nil, count: requests.count)
    for side in [LayoutGeometry.Side.above, .below] {
      let members = order.filter { assignment[$0].side == side }
      guard !members.isEmpty else { continue }
      guard
        let poles = positions(
          members, rows: assignment, requests: requests, size: size, forbidden: placement.forbiddenPoles[side])
      else { return nil }
      var placed: [LabelPlacement.Placed] = zip(members, poles).map { index, pole in
        LabelPlacement.Placed(
          id: requests[index].id, anchorX: requests[index].anchorX, side: side, minX: pole,
          maxX: pole + size(index).width,
          near: 0, far: size(index).height, variant: choice(index))
      }
      settle(&placed, rows: members.map { assignment[$0].row })
      for (index, spot) in zip(members, placed) { result[index] = spot }
    }
    return result.compactMap { $0 }.count == requests.count ? result.compactMap { $0 } : nil
  }

  /// Step 1: a side and a row for each request, from the latest anchor back.
  private func assignRows(
    _ requests: [LabelPlacement.Request], order: [Int], size: (Int) -> LabelPlacement.Variant, rows: Int
  ) -> [(side: LayoutGeometry.Side, row: Int)]? {
    var assignment = [(side: LayoutGeometry.Side, row: Int)](repeating: (.above, 0), count: requests.count)
    // Per side: the leftmost box start in each row, and the leftmost pole.
    var rowStart = PerSide(repeating: [Double](repeating: .infinity, count: rows))
    var leftmostPole = PerSide(repeating: Double.infinity)
    for index in order.reversed() {
      let request = requests[index]
      let w = size(index).width
      var best: (side: LayoutGeometry.Side, row: Int, pole: Double, cost: Double)?
      for side in request.sides {
        let starts = rowStart[side]
        var shadow = Double.infinity
        // Rows from the top down, so that `shadow` is the leftmost start at this row or above.
        var candidates: [(row: Int, pole: Double)] = []
        for row in stride(from: rows - 1, through: 0, by: -1) {
          shadow = min(shadow, starts[row])
          let pole = min(
            request.anchorX, shadow - w - placement.horizontalGap,
            leftmostPole[side] - placement.poleGap,
            placement.maxX - w)
          if pole >= placement.minX - 0.001 { candidates.append((row, pole)) }
        }
        for candidate in candidates {
          // Moving costs; a higher row costs a little, so sparse stretches stay on the first.
          let cost = abs(request.anchorX - candidate.pole) + Double(candidate.row) * 2
          if best == nil || cost < (best?.cost ?? .infinity) - 0.001
            || (abs(cost - (best?.cost ?? 0)) <= 0.001 && candidate.row < (best?.row ?? 0))
          {
            best = (side, candidate.row, candidate.pole, cost)
          }
        }
      }
      guard let best else { return nil }
      assignment[index] = (best.side, best.row)
      rowStart[best.side][best.row] = best.pole
      leftmostPole[best.side] = best.pole
    }
    return assignment
  }

  /// Step 2: the poles of one side's labels (in anchor order), as near their anchors as the
  /// rows allow, then stepped out of `forbidden` ranges where the neighbours leave room;
  /// `nil` when they cannot fit between the bounds.
  private func positions(
    _ members: [Int], rows: [(side: LayoutGeometry.Side, row: Int)], requests: [LabelPlacement.Request],
    size: (Int) -> LabelPlacement.Variant, forbidden: [ClosedRange<Double>]
  ) -> [Double]? {
    let rowCount = (members.map { rows[$0].row }.max() ?? 0) + 1
    // The tightest packing from 0: each pole after the previous one and clear of every
    // shadow over its row.
    var packed: [Double] = []
    var ends = [Double](repeating: -Double.infinity, count: rowCount)
    for (position, index) in members.enumerated() {
      let row = rows[index].row
      var start = position == 0 ? 0 : packed[position - 1] + placement.poleGap
      for lower in 0..<row where ends[lower] > -Double.infinity {
        // Past the end of the text, with a little more air than the minimum clearance.
        start = max(start, ends[lower] + placement.clearance + placement.textInset)
      }
      if ends[row] > -Double.infinity { start = max(start, ends[row] + placement.horizontalGap) }
      packed.append(start)
      ends[row] = max(ends[row], start + size(index).width)
    }
    // Isotonic regression of the targets (anchor less packed offset), by pooling.
    let targets = zip(members, packed).map { requests[$0].anchorX - $1 }
    var blocks: [(sum: Double, count: Double)] = []
    for target in targets {
      blocks.append((target, 1))
      while blocks.count > 1,
        blocks[blocks.count - 2].sum / blocks[blocks.count - 2].count > blocks[blocks.count - 1].sum
          / blocks[blocks.count - 1].count
      {
        let last = blocks.removeLast()
        blocks[blocks.count - 1].sum += last.sum
        blocks[blocks.count - 1].count += last.count
      }
    }
    var offsets: [Double] = []
    for block in blocks {
      offsets += Array(repeating: block.sum / block.count, count: Int(block.count))
    }
    // Bounds: the offsets stay non-decreasing, so clamp by the tightest bound from each end.
    var upper = Double.infinity
    var highs = [Double](repeating: 0, count: members.count)
    for position in stride(from: members.count - 1, through: 0, by: -1) {
      upper = min(upper, placement.maxX - size(members[position]).width - packed[position])
      highs[position] = upper
    }
    let low = placement.minX - packed[0]
    var result: [Double] = []
    for position in members.indices {
      guard low <= highs[position] + 0.001 else { return nil }
      result.append(min(max(offsets[position], low), highs[position]) + packed[position])
    }
    let margin = placement.clearance + 0.5
    for position in result.indices {
      guard
        let range = forbidden.first(where: {
          $0.lowerBound - margin < result[position] && result[position] < $0.upperBound + margin
        })
      else { continue }
      let least = position == 0 ? placement.minX : result[position - 1] + packed[position] - packed[position - 1]
      let most =
        position == result.count - 1
        ? placement.maxX - size(members[position]).width
        : result[position + 1] - (packed[position + 1] - packed[position])
      let steps = [range.lowerBound - margin, range.upperBound + margin].sorted {
        abs($0 - result[position]) < abs($1 - result[position])
      }
      if let step = steps.first(where: { $0 >= least - 0.001 && $0 <= most + 0.001 }) { result[position] = step }
    }
    return result
  }

  /// Step 3: each label as low as the labels of lower rows allow.
  private func settle(_ placed: inout [LabelPlacement.Placed], rows: [Int]) {
    let byRow = placed.indices.sorted { rows[$0] != rows[$1] ? rows[$0] < rows[$1] : $0 < $1 }
    let inset = placement.textInset
    for (position, j) in byRow.enumerated() {
      var near = 0.0
      for i in byRow[..<position] where rows[i] < rows[j] {
        let a = placed[i]
        let b = placed[j]
        let boxes = a.minX < b.maxX + placement.horizontalGap && b.minX < a.maxX + placement.horizontalGap
        let aText = a.textSpan(inset: inset)
        let bText = b.textSpan(inset: inset)
        let poleUnder =
          (a.poleX > bText.lowerBound - placement.clearance && a.poleX < bText.upperBound + placement.clearance)
          || (b.poleX > aText.lowerBound - placement.clearance && b.poleX < aText.upperBound + placement.clearance)
        if boxes || poleUnder { near = max(near, a.far + placement.verticalGap) }
      }
      let height = placed[j].far - placed[j].near
      placed[j].near = near
      placed[j].far = near + height
    }
  }
}

extension LabelPlacement {
  /// Whether `placed` (one entry per request, in request order) keeps every promise of the
  /// placement: inside the bounds, boxes apart, poles in anchor order on each side and out of
  /// forbidden ranges, no pole through another label's text.
  func isValid(_ placed: [Placed], for requests: [Request]) -> Bool {
    guard placed.count == requests.count else { return false }
    for p in placed {
      if p.minX < minX - 0.001 || p.maxX > maxX + 0.001 { return false }
      let forbidden = forbiddenPoles[p.side]
      if forbidden.contains(where: { $0.lowerBound - clearance < p.poleX && p.poleX < $0.upperBound + clearance }) {
        return false
      }
    }
    for side in [LayoutGeometry.Side.above, .below] {
      let mine = placed.filter { $0.side == side }.sorted { $0.poleX < $1.poleX }
      for (a, b) in zip(mine, mine.dropFirst()) where b.poleX - a.poleX < poleGap - 0.001 || b.anchorX < a.anchorX {
        return false
      }
      for (index, a) in mine.enumerated() {
        for b in mine[(index + 1)...] {
          if b.minX >= a.maxX + horizontalGap && b.poleX >= a.maxX + clearance { break }
          let boxes =
            a.minX < b.maxX + horizontalGap - 0.001 && b.minX < a.maxX + horizontalGap - 0.001
            && a.near < b.far + verticalGap - 0.001 && b.near < a.far + verticalGap - 0.001
          if boxes { return false }
          let aText = a.textSpan(inset: textInset)
          if b.poleX > aText.lowerBound - clearance, b.poleX < aText.upperBound + clearance, a.near < b.far - 0.001 {
            return false
          }
        }
      }
    }
    return true
  }
}
