import TimeAxis

/// The stretches of time that fold together into clusters: calendar cells (months, years,
/// decades …) chosen from the timeline's extent alone, never from the canvas width.
///
/// Because the cells do not follow the axis ticks, a wider canvas offers the folding the very
/// same steps in the very same order as a narrower one, only with more room for each: what
/// fits narrow fits wide, so widening a timeline never folds titles a narrower canvas showed
/// (no cliffs).
enum FoldCells {
  /// About how many cells a timeline's extent is cut into (the default width's tick count).
  static let targetCount = 11.0

  /// The start of every cell covering `extent`, in time order; never finer than `finestUnit`
  /// (the unit the dates are written in).
  static func starts(extent: ClosedRange<AxisTime>, finestUnit: CalendarUnit) -> [AxisTime] {
    let lo = extent.lowerBound
    let hi = max(extent.upperBound, lo + 1)
    let candidates = TickIntervalTable.candidates(span: hi - lo, targetCount: targetCount)
    guard let interval = candidates.first(where: { $0.unit >= finestUnit }) ?? candidates.last else { return [lo] }
    let ticks = interval.ticks(from: lo, through: hi, limit: 4 * Int(targetCount) + 4)
    return ticks.isEmpty ? [lo] : ticks
  }
}
