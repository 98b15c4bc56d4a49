/// Ticks on a zone's real wall clock, for axes whose positions are instants.
///
/// Ticks fall on round wall-clock readings of the zone (midnights, 06:00, the 1st of a month),
/// each at the first instant the clock shows it, so labels always read real local time:
/// - in a spring-forward gap, clock readings that never existed get no tick (Berlin's hourly
///   ticks on 27 March 2022 run 01:00, 03:00); a day or longer tick whose midnight was
///   skipped stands where that day began;
/// - in a fall-back overlap, readings the clock shows a second time get no second tick, so no
///   label repeats: the cell starting at the repeated reading is longer (Berlin's hourly cell
///   "02:00" on 30 October 2022 lasts two hours).
///
/// In a zone with a fixed offset these are the wall-clock ticks of ``floor(_:)`` and
/// ``next(_:)`` shifted by the offset.
extension CalendarInterval {
  /// The latest tick at or before the instant `t`.
  public func floor(_ t: AxisTime, in zone: DisplayZone) -> AxisTime {
    if zone.hasFixedOffset {
      let offset = Double(zone.offsetSeconds(at: t))
      return floor(t + offset) - offset
    }
    var wall = floor(zone.latestWallSeconds(upTo: t))
    for _ in 0..<8 {
      if isCalendarDay {
        let instant = zone.resolve(CivilDateTime(axisTime: wall)).instant
        if instant <= t { return instant }
        wall = floor(wall - 1)
        continue
      }
      // The clock reads less than `wall` this long before `t` (a tick is at most 12 hours).
      let searchFrom = t - approximateDuration - 2 * DisplayZone.longestShift
      let instant = zone.firstInstant(reaching: wall, from: searchFrom)
      let reading = zone.wallSeconds(at: instant)
      if reading == wall, instant <= t { return instant }
      // The reading fell in a gap: take the last tick before the gap began.
      wall = floor(reading == wall ? wall - 1 : zone.wallSeconds(at: instant - 1))
    }
    return zone.resolve(CivilDateTime(axisTime: wall)).instant
  }

  /// The first tick after the tick `t`.
  public func next(_ t: AxisTime, in zone: DisplayZone) -> AxisTime {
    if zone.hasFixedOffset {
      let offset = Double(zone.offsetSeconds(at: t))
      return next(t + offset) - offset
    }
    var wall = next(floor(zone.latestWallSeconds(upTo: t)))
    for _ in 0..<8 {
      let instant =
        isCalendarDay ? zone.resolve(CivilDateTime(axisTime: wall)).instant : zone.firstInstant(reaching: wall, from: t)
      let reading = zone.wallSeconds(at: instant)
      if instant > t, reading == wall || isCalendarDay { return instant }
      // The reading fell in a gap (or, oddly, not after `t`): take the next one the clock shows.
      wall = instant > t ? ceil(reading) : next(wall)
    }
    return zone.firstInstant(reaching: wall, from: t)
  }

  /// The first tick at or after the instant `t`.
  public func ceil(_ t: AxisTime, in zone: DisplayZone) -> AxisTime {
    let f = floor(t, in: zone)
    return f < t ? next(f, in: zone) : f
  }

  /// Ticks from `floor(start)` through the first tick at or after `end`, at most `limit` of them.
  public func ticks(from start: AxisTime, through end: AxisTime, limit: Int = 20_000, in zone: DisplayZone)
    -> [AxisTime]
  {
    var result: [AxisTime] = []
    var t = floor(start, in: zone)
    while result.count < limit {
      result.append(t)
      if t >= end { break }
      t = next(t, in: zone)
    }
    return result
  }

  /// Days and longer units tick at the start of a day even when its midnight was skipped.
  private var isCalendarDay: Bool { unit >= .day }
}
