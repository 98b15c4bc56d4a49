import Foundation

/// An IANA time zone name, checked when made: `Asia/Almaty`, `Europe/Paris`, `UTC`. The zone
/// in which a ``Timeline`` shows times, as a typed value.
///
/// ```swift
/// var timeline = Timeline(events: events)
/// timeline.zone = try TimeZoneName("Asia/Almaty")
/// _ = try TimeZoneName("Mars/Olympus_Mons")  // throws InvalidValueError
/// ```
public struct TimeZoneName: Hashable, Sendable, CustomStringConvertible {
  /// The IANA identifier, as given.
  public let identifier: String

  /// The zone named `identifier`, or ``InvalidValueError`` when the system knows no such zone.
  public init(_ identifier: String) throws(InvalidValueError) {
    guard TimeZone(identifier: identifier) != nil else {
      throw InvalidValueError(
        value: identifier,
        message: "\"\(identifier)\" is not a time zone (use an IANA name like Asia/Almaty or UTC)")
    }
    self.identifier = identifier
  }

  /// Coordinated Universal Time, a timeline's zone when none is given.
  public static let utc = TimeZoneName(known: "UTC")

  private init(known identifier: String) { self.identifier = identifier }

  /// The identifier.
  public var description: String { identifier }
}

extension Timeline {
  /// ``timezone`` as a checked value: `nil` when it names no zone (which
  /// ``validate(name:)`` reports as an error).
  public var zone: TimeZoneName? {
    get { try? TimeZoneName(timezone) }
    set { timezone = (newValue ?? .utc).identifier }
  }
}
