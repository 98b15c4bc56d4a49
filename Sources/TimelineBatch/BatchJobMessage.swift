import Foundation
import TimelineCommandCore
import TimelineRendering

/// One job as the batch sends it to a worker: a JSON line with everything the worker needs
/// (input, outputs, stamp and options), so a worker never plans the batch itself and a worker
/// started late (after a crash) renders exactly the job it is given, even if files were added
/// or removed since the batch began.
package struct BatchJobMessage: Codable, Equatable {
  package struct Output: Codable, Equatable {
    package var path: String
    package var format: String
  }

  package var input: String
  package var outputs: [Output]
  package var stamp: String
  /// The options that are set, as `[name, value]` pairs named as in a manifest.
  package var options: [[String]]
  package var force: Bool

  package init(_ job: BatchJob, force: Bool) {
    input = job.input
    outputs = job.outputs.map { Output(path: $0.path, format: $0.format.rawValue) }
    stamp = job.stamp
    options = job.options.assignments.map { [$0.key, $0.value] }
    self.force = force
  }

  /// The job again, or a failure if the message does not describe one.
  package func job() throws(CommandFailure) -> BatchJob {
    let bad = CommandFailure(ExitStatus.ioError, "error: \(input): the batch sent its worker a job it cannot read")
    guard var group = try? RenderOptionGroup.parse([]) else { throw bad }
    for pair in options {
      guard pair.count == 2, let filled = group.filling(pair[0], with: pair[1]) else { throw bad }
      group = filled
    }
    var files: [(path: String, format: OutputFormat)] = []
    for output in outputs {
      guard let format = OutputFormat(rawValue: output.format) else { throw bad }
      files.append((output.path, format))
    }
    guard !files.isEmpty else { throw bad }
    return BatchJob(input: input, outputs: files, options: group, stamp: stamp)
  }
}
