import ArgumentParser
import Foundation
import TimelineCommandCore
import TimelineLayout
import TimelineModel
import TimelineRendering
import TimelineScene

/// `timeline render IN -o OUT [-o OUT2] [-T png,svg] [--width PX] [--scale N]`
struct RenderCommand: FailureReportingCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render an event file (YAML, JSON, CSV, Markwhen or TimelineJS) to PNG, SVG or PDF.",
    discussion: """
      The format of each output comes from its extension unless -T/--format is given; \
      NAME.layout.json writes the resolved geometry (label boxes, anchors, clusters) instead. \
      `-o -` writes to stdout; without -o the image goes to stdout when stdout is not a \
      terminal. Outputs are written all or nothing: a failed render leaves no file behind \
      and never changes an existing one.
      """)

  @Argument(help: "The event file, or - for stdin.")
  var input: String

  @Option(name: [.short, .customLong("output")], help: "An output file, or - for stdout. Repeatable.")
  var outputs: [String] = []

  @Flag(name: [.customShort("O"), .customLong("auto-output")], help: "Write IN.<format> next to the input.")
  var autoOutput = false

  @Option(
    name: [.customShort("T", allowingJoined: true), .customLong("format")],
    help: "Output format(s): \(FormatList.valueList), comma-separated.")
  var format: FormatList?

  @Option(name: .customLong("alt-text"), help: "Also write a plain-language summary of the timeline to this file.")
  var altText: String?

  @OptionGroup(title: "Rendering")
  var options: RenderOptionGroup

  @Flag(name: [.short, .long, .customLong("report")], help: "Report what the layout wrapped, shortened or clustered.")
  var verbose = false

  @OptionGroup var verbosity: QuietOption

  /// The command line as a request.
  func request() throws(CommandFailure) -> RenderRequest {
    var request = RenderRequest(input: input, outputs: outputs, settings: try options.settings())
    request.autoOutput = autoOutput
    request.formats = format?.formats ?? []
    request.altText = altText
    request.reportsLayout = verbose
    return request
  }

  func execute() throws(CommandFailure) {
    verbosity.apply()
    try request().run()
  }
}
