import Foundation

/// A value that a typed field refuses when it is made: a colour that is not `#rrggbb`, a
/// time zone that is not an IANA name. The message is the one ``Timeline/validate(name:)``
/// and the loader give for the same value in a file.
public struct InvalidValueError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
  /// The value as given.
  public var value: String
  /// Why it is refused, and what to give instead.
  public var message: String

  /// The error for `value`, saying why in `message`.
  public init(value: String, message: String) {
    self.value = value
    self.message = message
  }

  /// The message.
  public var description: String { message }

  /// The message: `"blood red" is not a colour like #d55e00`.
  public var errorDescription: String? { message }
}
