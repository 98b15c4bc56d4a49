import ArgumentParser
import Foundation
import PangoText
import TimelineCommandCore
import TimelineLayout
import TimelineRendering
import Timelines

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

  /// The libraries that draw the output, one per line (`timeline 0.5.0`, `cairo 1.16.0`,
  /// `pango 1.50.12`): ArgumentParser's `--version` text; ``fullVersionText`` adds the fonts.
  static var versionText: String {
    TimelineRenderer.fingerprint.split(separator: ", ").joined(separator: "\n")
  }

  /// What `timeline --version` prints: ``versionText`` and the installed fonts of the default
  /// theme (`font Inter Regular 4.000 /usr/share/fonts/…/Inter-Regular.otf`), looked up only
  /// when asked, so no other command pays for it.
  static var fullVersionText: String {
    var lines = [versionText]
    for family in FontSpec.familyNames(in: Theme.light.fontFamily) {
      guard let font = InstalledFonts.match(family: family), font.isRequestedFamily else { continue }
      lines.append(
        ["font", font.family, font.style, font.version, font.file].filter { !$0.isEmpty }.joined(separator: " "))
    }
    if !InstalledFonts.available { lines.append("fonts: none installed") }
    return lines.joined(separator: "\n")
  }

  /// Runs the command line of this process and exits with its status.
  public static func runFromProcess() {
    StandardStreams.ignoreBrokenPipes()
    if let problem = RawArguments.problem(RawArguments.ofThisProcess) {
      StandardStreams.printError(problem)
      CommandRunner.exitProcess(status: ExitStatus.usage)
    }
    CommandRunner.exitProcess(status: CommandRunner.run(Array(CommandLine.arguments.dropFirst())))
  }
}
