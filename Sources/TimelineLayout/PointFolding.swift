import TimelineScene

/// Chooses which point events get their own label and which fold into clusters, and places
/// the labels: the fewest folds whose labels fit the height budget (see ``FoldPlan`` for the
/// stages, ``FoldCells`` for the cells, ``PointLabelLayout`` for the placement).
enum PointFolding {
  /// One folding step: raise a cell to a stage.
  typealias Step = (cell: Int, stage: Int)

  /// How hard the search tries: steps tried one by one before bisecting, and steps then
  /// taken back one by one. Larger timelines get fewer tries, so the time spent (each layout
  /// is linear in the labels) stays bounded: near 100 ms for 10,000 events, under 2 s for
  /// 1,000 labels on a 32,767 px poster.
  struct Effort {
    var linearSteps: Int
    var unfoldTries: Int

    static func forEvents(_ count: Int) -> Effort {
      if count <= 80 { return Effort(linearSteps: 10, unfoldTries: 24) }
      return count <= PointLabelLayout.manyLabels
        ? Effort(linearSteps: 0, unfoldTries: 12) : Effort(linearSteps: 0, unfoldTries: 2)
    }
  }

  /// Timelines with more events than this start folded, one cluster per cell, whatever the
  /// width (and so do those with more than one event per 4 px).
  static let startFoldedEvents = 1_000

  /// Point labels, one per date wherever their stacks above and below the axis, with their
  /// leaders' bend zones, fit within `budget` of height together; where they do not, crowded
  /// stretches (and only they) are folded into clusters, details first, essential events last
  /// (see ``FoldPlan``).
  ///
  /// Folding goes in a fixed order of steps, most crowded cell first (the cell whose labels
  /// climb farthest from the axis unfolded, then the one with most events): a cell folds its
  /// details, then its ordinary events, before the next; then cells merge into larger blocks;
  /// essentials fold last. Neighbouring folded cells always share one cluster. The fewest
  /// steps that fit are found (the first few one by one, then by bisection), then steps that
  /// buy nothing are taken back one by one, and clusters list more titles where that still
  /// fits: a bounded number of layouts, whatever the size. If even every step does not fit,
  /// nothing is folded: hiding titles would buy nothing.
  ///
  /// The cells, and so the steps, do not depend on the canvas width, so a wider canvas tries
  /// the same folds with more room: widening does not fold titles a narrower canvas showed.
  static func plan(
    _ spans: [EventSpan], grouping: PointGrouping, labelLayout: PointLabelLayout, blockedBelow: [ClosedRange<Double>],
    belowOnly: Bool, budget: Double, builder: SceneBuilder
  ) -> (labels: PointLabelLayout.Plan, folds: FoldPlan) {
    // Very long timelines start folded per cell: one label per event could not fit anyway.
    let startFolded =
      spans.count > min(startFoldedEvents, Int((labelLayout.right - labelLayout.left) / 4))
    let start = FoldPlan(cells: grouping.cellCount, stage: startFolded ? 2 : 0)
    let effort = Effort.forEvents(spans.count)
    func attempt(_ chosen: [Step], listing: Int = PointGrouping.defaultListed) -> Attempt {
      var folds = start
      for step in chosen { folds.raise(cell: step.cell, to: step.stage) }
      // Where a whole stretch folds, one cluster says it better than several side by side.
      if !startFolded { folds.mergeFoldedNeighbours() }
      var grouping = grouping
      grouping.listedTitles = listing
      let plan = labelLayout.plan(
        grouping.items(spans, plan: folds), blockedBelow: blockedBelow, belowOnly: belowOnly, budget: budget,
        builder: builder)
      // The labels' stacks and the bend zones their leaders need.
      let used = plan.height(.above) + plan.height(.below) + plan.leaderZone(.above) + plan.leaderZone(.below)
      let fits = used <= budget && !plan.labels.contains(where: \.placed.crossesStems)
      return (plan, folds, fits)
    }
    let unfolded = attempt([])
    var best = unfolded
    var kept: [Step] = []
    if !unfolded.fits {
      let steps = orderedSteps(spans, grouping: grouping, start: start, unfolded: unfolded.labels)
      let all = steps.isEmpty ? unfolded : attempt(steps)
      if !all.fits {
        // Folding everything does not fit either: keep every title (unless leaders crossed).
        let crossing = unfolded.labels.labels.contains(where: \.placed.crossesStems)
        return crossing ? (all.labels, all.folds) : (unfolded.labels, unfolded.folds)
      }
      (best, kept) = fewestSteps(steps, all: all, effort: effort, attempt: { attempt($0) })
    }
    // Clusters list as many of their titles as the page holds.
    for listing in [8, 16] where best.labels.labels.contains(where: { $0.item.moreCount > 0 }) {
      let trial = attempt(kept, listing: listing)
      guard trial.fits else { break }
      best = trial
    }
    return (best.labels, best.folds)
  }

