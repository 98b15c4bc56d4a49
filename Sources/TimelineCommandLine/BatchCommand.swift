import ArgumentParser
import Foundation
import TimelineBatch
import TimelineCommandCore

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
      image; Ctrl-C or SIGTERM stops the workers too and exits 130 or 143. Bad files, missing \
      inputs and unreadable folders are reported and skipped; the exit status is the worst of \
      all. A manifest writes only inside its own folder or --out unless --allow-outside-out.
      """)

  @Argument(help: "Event files, folders (searched recursively) and quoted glob patterns.")
  var inputs: [String] = []

  @Option(name: .customLong("manifest"), help: "A YAML file listing inputs, outputs and per-file options.")
  var manifest: String?

  @Option(name: .customLong("out"), help: "The output folder; the input tree is mirrored inside it.")
  var out: String?

  @Option(
    name: [.customShort("T", allowingJoined: true), .customLong("format")],
    help: "Output format(s): \(FormatList.valueList), comma-separated (default png).")
  var format: FormatList?

  @Option(
    name: [.short, .long], parsing: .unconditional,
    help: "Worker processes to render with (default: one per core this process may use).")
  var jobs: Int?

  @Flag(help: "Render every file, even those whose outputs are up to date.")
  var force = false

  @Option(
    help: """
      Render only part K of N (1 ≤ K ≤ N) of the files, for job arrays and CI matrices; auto reads \
      Slurm's array variables, auto/N the index of a Kubernetes Indexed Job or an AWS Batch array job.
      """)
  var shard: String?

  @Flag(
    name: .customLong("allow-outside-out"),
    help: "Let a manifest write outside its own folder and --out (absolute paths, ../ and symlinks leading out).")
  var allowOutsideOut = false

  @Flag(help: .hidden)
  var worker = false

  @OptionGroup(title: "Rendering")
  var options: RenderOptionGroup

  @OptionGroup var verbosity: QuietOption

  func execute() throws(CommandFailure) {
    verbosity.apply()
    RetainedHeap.keepFreedMemory()
    if worker {
      BatchRun.serveAsWorker()
      return
    }
    if let jobs, jobs < 1 || jobs > 256 {
      throw CommandFailure(ExitStatus.usage, "error: --jobs \(jobs) is outside 1…256")
    }
    let run = BatchRun(
      inputs: inputs, manifest: try manifest.map { path throws(CommandFailure) in try BatchManifest.load(path) },
      out: out, formats: format?.formats ?? [], options: options,
      shard: try shard.map { text throws(CommandFailure) in
        try Shard(argument: text, environment: ProcessInfo.processInfo.environment)
      },
      allowOutsideOut: allowOutsideOut, force: force, jobs: jobs, quiet: verbosity.quiet)
    try run.run(workerArguments: ["batch", "--worker"])
  }
}
