import ArgumentParser
import Foundation
import TimelineCommandCore
import TimelineModel

/// `timeline validate FILES...`: every problem, compiler style (or as JSON); exit 0 or 65.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check event files and report every problem with its file, line, column and field.")

  @Argument(help: "Event files (YAML, JSON, CSV, Markwhen or TimelineJS), or - for stdin.")
  var inputs: [String]

  @Option(help: "text: compiler-style lines on stderr; json: one JSON document on stdout, for editors and CI.")
  var format: DiagnosticFormat = .text

  @OptionGroup var verbosity: QuietOption

  func run() throws {
    verbosity.apply()
    var worst = ExitStatus.ok
    var report = DiagnosticReport()
    for input in inputs {
      let name = input == "-" ? "<stdin>" : input
      let diagnostics: [Diagnostic]
      do {
        let data = try InputReader.read(input)
        diagnostics = Self.diagnostics(data, name: name)
      } catch {
        // Not read at all: missing, a folder, too large.
        if format == .text {
          for line in error.lines { StandardStreams.printError(line) }
        }
        for line in error.lines { report.append(DiagnosticRecord(file: name, line: line)) }
        worst = max(worst, error.status)
        continue
      }
      for diagnostic in diagnostics {
        report.append(DiagnosticRecord(diagnostic))
        if format == .text {
          if diagnostic.severity == .error {
            StandardStreams.printError(diagnostic.description)
          } else {
            StandardStreams.printNotice(diagnostic.description)
          }
        }
      }
      if diagnostics.contains(where: { $0.severity == .error }) { worst = max(worst, ExitStatus.dataError) }
    }
    if format == .json, case .failed = StandardStreams.writeStandardOutput(report.encoded()) {
      throw CommandFailure(ExitStatus.ioError, "error: <stdout>: writing failed").exit()
    }
    if worst != ExitStatus.ok { throw ExitCode(worst) }
  }

  /// Every warning and error the loader finds in `data`.
  static func diagnostics(_ data: Data, name: String) -> [Diagnostic] {
    do {
      return try TimelineLoader.load(data: data, fileName: name).warnings
    } catch {
      return error.diagnostics
    }
  }
}
