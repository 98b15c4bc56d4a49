import ArgumentParser
import Foundation

/// `-q/--quiet`, shared by the commands that print more than errors.
struct QuietOption: ParsableArguments {
  @Flag(name: [.short, .long], help: "Print errors only: no warnings, progress, summary or list of files written.")
  var quiet = false

  /// Makes this process print as the flag says (see ``Verbosity``).
  func apply() {
    Verbosity.quiet = quiet
  }
}

/// Whether this process prints errors only: set once by a command from `-q` before any work
/// starts, read by the printers.
enum Verbosity {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var storedQuiet = false

  static var quiet: Bool {
    get { lock.withLock { storedQuiet } }
    set { lock.withLock { storedQuiet = newValue } }
  }
}

extension StandardStreams {
  /// Prints a warning, a note or a progress line to stderr, unless `-q` was given.
  static func printNotice(_ line: String) {
    if !Verbosity.quiet { printError(line) }
  }
}
