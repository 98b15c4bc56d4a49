import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether a stream may get terminal escapes (a progress bar redrawn in place): only a
/// terminal, and not when `TERM=dumb` or `NO_COLOR` (https://no-color.org) is set.
package enum TerminalStyle {
  /// Whether `fileDescriptor` may get escapes in this process's environment.
  package static func allowsEscapes(fileDescriptor: Int32) -> Bool {
    allowsEscapes(isTerminal: isatty(fileDescriptor) == 1, environment: ProcessInfo.processInfo.environment)
  }

  /// Whether a stream that is (or is not) a terminal may get escapes under `environment`.
  package static func allowsEscapes(isTerminal: Bool, environment: [String: String]) -> Bool {
    guard isTerminal else { return false }
    if environment["TERM"] == "dumb" { return false }
    // NO_COLOR counts when it is present and not empty.
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return true
  }
}
