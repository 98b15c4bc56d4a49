import ArgumentParser

/// The `timeline` command: renders event files to timeline images.
///
/// Run with no arguments it renders the bundled seed into `output/` (see ``DemoCommand``).
public struct TimelineCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Turn an event file into a publication-quality timeline image (PNG, SVG, PDF).",
    subcommands: [DemoCommand.self, RenderCommand.self, BatchCommand.self, ValidateCommand.self, SchemaCommand.self],
    defaultSubcommand: DemoCommand.self)

  public init() {}

  /// Runs the command line of this process and exits.
  public static func runFromProcess() {
    StandardStreams.ignoreBrokenPipes()
    main()
  }
}
