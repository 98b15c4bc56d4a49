import Foundation
import TimelineCommandCore

/// `--shard auto` and `--shard auto/N`: the part this process renders, read from the job-array
/// engine that started it.
///
/// - Slurm job arrays: `SLURM_ARRAY_TASK_ID` counted from `SLURM_ARRAY_TASK_MIN`, and
///   `SLURM_ARRAY_TASK_COUNT`; `--shard auto` is enough.
/// - Kubernetes Indexed Jobs: `JOB_COMPLETION_INDEX` (from 0); the count is the Job's
///   `completions`, which the pod is not told: `--shard auto/8`.
/// - AWS Batch array jobs: `AWS_BATCH_JOB_ARRAY_INDEX` (from 0); the array size is not in the
///   environment either: `--shard auto/8`.
///
/// GitHub Actions has no such variables: a matrix passes explicit values (`--shard 2/4`).
extension Shard {
  /// The shard `text` names: `K/N`, `auto` or `auto/N`, reading `environment` for `auto`.
  package init(argument text: String, environment: [String: String]) throws(CommandFailure) {
    guard text == "auto" || text.hasPrefix("auto/") else {
      try self.init(parsing: text)
      return
    }
    func failure(_ message: String) -> CommandFailure {
      CommandFailure(ExitStatus.usage, "error: --shard \(text): \(message)")
    }
    var count: Int?
    if text != "auto" {
      guard let given = Int(text.dropFirst("auto/".count)), given >= 1, given <= 100_000 else {
        throw failure("use auto, or auto/N with the number of parts N, like auto/8")
      }
      count = given
    }
    func number(_ name: String) throws(CommandFailure) -> Int? {
      guard let value = environment[name] else { return nil }
      guard let number = Int(value.trimmingCharacters(in: .whitespaces)), number >= 0 else {
        throw failure("\(name)=\(value) is not a whole number")
      }
      return number
    }
    let index: Int
    let source: String
    if let task = try number("SLURM_ARRAY_TASK_ID") {
      index = task - (try number("SLURM_ARRAY_TASK_MIN") ?? 1) + 1
      if count == nil { count = try number("SLURM_ARRAY_TASK_COUNT") }
      source = "SLURM_ARRAY_TASK_ID"
    } else if let completion = try number("JOB_COMPLETION_INDEX") {
      index = completion + 1
      source = "JOB_COMPLETION_INDEX"
    } else if let array = try number("AWS_BATCH_JOB_ARRAY_INDEX") {
      index = array + 1
      source = "AWS_BATCH_JOB_ARRAY_INDEX"
    } else {
      throw failure(
        "no job-array index in the environment (SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX or "
          + "AWS_BATCH_JOB_ARRAY_INDEX); give the part as K/N")
    }
    guard let count else {
      throw failure("\(source) gives this part's index but not the number of parts; use --shard auto/N")
    }
    guard (1...count).contains(index) else {
      throw failure("\(source) makes this part \(index) of \(count), outside 1…\(count)")
    }
    self.init(index: index, count: count)
  }
}
