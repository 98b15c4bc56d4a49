import ArgumentParser
import Foundation
import TimelineCommandCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses and runs a `timeline` command line in this process, printing through our own
/// printer: help, `--version` and completion scripts to stdout, every error line to stderr
/// starting `error:` (ArgumentParser's own start `Error:`).
enum CommandRunner {
  /// Runs `arguments` (without the program name) and returns the exit status.
  static func run(_ arguments: [String]) -> Int32 {
    if arguments == ["--version"] {
      _ = StandardStreams.write(fileDescriptor: 1, Data((TimelineCommand.fullVersionText + "\n").utf8))
      return ExitStatus.ok
    }
    if let request = PlainRenderCommandLine.request(arguments) {
      return PlainRenderCommandLine.run(request)
    }
    do {
      var command = try TimelineCommand.parseAsRoot(arguments)
      try command.run()
      return ExitStatus.ok
    } catch {
      return report(error)
    }
  }

  /// Prints what `error` has to say and returns its exit status.
  static func report(_ error: any Error) -> Int32 {
    let status = TimelineCommand.exitCode(for: error).rawValue
    if status == ExitStatus.ok {
      // Help, --version, a completion script: output, not an error.
      let text = TimelineCommand.fullMessage(for: error)
      if !text.isEmpty { _ = StandardStreams.write(fileDescriptor: 1, Data((text + "\n").utf8)) }
      return status
    }
    for line in errorLines(TimelineCommand.message(for: error)) { StandardStreams.printError(line) }
    return status
  }

  /// `message` as error lines: each non-empty line starts `error: ` (a message that already
  /// does is kept; ArgumentParser's `Error: ` is lowercased). Our commands print their own
  /// lines before throwing a bare exit code, whose message is empty.
  static func errorLines(_ message: String) -> [String] {
    message.split(separator: "\n", omittingEmptySubsequences: true).map { line in
      if line.hasPrefix("error: ") { return String(line) }
      if line.hasPrefix("Error: ") { return "error: " + line.dropFirst("Error: ".count) }
      return "error: " + line.trimmingCharacters(in: .whitespaces)
    }
  }

  /// Ends the process with `status`, flushing what `print` buffered (every C stream).
  static func exitProcess(status: Int32) -> Never {
    fflush(nil)
    exit(status)
  }
}
