/// How a wall-clock time maps to an instant in a zone with daylight-saving changes.
///
/// The policy is the default of java.time and TC39 Temporal ("compatible"):
/// - a time in a spring-forward gap, which no clock showed, moves forward by the gap's length
///   (`2022-03-27T02:30` in Europe/Berlin is 03:30 CEST);
/// - a time in a fall-back overlap, which clocks showed twice, is the earlier of the two
///   (`2022-10-30T02:30` in Europe/Berlin is 02:30 CEST, +02:00).
public struct LocalTimeResolution: Equatable, Sendable {
  /// Whether the wall-clock time was shown once, never, or twice.
  public enum Kind: Equatable, Sendable {
    /// Clocks showed it once.
    case unique
    /// Clocks skipped it (spring forward); the instant is after the gap.
    case skipped
    /// Clocks showed it twice (fall back); the instant is the first time.
    case repeated
  }

  /// The instant the wall-clock time is read as.
  public var instant: AxisTime
  /// Whether the wall-clock time existed once, twice or not at all.
  public var kind: Kind
  /// The UTC offset in force at ``instant``, in seconds.
  public var offsetSeconds: Int
  /// The length of the gap or overlap, in seconds (0 for a unique time).
  public var shiftSeconds: Int
}

extension DisplayZone {
  /// Reads a wall-clock time in this zone with the "compatible" policy of
  /// ``LocalTimeResolution``.
  ///
  /// ```swift
  /// let berlin = DisplayZone(identifier: "Europe/Berlin")!
  /// let r = berlin.resolve(CivilDateTime(year: 2022, month: 3, day: 27, hour: 2, minute: 30))
  /// r.kind                            // .skipped
  /// berlin.civil(at: r.instant).hour  // 3
  /// ```
  public func resolve(_ wallClock: CivilDateTime) -> LocalTimeResolution {
    let wall = wallClock.axisTime
    if hasFixedOffset {
      let offset = offsetSeconds(at: wall)
      return LocalTimeResolution(instant: wall - Double(offset), kind: .unique, offsetSeconds: offset, shiftSeconds: 0)
    }
    // The offsets a day either side bracket any change near `wall` (offsets stay within ±14 hours).
    let before = offsetSeconds(at: wall - 86_400)
    let after = offsetSeconds(at: wall + 86_400)
    let valid = (before == after ? [before] : [before, after]).filter {
      offsetSeconds(at: wall - Double($0)) == $0
    }
    let shift = abs(after - before)
    switch valid.count {
    case 2:
      let earlier = max(before, after)
      return LocalTimeResolution(
        instant: wall - Double(earlier), kind: .repeated, offsetSeconds: earlier, shiftSeconds: shift)
    case 1:
      return LocalTimeResolution(
        instant: wall - Double(valid[0]), kind: .unique, offsetSeconds: valid[0], shiftSeconds: 0)
    default:
      // Read with the offset before the gap, the time lands after it, moved forward by its length.
      let instant = wall - Double(before)
      return LocalTimeResolution(
        instant: instant, kind: .skipped, offsetSeconds: offsetSeconds(at: instant), shiftSeconds: shift)
    }
  }

  /// The first instant in `(after, before]` whose offset differs from the one at `after`, or
  /// `nil` when the offset at `before` is the same (one change at most is assumed between them).
  public func transition(after start: AxisTime, before end: AxisTime) -> AxisTime? {
    let offset = offsetSeconds(at: start)
    guard !hasFixedOffset, end > start, offsetSeconds(at: end) != offset else { return nil }
    var low = start.rounded(.down)
    var high = end.rounded(.up)
    while high - low > 1 {
      let middle = ((low + high) / 2).rounded(.down)
      if offsetSeconds(at: middle) == offset { low = middle } else { high = middle }
    }
    return high
  }

  /// The latest wall-clock reading at or before `instant`: its own, or, shortly after clocks
  /// went back, the reading just before they did.
  public func latestWallSeconds(upTo instant: AxisTime) -> AxisTime {
    let wall = wallSeconds(at: instant)
    let lookBack = instant - Self.longestShift
    let earlier = offsetSeconds(at: lookBack)
    guard earlier > offsetSeconds(at: instant), let change = transition(after: lookBack, before: instant) else {
      return wall
    }
    return max(wall, change - 1 + Double(earlier))
  }

  /// The first instant at or after `start` at which the wall clock reads `wall` or later.
  public func firstInstant(reaching wall: AxisTime, from start: AxisTime) -> AxisTime {
    var from = start
    for _ in 0..<6 {
      let offset = offsetSeconds(at: from)
      if from + Double(offset) >= wall { return from }
      let candidate = wall - Double(offset)
      guard let change = transition(after: from, before: candidate) else { return candidate }
      from = change
    }
    return from
  }

  /// No real zone has moved its clocks by more than this at once.
  static let longestShift: AxisTime = 4 * 3600
}
