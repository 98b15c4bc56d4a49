import ArgumentParser
import Foundation
import TimelineModel

/// `timeline validate FILES...`: every problem, compiler style; exit 0 or 65.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check event files and report every problem with its file, line, column and field.")

  @Argument(help: "Event files (JSON or YAML), or - for stdin.")
  var inputs: [String]

  func run() throws {
    var worst = ExitStatus.ok
    for input in inputs {
      do {
        let data = try InputReader.read(input)
        let loaded = try EventFile.load(data, name: input == "-" ? "<stdin>" : input)
        for warning in loaded.warnings { StandardStreams.printError(warning.description) }
      } catch {
        for line in error.lines { StandardStreams.printError(line) }
        worst = max(worst, error.status)
      }
    }
    if worst != ExitStatus.ok { throw ExitCode(worst) }
  }

}
