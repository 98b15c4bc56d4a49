import Foundation
import TimelineCommandCore

@testable import TimelineCommandLine

/// Suites that run `timeline` commands inside the test process, parsed and run as the binary
/// does (``CommandRunner/run(_:)``), with stdout, stderr and `-q` captured for the run alone:
/// no process to start, so they are quick and run side by side. Signals, stdin, pipes and batch
/// workers need the binary (``RunsTheBinary``).
protocol RunsInProcess: UsesScratchFolders {}

extension RunsInProcess {
  /// Runs `timeline arguments` as if started in `folder`: relative paths among the arguments
  /// are taken from `folder`, and `folder/` is left out of what the command prints, so
  /// messages read as they would from a shell in that folder. Throws as ``RunsTheBinary``'s
  /// `run` may, so a suite moves between the two by its conformance alone.
  func run(_ arguments: [String], in folder: URL) throws -> Run {
    let captured = CapturedOutput()
    let absolute = InProcessArguments.resolving(arguments, in: folder.path)
    let status = StandardStreams.$capture.withValue(captured) { CommandRunner.run(absolute) }
    let stderr = captured.standardError.replacingOccurrences(of: folder.path + "/", with: "")
    return Run(status: status, stdout: captured.standardOutput, stderr: stderr)
  }
}

/// Which arguments of a `timeline` command line are paths, to take them from a folder.
enum InProcessArguments {
  /// Options that take a path as their value.
  static let pathOptions: Set<String> = ["-o", "--output", "--alt-text", "--out", "--manifest"]
  /// Options that take no value at all.
  static let flags: Set<String> = [
    "-v", "--verbose", "--report", "-O", "--auto-output", "--landscape", "-q", "--quiet", "--force",
    "--allow-outside-out", "--version", "--help", "-h",
  ]

  /// `arguments` (the subcommand first) with every relative path joined onto `folder`.
  static func resolving(_ arguments: [String], in folder: String) -> [String] {
    var result = Array(arguments.prefix(1))
    var index = 1
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument.hasPrefix("-"), argument != "-" {
        result.append(argument)
        guard !flags.contains(argument), !argument.contains("="), index < arguments.count,
          !(argument.hasPrefix("-T") && argument.count > 2)
        else { continue }
        let value = arguments[index]
        index += 1
        result.append(pathOptions.contains(argument) ? joined(value, folder) : value)
      } else {
        result.append(joined(argument, folder))
      }
    }
    return result
  }

  private static func joined(_ path: String, _ folder: String) -> String {
    path == "-" || path.hasPrefix("/") ? path : folder + "/" + path
  }
}
