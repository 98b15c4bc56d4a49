import Foundation

/// Whether this process prints errors only: set once by a command from `-q` before any work
/// starts, read by the printers.
package enum Verbosity {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var storedQuiet = false

  /// Whether to print errors only; kept per run while output is captured.
  package static var quiet: Bool {
    get {
      if let capture = StandardStreams.capture { return capture.quiet }
      return lock.withLock { storedQuiet }
    }
    set {
      if let capture = StandardStreams.capture {
        capture.quiet = newValue
        return
      }
      lock.withLock { storedQuiet = newValue }
    }
  }
}

extension StandardStreams {
  /// Prints a warning, a note or a progress line to stderr, unless `-q` was given.
  package static func printNotice(_ line: String) {
    if !Verbosity.quiet { printError(line) }
  }
}
