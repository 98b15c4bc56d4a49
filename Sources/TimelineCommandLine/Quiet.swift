import ArgumentParser
import Foundation
import TimelineCommandCore

/// `-q/--quiet`, shared by the commands that print more than errors.
struct QuietOption: ParsableArguments {
  @Flag(name: [.short, .long], help: "Print errors only: no warnings, progress, summary or list of files written.")
  var quiet = false

  /// Makes this process print as the flag says (see ``Verbosity``).
  func apply() {
    Verbosity.quiet = quiet
  }
}
