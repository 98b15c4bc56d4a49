import ArgumentParser

/// The exit statuses `timeline` uses (BSD sysexits).
public enum ExitStatus {
  public static let ok: Int32 = 0
  public static let usage: Int32 = 64
  public static let dataError: Int32 = 65
  public static let noInput: Int32 = 66
  /// No usable fonts: text cannot be measured or drawn (EX_UNAVAILABLE).
  public static let unavailable: Int32 = 69
  public static let cannotCreate: Int32 = 73
  public static let ioError: Int32 = 74
}

/// A failure to report on stderr and exit with: every line is printed, then the process
/// exits with `status`.
struct CommandFailure: Error {
  var status: Int32
  var lines: [String]

  init(_ status: Int32, _ lines: [String]) {
    self.status = status
    self.lines = lines
  }

  init(_ status: Int32, _ line: String) {
    self.init(status, [line])
  }
}

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
