import Foundation

/// The time zone a timeline is shown in, mapping zoned instants to the axis's wall clock.
///
/// ```swift
/// let almaty = DisplayZone(identifier: "Asia/Almaty")!
/// // 2022-01-05T00:00Z is 06:00 in Almaty
/// almaty.axisTime(wallClock: CivilDateTime(year: 2022, month: 1, day: 5), utcOffsetMinutes: 0)
/// ```
///
/// Wall-clock times without an offset are taken as already in this zone, so they map to
/// the axis unchanged; only times written with `Z` or `±hh:mm` are converted.
public struct DisplayZone: Equatable, Sendable {
  public let identifier: String
  private let zone: TimeZone

  /// The zone with an IANA identifier (`"UTC"`, `"Asia/Almaty"`), or `nil` if unknown.
  public init?(identifier: String) {
    guard let zone = TimeZone(identifier: identifier) else { return nil }
    self.identifier = identifier
    self.zone = zone
  }

  public static let utc = DisplayZone(identifier: "UTC") ?? DisplayZone(fixed: ())

  private init(fixed: Void) {
    identifier = "UTC"
    zone = TimeZone(secondsFromGMT: 0) ?? TimeZone.current
  }

  /// The axis position of a wall-clock time written with an optional UTC offset.
  public func axisTime(wallClock: CivilDateTime, utcOffsetMinutes: Int?) -> AxisTime {
    let wall = wallClock.axisTime
    guard let utcOffsetMinutes else { return wall }
    let utc = wall - Double(utcOffsetMinutes * 60)
    return utc + Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: utc)))
  }
}
