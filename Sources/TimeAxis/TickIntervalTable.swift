/// The calendar intervals the axis may tick in, finest first.
///
/// Seconds and minutes in 1/5/15/30, hours in 1/3/6/12, days in 1/2, weeks, half-months,
/// months in 1/3/6, and years in 1-2-5 steps up to a millennium. Every step divides its
/// parent unit, so ticks stay on round calendar values.
public enum TickIntervalTable {
  /// Every interval ticks may use, from the finest (one second) to the coarsest, in order.
  public static let intervals: [CalendarInterval] = {
    var list: [CalendarInterval] = []
    list += [1, 5, 15, 30].map { CalendarInterval(.second, $0) }
    list += [1, 5, 15, 30].map { CalendarInterval(.minute, $0) }
    list += [1, 3, 6, 12].map { CalendarInterval(.hour, $0) }
    list += [1, 2].map { CalendarInterval(.day, $0) }
    list.append(CalendarInterval(.week))
    list.append(CalendarInterval(.halfMonth))
    list += [1, 3, 6].map { CalendarInterval(.month, $0) }
    list += [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map { CalendarInterval(.year, $0) }
    return list
  }()

  /// The intervals to try for `span` seconds shown as about `targetCount` cells, best first.
  ///
  /// Like d3's `tickInterval`: the ideal cell is `span / targetCount`; of the two table
  /// entries around it, the one nearer by ratio comes first, followed by every coarser
  /// interval as a fallback for labels that do not fit. Never empty.
  public static func candidates(span: Double, targetCount: Double) -> [CalendarInterval] {
    let ideal = max(span, 1) / max(targetCount, 1)
    guard let above = intervals.firstIndex(where: { $0.approximateDuration >= ideal }) else {
      return [intervals[intervals.count - 1]]
    }
    var first = above
    if above > 0, ideal / intervals[above - 1].approximateDuration < intervals[above].approximateDuration / ideal {
      first = above - 1
    }
    return Array(intervals[first...])
  }
}