  typealias Attempt = (labels: PointLabelLayout.Plan, folds: FoldPlan, fits: Bool)

  /// The fewest of `steps` (a prefix, less the steps that buy nothing) whose layout fits;
  /// `all` is the layout of every step, which fits.
  private static func fewestSteps(
    _ steps: [Step], all: Attempt, effort: Effort, attempt: ([Step]) -> Attempt
  ) -> (best: Attempt, kept: [Step]) {
    // The fewest steps that fit. A fold can make a stretch taller (a cluster's list), so
    // fitting is not monotone in the number of steps: the first steps are tried one by one,
    // beyond them bisection keeps the number of layouts bounded.
    var best = all
    var found = steps.count
    var low = 0  // does not fit
    for count in stride(from: 1, through: min(steps.count, effort.linearSteps), by: 1) {
      let trial = attempt(Array(steps.prefix(count)))
      if trial.fits {
        found = count
        best = trial
        break
      }
      low = count
    }
    if found == steps.count {
      var high = steps.count  // fits
      while high - low > 1 {
        let middle = (low + high) / 2
        let trial = attempt(Array(steps.prefix(middle)))
        if trial.fits {
          high = middle
          best = trial
        } else {
          low = middle
        }
      }
      found = high
    }
    // Folding the most crowded cells first is a guess: some of the steps taken may buy
    // nothing. Drop each, latest first, where the rest still fits.
    var kept = Array(steps.prefix(found))
    for index in kept.indices.reversed().prefix(effort.unfoldTries) {
      var without = kept
      without.remove(at: index)
      let trial = attempt(without)
      if trial.fits {
        kept = without
        best = trial
      }
    }
    return (best, kept)
  }

  /// The folding steps in order: for each cell, most crowded first, its details then its
  /// ordinary events; then the merges into blocks of 2, 4, … cells and the essentials, cell
  /// by cell in the same order. Crowding is how far from the axis a cell's labels climb in
  /// the `unfolded` layout, then how many events the cell holds.
  private static func orderedSteps(
    _ spans: [EventSpan], grouping: PointGrouping, start: FoldPlan, unfolded: PointLabelLayout.Plan
  ) -> [Step] {
    var counts = [Int](repeating: 0, count: grouping.cellCount)
    var cellOfEvent: [Int: Int] = [:]
    for span in spans {
      let cell = min(grouping.cell(of: span), counts.count - 1)
      counts[cell] += 1
      cellOfEvent[span.event.index] = cell
    }
    var climb = [Double](repeating: 0, count: grouping.cellCount)
    for label in unfolded.labels {
      for member in label.item.members {
        guard let cell = cellOfEvent[member] else { continue }
        climb[cell] = max(climb[cell], label.placed.far)
      }
    }
    let crowded = counts.indices.filter { counts[$0] > 0 }.sorted {
      if climb[$0] != climb[$1] { return climb[$0] > climb[$1] }
      return counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1
    }
    let own = crowded.flatMap { cell in (1...min(2, start.finalStage)).map { (cell: cell, stage: $0) } }
    let later =
      start.finalStage < 3 ? [] : (3...start.finalStage).flatMap { stage in crowded.map { (cell: $0, stage: stage) } }
    return (own + later).filter { $0.stage > start.stage(ofCell: $0.cell) }
  }
}
