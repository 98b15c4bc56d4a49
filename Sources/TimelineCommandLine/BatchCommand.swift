import ArgumentParser
import Foundation
import TimelineRendering

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `timeline batch events/ --out figures -T png,svg [--jobs N] [--force] [--shard K/N]`
struct BatchCommand: FailureReportingCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Render many event files: folders, files, globs or a manifest, into a mirrored output tree.",
    discussion: """
      Folders are searched recursively for .yaml, .yml, .json, .csv and .mw files; quote globs \
      ('events/**/*.yaml') so that the shell leaves them alone. Each file's outputs go under \
      --out at its path relative to the folder or pattern root. Outputs already rendered from \
      the same input, options and renderer version are skipped (a hash kept in a small \
      .NAME.timeline-stamp file beside them) unless --force. Every output is written to a \
      temporary file and renamed into place, so an interrupted run never leaves a half-written \
      image. Bad files are reported and skipped; the exit status is the worst of all files.
      """)

  @Argument(help: "Event files, folders (searched recursively) and quoted glob patterns.")
  var inputs: [String] = []

  @Option(name: .customLong("manifest"), help: "A YAML file listing inputs, outputs and per-file options.")
  var manifest: String?

  @Option(name: .customLong("out"), help: "The output folder; the input tree is mirrored inside it.")
  var out: String?

  @Option(
    name: [.customShort("T", allowingJoined: true), .customLong("format")],
    help: "Output format(s): png, svg, pdf, comma-separated (default png).")
  var format: String?

  @Option(name: [.short, .long], help: "Worker processes to render with (default: one per core).")
  var jobs: Int?

  @Flag(help: "Render every file, even those whose outputs are up to date.")
  var force = false

  @Option(help: "Render only part K of N (1 ≤ K ≤ N) of the files, for job arrays and CI matrices.")
  var shard: String?

  @Flag(help: .hidden)
  var worker = false

  @OptionGroup(title: "Rendering")
  var options: RenderOptionGroup

  func execute() throws(CommandFailure) {
    if let jobs, jobs < 1 || jobs > 256 {
      throw CommandFailure(ExitStatus.usage, "error: --jobs \(jobs) is outside 1…256")
    }
    let plan = try BatchPlan.make(
      inputs: inputs, manifest: try manifest.map { path throws(CommandFailure) in try BatchManifest.load(path) },
      out: out, formats: try CommandValues.formats(format), options: options,
      shard: try shard.map { text throws(CommandFailure) in try Shard(parsing: text) })
    if worker {
      serveAsWorker(plan.jobs)
      return
    }
    BatchStamp.removeLeftovers(of: plan.jobs.flatMap { $0.outputs.map(\.path) + [$0.stamp] })
    let progress = BatchProgress(jobs: plan.jobs)
    let scheduler = BatchScheduler(jobs: plan.jobs) { index, result in progress.record(index, result) }
    let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, plan.jobs.count)
    if workers <= 1 {
      scheduler.runInProcess(force: force)
    } else {
      scheduler.runInWorkers(
        workers, executable: Self.executablePath, arguments: Array(CommandLine.arguments.dropFirst()) + ["--worker"])
    }
    progress.finish(skippedByShard: plan.skippedByShard)
    if progress.worstStatus != 0 { throw CommandFailure(progress.worstStatus, []) }
  }

  /// The worker side: reads `INDEX<TAB>"INPUT"` lines (the path as a JSON string), renders
  /// that job, answers with one JSON line of ``BatchResult``.
  private func serveAsWorker(_ jobs: [BatchJob]) {
    let encoder = JSONEncoder()
    while let line = readLine(strippingNewline: true) {
      let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
      let path = parts.count == 2 ? try? JSONDecoder().decode(String.self, from: Data(parts[1].utf8)) : nil
      let result: BatchResult
      if let path, let index = Int(parts[0]), jobs.indices.contains(index), jobs[index].input == path {
        result = BatchWorker.perform(jobs[index], force: force)
      } else {
        let name = path ?? line
        result = BatchResult(
          outcome: .failed, status: ExitStatus.noInput,
          messages: ["error: \(name): the files changed while the batch was starting; run it again"])
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
