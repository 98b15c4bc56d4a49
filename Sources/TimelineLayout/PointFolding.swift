import TimelineScene

/// Chooses which point events get their own label and which fold into clusters, and places
/// the labels: the fewest folds whose labels fit the height budget (see ``FoldPlan`` for the
/// stages, ``PointLabelLayout`` for the placement).
enum PointFolding {
  /// How many folding steps ``plan(_:grouping:labelLayout:blockedBelow:belowOnly:budget:builder:)``
  /// tries to take back after bisection.
  static let unfoldTries = 12

  /// Point labels, one per date wherever their stacks above and below the axis, with their
  /// leaders' bend zones, fit within `budget` of height together; where they do not, crowded
  /// stretches (and only they) are folded into clusters, details first, essential events last
  /// (see ``FoldPlan``).
  ///
  /// Folding goes in a fixed order of steps, densest axis cells first: every cell's details,
  /// then every cell's ordinary events, then neighbouring cells merged, then essentials. The
  /// fewest steps that fit are found by bisection, then up to ``unfoldTries`` steps are taken
  /// back one by one, and clusters list more titles where that still fits: a bounded number
  /// of layouts, whatever the size. If even every step does not fit, nothing is folded:
  /// hiding titles would buy nothing.
  static func plan(
    _ spans: [EventSpan], grouping: PointGrouping, labelLayout: PointLabelLayout, blockedBelow: [ClosedRange<Double>],
    belowOnly: Bool, budget: Double, builder: SceneBuilder
  ) -> (labels: PointLabelLayout.Plan, folds: FoldPlan) {
    // Very long timelines start folded per axis cell: one label per event could not fit anyway.
    let startFolded = spans.count > Int((labelLayout.right - labelLayout.left) / 4)
    let start = FoldPlan(cells: grouping.cellCount, stage: startFolded ? 2 : 0)
    var counts = [Int](repeating: 0, count: grouping.cellCount)
    for span in spans { counts[min(grouping.cell(of: span), counts.count - 1)] += 1 }
    let densest = counts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
      .filter { counts[$0] > 0 }
    let steps = (1...start.finalStage).flatMap { stage in densest.map { (cell: $0, stage: stage) } }
      .filter { $0.stage > start.stage(ofCell: $0.cell) }
    func attempt(_ chosen: some Sequence<(cell: Int, stage: Int)>, listing: Int = PointGrouping.defaultListed) -> (
      labels: PointLabelLayout.Plan, folds: FoldPlan, fits: Bool
    ) {
      var folds = start
      for step in chosen { folds.raise(cell: step.cell, to: step.stage) }
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
    let all = unfolded.fits || steps.isEmpty ? unfolded : attempt(steps)
    if !all.fits {
      // Folding everything does not fit either: keep every title (unless leaders crossed).
      let crossing = unfolded.labels.labels.contains(where: \.placed.crossesStems)
      return crossing ? (all.labels, all.folds) : (unfolded.labels, unfolded.folds)
    }
    var best = unfolded
    var kept: [(cell: Int, stage: Int)] = []
    if !unfolded.fits {
      var low = 0  // does not fit
      var high = steps.count  // fits
      best = all
      while high - low > 1 {
        let middle = (low + high) / 2
        let trial = attempt(steps.prefix(middle))
        if trial.fits {
          high = middle
          best = trial
        } else {
          low = middle
        }
      }
      // A fold can make a stretch taller (a cluster's list), so the prefix may hold steps it
      // does not need: drop each, latest first, where the rest still fits (a few tries only).
      kept = Array(steps.prefix(high))
      for index in kept.indices.reversed().prefix(unfoldTries) {
        var without = kept
        without.remove(at: index)
        let trial = attempt(without)
        if trial.fits {
          kept = without
          best = trial
        }
      }
    }
    // Clusters list as many of their titles as the page holds.
    for listing in [8, 16] where best.fits && best.labels.labels.contains(where: { $0.item.moreCount > 0 }) {
      let trial = attempt(kept, listing: listing)
      guard trial.fits else { break }
      best = trial
    }
    return (best.labels, best.folds)
  }

}
