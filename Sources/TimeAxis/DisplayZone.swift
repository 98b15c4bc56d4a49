import Foundation

/// The time zone a timeline is shown in: it turns wall-clock times into instants on the axis
/// and instants back into the wall clock its labels read.
///
/// ```swift
/// let berlin = DisplayZone(identifier: "Europe/Berlin")!
/// // 2022-03-27T00:30Z is 01:30 in Berlin
/// berlin.civil(at: berlin.axisTime(wallClock: CivilDateTime(year: 2022, month: 3, day: 27, minute: 30), utcOffsetMinutes: 0))
/// ```
///
/// Axis positions (``AxisTime``) are instants: seconds since 1970-01-01T00:00Z. A time written
/// with `Z` or `±hh:mm` is that instant; a time without one is wall-clock time in this zone,
/// resolved as java.time and TC39 Temporal do by default ("compatible", see
/// ``resolve(_:)``).
public struct DisplayZone: Equatable, Sendable {
  /// The IANA name of the zone, such as `Asia/Almaty`.
  public let identifier: String
  private let zone: TimeZone
  /// The zone's offset in seconds when it never changes (UTC), so the clock needs no lookups.
  private let fixedOffset: Int?

  /// The zone with an IANA identifier (`"UTC"`, `"Asia/Almaty"`), or `nil` if unknown.
  public init?(identifier: String) {
    guard let zone = TimeZone(identifier: identifier) else { return nil }
    self.identifier = identifier
    self.zone = zone
    let distantPast = Date(timeIntervalSince1970: -4e11)
    fixedOffset =
      zone.nextDaylightSavingTimeTransition(after: distantPast) == nil
        && zone.secondsFromGMT(for: distantPast) == zone.secondsFromGMT(for: Date(timeIntervalSince1970: 4e11))
      ? zone.secondsFromGMT(for: distantPast) : nil
  }

  /// Coordinated Universal Time, the zone when a timeline names none.
  public static let utc = DisplayZone(identifier: "UTC") ?? DisplayZone(fixed: ())

  private init(fixed: Void) {
    identifier = "UTC"
    zone = TimeZone(secondsFromGMT: 0) ?? TimeZone.current
    fixedOffset = 0
  }

  /// Whether the zone's offset never changes, so that wall clock and instants differ by a constant.
  public var hasFixedOffset: Bool { fixedOffset != nil }

  /// Seconds east of UTC in force at `instant`.
  public func offsetSeconds(at instant: AxisTime) -> Int {
    if let fixedOffset { return fixedOffset }
    let clamped = min(max(instant, -4e11), 4e11)
    return zone.secondsFromGMT(for: Date(timeIntervalSince1970: clamped))
  }

  /// The wall clock at `instant`, as seconds since 1970-01-01T00:00 on that clock.
  public func wallSeconds(at instant: AxisTime) -> AxisTime {
    instant + Double(offsetSeconds(at: instant))
  }

  /// The wall-clock date and time at `instant`.
  public func civil(at instant: AxisTime) -> CivilDateTime {
    CivilDateTime(axisTime: wallSeconds(at: instant))
  }

  /// The instant of a wall-clock time written with an optional UTC offset in minutes; without
  /// one, the wall clock is read in this zone (see ``resolve(_:)``).
  public func axisTime(wallClock: CivilDateTime, utcOffsetMinutes: Int?) -> AxisTime {
    guard let utcOffsetMinutes else { return resolve(wallClock).instant }
    return wallClock.axisTime - Double(utcOffsetMinutes * 60)
  }
}
