import Foundation
import TimelineCommandCore

/// Tells the user how a batch is going, on stderr: a progress bar redrawn in place on a
/// terminal, one plain line per file otherwise (logs, CI), each file's warnings and errors
/// as they come, and a closing summary like `rendered 120, unchanged 30, failed 2 in 3.1 s`.
package final class BatchProgress: @unchecked Sendable {
  private let lock = NSLock()
  private let jobs: [BatchJob]
  private let interactive: Bool
  private let started = DispatchTime.now()
  private(set) var rendered = 0
  private(set) var unchanged = 0
  private(set) var failed = 0
  /// The highest exit status of any failed job (0 when none failed).
  private(set) var worstStatus: Int32 = 0

  /// With `-q`: error lines only, no bar, no per-file lines, no summary.
  private let quiet: Bool

  package init(
    jobs: [BatchJob], interactive: Bool = TerminalStyle.allowsEscapes(fileDescriptor: 2), quiet: Bool = false
  ) {
    self.jobs = jobs
    self.interactive = interactive && !quiet
    self.quiet = quiet
  }

  package func record(_ index: Int, _ result: BatchResult) {
    lock.lock()
    defer { lock.unlock() }
    switch result.outcome {
    case .rendered: rendered += 1
    case .unchanged: unchanged += 1
    case .failed:
      failed += 1
      worstStatus = max(worstStatus, result.status)
    }
    var lines: [String] = []
    if interactive { lines.append("\r\u{1B}[K") }
    let messages = quiet ? result.messages.filter { $0.hasPrefix("error") } : result.messages
    lines += messages.map { StandardStreams.printable($0) + "\n" }
    if interactive {
      lines.append(bar())
    } else if !quiet {
      let input = StandardStreams.printable(jobs[index].input)
      let outputs = StandardStreams.printable(jobs[index].outputs.map(\.path).joined(separator: ", "))
      lines.append(
        result.outcome == .failed ? "failed \(input)\n" : "\(result.outcome.rawValue) \(input) → \(outputs)\n")
    }
    _ = StandardStreams.write(fileDescriptor: 2, Data(lines.joined().utf8))
  }

  /// A missing input or unreadable folder found while planning: printed, and counted as a
  /// failure.
  package func recordProblem(_ problem: CommandFailure) {
    lock.lock()
    defer { lock.unlock() }
    failed += 1
    worstStatus = max(worstStatus, problem.status)
    _ = StandardStreams.write(
      fileDescriptor: 2, Data(problem.lines.map { StandardStreams.printable($0) + "\n" }.joined().utf8))
  }

  private func bar() -> String {
    let done = rendered + unchanged + failed
    let total = jobs.count
    let width = 30
    let filled = total == 0 ? width : done * width / total
    return "[" + String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled)
      + "] \(done)/\(total)  rendered \(rendered) · unchanged \(unchanged) · failed \(failed)"
  }

  /// The closing line: counts and the time since the batch started.
  package var summary: String {
    lock.lock()
    defer { lock.unlock() }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    return "rendered \(rendered), unchanged \(unchanged), failed \(failed) in \(String(format: "%.1f", seconds)) s"
  }

  /// Prints the summary; after a signal, says that the batch was stopped and what is left.
  package func finish(skippedByShard: Int, stoppedBy signal: Int32? = nil) {
    let shardNote = skippedByShard > 0 ? " (\(skippedByShard) left to other shards)" : ""
    let prefix = interactive ? "\r\u{1B}[K" : ""
    var text = quiet ? "" : "\(prefix)\(summary)\(shardNote)\n"
    if let signal {
      let name = [SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGHUP"][signal] ?? "signal \(signal)"
      text =
        "\(prefix)error: stopped by \(name); workers stopped and temporary files removed; "
        + "images already written are complete, the others were not changed\n" + text
    }
    _ = StandardStreams.write(fileDescriptor: 2, Data(text.utf8))
  }
}
