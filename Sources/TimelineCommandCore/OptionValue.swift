import ArgumentParser

/// A render option's value, typed: one parser reads it from a flag (through
/// `ExpressibleByArgument`) and from a batch manifest's text, and ``text`` writes it back the
/// way a manifest does (a batch stamp hashes that text).
package protocol OptionValue: ExpressibleByArgument, Sendable {
  /// The value as a manifest writes it: `170mm`, `300.0`, `dark`.
  var text: String { get }
  /// Why `text` is not a value of this type, for a manifest's message, or `nil` when it is one.
  static func problem(with text: String) -> String?
}

extension OptionChoice {
  package var text: String { rawValue }

  package static func problem(with text: String) -> String? {
    Self(argument: text) == nil ? "'\(text)' is none of \(valueList)" : nil
  }
}
