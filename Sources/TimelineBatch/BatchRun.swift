import Foundation
import TimelineCommandCore
import TimelineRendering

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One batch, from its checked arguments to its exit: plans the jobs, removes what a killed
/// run left behind, renders (in this process, or spread over worker processes), reports
/// progress, and stops cleanly on SIGINT, SIGTERM or SIGHUP.
package struct BatchRun {
  /// Files, folders and glob patterns from the command line.
  package var inputs: [String]
  /// The parsed `--manifest`, if one was given.
  package var manifest: BatchManifest?
  /// `--out`.
  package var out: String?
  /// `-T`, empty when not given.
  package var formats: [OutputFormat]
  /// The render flags given on the command line (they win over a manifest).
  package var options: RenderOptionGroup
  /// `--shard`.
  package var shard: Shard?
  /// `--allow-outside-out`.
  package var allowOutsideOut: Bool
  /// `--force`: render files whose outputs are current too.
  package var force: Bool
  /// `--jobs`: worker processes, or `nil` for one per available core.
  package var jobs: Int?
  /// `-q`: no progress or summary.
  package var quiet: Bool

  /// The run of a batch with these arguments.
  package init(
    inputs: [String], manifest: BatchManifest?, out: String?, formats: [OutputFormat], options: RenderOptionGroup,
    shard: Shard?, allowOutsideOut: Bool, force: Bool, jobs: Int?, quiet: Bool
  ) {
    self.inputs = inputs
    self.manifest = manifest
    self.out = out
    self.formats = formats
    self.options = options
    self.shard = shard
    self.allowOutsideOut = allowOutsideOut
    self.force = force
    self.jobs = jobs
    self.quiet = quiet
  }

  /// Renders the batch; workers are this executable started with `workerArguments`, which
  /// must make it call ``serveAsWorker()``. Throws the worst status of all (with no lines: each
  /// problem was printed as it came), or `128 + signal` when stopped.
  package func run(workerArguments: [String]) throws(CommandFailure) {
    let plan = try BatchPlan.make(
      inputs: inputs, manifest: manifest, out: out, formats: formats, options: options, shard: shard,
      allowOutsideOut: allowOutsideOut)
    let outputs = plan.jobs.flatMap { $0.outputs.map(\.path) + [$0.stamp] }
    BatchStamp.removeLeftovers(of: outputs)
    let progress = BatchProgress(jobs: plan.jobs, quiet: quiet)
    for problem in plan.problems { progress.recordProblem(problem) }
    let scheduler = BatchScheduler(jobs: plan.jobs, force: force) { index, result in progress.record(index, result) }
    BatchSignals.handle { signo in
      guard !scheduler.stop(signal: signo) else { return }
      // Rendering in this process: remove what it is writing and stop now.
      progress.finish(skippedByShard: plan.skippedByShard, stoppedBy: signo)
      TemporaryFiles.removeAllAndExit(128 + signo)
    }
    let workers = min(jobs ?? AvailableCores.count, plan.jobs.count)
    if workers <= 1 {
      scheduler.runInProcess()
    } else {
      scheduler.runInWorkers(workers, executable: Self.executablePath, arguments: workerArguments)
    }
    if let signo = scheduler.stoppingSignal {
      // The workers are gone; remove anything they could not.
      BatchStamp.removeLeftovers(of: outputs)
      progress.finish(skippedByShard: plan.skippedByShard, stoppedBy: signo)
      throw CommandFailure(128 + signo, [])
    }
    progress.finish(skippedByShard: plan.skippedByShard)
    if progress.worstStatus != 0 { throw CommandFailure(progress.worstStatus, []) }
  }

  /// The worker side: reads one ``BatchJobMessage`` per line (JSON), renders that job, and
  /// answers with one JSON line of ``BatchResult``. Stops with the batch that started it.
  package static func serveAsWorker() {
    BatchSignals.handle { signo in TemporaryFiles.removeAllAndExit(128 + signo) }
    BatchSignals.bindWorkerToParent()
    let encoder = JSONEncoder()
    while let line = readLine(strippingNewline: true) {
      let result: BatchResult
      do throws(CommandFailure) {
        guard let message = try? JSONDecoder().decode(BatchJobMessage.self, from: Data(line.utf8)) else {
          throw CommandFailure(ExitStatus.ioError, "error: the batch sent its worker a line it cannot read")
        }
        result = BatchWorker.perform(try message.job(), force: message.force)
      } catch {
        result = BatchResult(outcome: .failed, status: error.status, messages: error.lines)
      }
      var answer = (try? encoder.encode(result)) ?? Data("{}".utf8)
      answer.append(0x0A)
      guard StandardStreams.write(fileDescriptor: 1, answer) else { return }
    }
  }

  /// This executable, to start workers with.
  static var executablePath: String {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return resolved
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
  }
}
