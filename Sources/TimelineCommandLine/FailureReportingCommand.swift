import ArgumentParser
import TimelineCommandCore

extension CommandFailure {
  /// Prints the lines to stderr and turns the failure into ArgumentParser's exit.
  func exit() -> ExitCode {
    for line in lines { StandardStreams.printError(line) }
    return ExitCode(status)
  }
}

/// A command whose failures are ``CommandFailure``s: `run` prints their lines to stderr and
/// exits with their status.
protocol FailureReportingCommand: ParsableCommand {
  func execute() throws(CommandFailure)
}

extension FailureReportingCommand {
  func run() throws {
    do {
      try execute()
    } catch {
      throw error.exit()
    }
  }
}
