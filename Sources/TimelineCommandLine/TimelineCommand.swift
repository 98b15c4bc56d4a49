import ArgumentParser
import TimelineRendering

/// The `timeline` command: renders event files to timeline images.
///
/// Run with no arguments it prints its help; `timeline demo` renders the bundled seed into
/// `output/` (see ``DemoCommand``).
public struct TimelineCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Turn an event file into a publication-quality timeline image (PNG, SVG, PDF).",
    version: versionText,
    subcommands: [
      DemoCommand.self, RenderCommand.self, BatchCommand.self, ValidateCommand.self, SchemaCommand.self,
      FontsCommand.self,
    ])

  public init() {}

  /// What `timeline --version` prints: this tool and the libraries that draw its output,
  /// one per line (`timeline 0.5.0`, `cairo 1.16.0`, `pango 1.50.12`).
  static var versionText: String {
    TimelineRenderer.fingerprint.split(separator: ", ").joined(separator: "\n")
  }

  /// Runs the command line of this process and exits with its status.
  public static func runFromProcess() {
    StandardStreams.ignoreBrokenPipes()
    CommandRunner.exitProcess(status: CommandRunner.run(Array(CommandLine.arguments.dropFirst())))
  }
}
